-- An agent claims a case while working on it, so two agents never answer the same customer.
ALTER TABLE support_case ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE support_case ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
