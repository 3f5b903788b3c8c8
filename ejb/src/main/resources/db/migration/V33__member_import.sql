-- Member imports (Jakarta Batch job member-import): one report row per run, the rows it
-- refused or imported with a remark, and on each member the run that created it.
-- Same SQL for H2 2.2 and PostgreSQL.

-- One run of the job = one job instance (its id is the run's id; a restart is the same run).
CREATE TABLE import_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    mutual_code  VARCHAR(32)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    invite       BOOLEAN       NOT NULL,
    agent        VARCHAR(254),
    rows_read    BIGINT        NOT NULL,
    created      BIGINT        NOT NULL,
    updated      BIGINT        NOT NULL,
    unchanged    BIGINT        NOT NULL,
    refused      BIGINT        NOT NULL,
    total_rows   BIGINT,
    problem      VARCHAR(80),
    execution_id BIGINT,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_run_mutual ON import_run (mutual_code, started_at);

-- A row of the file that was refused, or imported with a remark (no e-mail address, a
-- password hash refused): the line, the number as written (cut to 64) and the reason's key.
CREATE SEQUENCE import_refusal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE import_refusal (
    id           BIGINT       NOT NULL PRIMARY KEY,
    run_id       BIGINT       NOT NULL REFERENCES import_run (id),
    line         BIGINT       NOT NULL,
    number       VARCHAR(64),
    reason       VARCHAR(60)  NOT NULL,
    CONSTRAINT import_refusal_once UNIQUE (run_id, line, reason)
);

-- A member imported without a valid address has none: the wizard then shows what it shows
-- for any number, and the mutual gives the address to its support desk.
ALTER TABLE member ALTER COLUMN email DROP NOT NULL;
-- The run that created the member (the invitations after an import pick its new members).
ALTER TABLE member ADD COLUMN import_run_id BIGINT;
CREATE INDEX member_import_run ON member (import_run_id);
