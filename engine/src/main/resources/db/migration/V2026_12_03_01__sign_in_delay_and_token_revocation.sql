-- Issue 11, findings 5 and 12.
-- Sign-in: a growing delay per username and per address replaces the lock of login_throttle
-- (a student could lock out anyone). One row per subject: "user:<username>" or "addr:<address>".
CREATE TABLE sign_in_failure (
    subject          VARCHAR(120) NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB;

DROP TABLE login_throttle;

-- Tokens stay stateless-signed; a token carries its account's epoch. Raising the epoch
-- (password change, disabled account, role change) ends every token of that account at once.
ALTER TABLE account ADD COLUMN token_epoch INT NOT NULL DEFAULT 0;

-- One token ended by its holder (logout), kept until it would have expired anyway.
CREATE TABLE revoked_token (
    jti         VARCHAR(64)  NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    revoked_at  TIMESTAMP(3) NOT NULL,
    INDEX ix_revoked_token_username (username, expires_at)
) ENGINE=InnoDB;
