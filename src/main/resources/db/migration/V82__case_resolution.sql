-- A case is resolved with a reason (answered, no reply needed, spam, duplicate), by whom and when;
-- a new post from the customer opens it again and clears these.
ALTER TABLE support_case ADD COLUMN resolution VARCHAR(32);
ALTER TABLE support_case ADD COLUMN resolved_by VARCHAR(70);
ALTER TABLE support_case ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
