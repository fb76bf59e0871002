-- Each lineage link records the rule that found it; links stored before rules were named keep an empty rule until
-- lineage is next rebuilt.
ALTER TABLE lineage_edges ADD COLUMN rule text COLLATE "C" NOT NULL DEFAULT '';
