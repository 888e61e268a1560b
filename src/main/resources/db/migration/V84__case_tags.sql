-- Tags the team sets on a case (lost-bag, refund, press...), to find and group cases. Kept as
-- ",tag,tag," so a tag is found with one LIKE '%,tag,%'.
ALTER TABLE support_case ADD COLUMN tags VARCHAR(400);
