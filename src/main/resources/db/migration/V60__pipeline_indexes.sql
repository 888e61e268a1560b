-- Incident detection reads the posts received in a time window that belong to no incident yet,
-- once per drafting batch: by arrival time, and by case among the incidents' cases.
CREATE INDEX ix_mention_received ON mention (received_at);
CREATE INDEX ix_incident_case_case ON incident_case (case_id);
