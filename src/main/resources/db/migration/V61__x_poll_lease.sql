-- Which instance polls X for a brand account's mentions, and until when it may. One poller at a
-- time spends the request budget once; when it stops renewing (it died), another takes over.
CREATE TABLE x_poll_lease (
    account_id VARCHAR(32)  PRIMARY KEY,
    holder     VARCHAR(128) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
