-- A draft that failed a reply check is flagged for a human and must never be posted without one.
ALTER TABLE draft ADD COLUMN flagged BOOLEAN DEFAULT FALSE NOT NULL;
