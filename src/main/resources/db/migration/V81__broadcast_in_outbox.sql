-- An incident's broadcast is a reply that answers no post and belongs to no case: it goes through
-- the same outbox as every reply (claim, retry at X's reset, reconcile an unknown send). The
-- incident keeps which reply it is; its own broadcast states are gone.
ALTER TABLE reply ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE reply ALTER COLUMN in_reply_to_id DROP NOT NULL;
ALTER TABLE incident ADD COLUMN broadcast_reply_id BIGINT REFERENCES reply (id);
ALTER TABLE incident DROP COLUMN broadcast_status;
ALTER TABLE incident DROP COLUMN broadcast_post_id;
ALTER TABLE incident DROP COLUMN broadcast_failure;
