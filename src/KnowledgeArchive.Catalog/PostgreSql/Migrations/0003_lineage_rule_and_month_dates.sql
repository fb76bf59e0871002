-- Each lineage link records the rule that found it; links stored before rules were named keep an empty rule until
-- lineage is next rebuilt.
ALTER TABLE lineage_edges ADD COLUMN rule text COLLATE "C" NOT NULL DEFAULT '';
-- A decision known from a citation that prints only a month ("June 2016") is shown as that month.
ALTER TABLE decisions ADD COLUMN month_only integer NOT NULL DEFAULT 0;
ALTER TABLE cited_decisions ADD COLUMN month_only integer NOT NULL DEFAULT 0;
