-- Issue 11, finding 7: a delegation can be revoked. Never deleted (history): revoking ends its
-- period now (valid_until) and says who revoked it and when; the audit chain has the entry too.
ALTER TABLE delegation ADD COLUMN revoked_at DATETIME(3) NULL;
ALTER TABLE delegation ADD COLUMN revoked_by VARCHAR(64) NULL;
