-- Issue 17, point 11: every proctor action on a sitting (message, pause, resume, terminate, admit;
-- EXTEND keeps its own table attempt_extension) with who and when, for the attempt report.
-- attempt_id NULL: a message to the whole room. Append-only.
CREATE TABLE proctor_action (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id          BIGINT        NOT NULL,
    attempt_id          BIGINT        NULL,
    action              VARCHAR(16)   NOT NULL,
    text                VARCHAR(2000) NULL,
    acted_by            BIGINT        NULL,
    acted_at            DATETIME(6)   NOT NULL,           -- UTC
    KEY ix_proctor_action_attempt (attempt_id),
    KEY ix_proctor_action_sitting (sitting_id, acted_at),
    CONSTRAINT fk_proctor_action_account FOREIGN KEY (acted_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
