-- Issue 17, item 6: every EXTEND (cộng giờ) a proctor gives, for the attempt report — who, when,
-- how many minutes were asked and granted, whether the sitting's close capped it or the proctor
-- overrode the cap, and the deadline it led to.
CREATE TABLE attempt_extension (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id          BIGINT      NOT NULL,
    requested_minutes   INT         NOT NULL,
    granted_ms          BIGINT      NOT NULL,
    capped              BOOLEAN     NOT NULL DEFAULT FALSE,
    override_close      BOOLEAN     NOT NULL DEFAULT FALSE,
    deadline_after      DATETIME(6) NULL,                  -- NULL while paused (the frozen time grew instead)
    extended_by         BIGINT      NULL,
    extended_at         DATETIME(6) NOT NULL,
    KEY ix_extension_attempt (attempt_id),
    CONSTRAINT fk_extension_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_extension_account FOREIGN KEY (extended_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
