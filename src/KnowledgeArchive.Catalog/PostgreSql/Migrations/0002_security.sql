-- API keys and the audit log (SQLite keeps them in security.db). The log is append-only: updates, deletes and
-- truncation are refused, and the hash chain shows any change made around that.
CREATE TABLE api_keys (
    key_id text COLLATE "C" PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    role text COLLATE "C" NOT NULL,
    secret_sha256 text COLLATE "C" NOT NULL UNIQUE,
    created_at text COLLATE "C" NOT NULL,
    revoked_at text COLLATE "C"
);

CREATE TABLE audit_log (
    sequence bigint PRIMARY KEY,
    at text COLLATE "C" NOT NULL,
    actor text COLLATE "C" NOT NULL,
    role text COLLATE "C",
    action text COLLATE "C" NOT NULL,
    target text COLLATE "C",
    detail text COLLATE "C",
    previous_hash text COLLATE "C" NOT NULL,
    hash text COLLATE "C" NOT NULL
);
CREATE INDEX ix_audit_actor ON audit_log(actor);
CREATE INDEX ix_audit_action ON audit_log(action);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
