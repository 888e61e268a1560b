-- An assignment makes a case someone's until they hand it back (a claim lapses after minutes).
ALTER TABLE support_case ADD COLUMN assigned_to VARCHAR(70);
ALTER TABLE support_case ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_support_case_assigned ON support_case (assigned_to);
