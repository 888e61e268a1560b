-- The language a post is written in, so posts the team cannot answer in English are routed.
ALTER TABLE triage ADD COLUMN language VARCHAR(16) DEFAULT 'und' NOT NULL;
