-- The X channel. Portable SQL: runs unchanged on H2 and PostgreSQL.

-- Where mention polling stands, per brand account. since_id advances only once every mention
-- newer than it has been stored. A walk through the pages in between is kept here too
-- (newest id seen, oldest id stored), so a restart resumes it instead of skipping posts.
CREATE TABLE x_mention_cursor (
    account_id      VARCHAR(32) PRIMARY KEY,
    since_id        VARCHAR(32),
    walk_newest_id  VARCHAR(32),
    walk_until_id   VARCHAR(32),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When a reply may next be tried: after a rate-limit reset, after a short wait before a send
-- whose result is unknown is reconciled, or when a claim on it expires.
ALTER TABLE reply ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
