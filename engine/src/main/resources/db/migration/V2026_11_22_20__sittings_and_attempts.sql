-- Sittings (buổi kiểm tra), attempts (bài làm) and their append-only step logs (issue 6).
-- Times are DATETIME(6) in UTC, written and read by the application as UTC (no session time zone).
-- The paper and its version (mã đề) are plain ids for now: papers belong to the item bank.

CREATE TABLE sitting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_id            BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    mode                VARCHAR(10)  NOT NULL,             -- ONLINE | IN_PERSON
    opens_at            DATETIME(6)  NOT NULL,
    closes_at           DATETIME(6)  NOT NULL,
    duration_minutes    INT          NOT NULL,
    class_id            BIGINT       NULL,                 -- the class sitting it, or NULL with a candidate list
    admission_required  BOOLEAN      NOT NULL DEFAULT FALSE,  -- students wait until a proctor admits them
    created_by          BIGINT       NULL,                 -- account
    created_at          DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    CONSTRAINT ck_sitting_mode CHECK (mode IN ('ONLINE', 'IN_PERSON')),
    CONSTRAINT ck_sitting_window CHECK (closes_at > opens_at),
    CONSTRAINT ck_sitting_duration CHECK (duration_minutes > 0),
    CONSTRAINT fk_sitting_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sitting_window ON sitting (opens_at, closes_at);

-- The students of a sitting given as a list (or the class's students copied in), with any
-- per-student accommodation (extra minutes) decided before the start.
CREATE TABLE sitting_candidate (
    sitting_id          BIGINT NOT NULL,
    student_id          BIGINT NOT NULL,
    extra_minutes       INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (sitting_id, student_id),
    CONSTRAINT ck_candidate_extra CHECK (extra_minutes >= 0),
    CONSTRAINT fk_candidate_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_candidate_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sitting_proctor (
    sitting_id          BIGINT NOT NULL,
    account_id          BIGINT NOT NULL,
    PRIMARY KEY (sitting_id, account_id),
    KEY ix_proctor_account (account_id),               -- "my sittings" for a proctor
    CONSTRAINT fk_proctor_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_proctor_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per student per sitting: the state machine of vn.khaothi.engine.domain.attempt.Attempt.
CREATE TABLE attempt (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id          BIGINT       NOT NULL,
    student_id          BIGINT       NOT NULL,
    paper_version_id    BIGINT       NULL,
    version_code        VARCHAR(10)  NULL,                 -- mã đề, e.g. 132
    status              VARCHAR(12)  NOT NULL DEFAULT 'NOT_STARTED',
    duration_ms         BIGINT       NOT NULL,
    extension_ms        BIGINT       NOT NULL DEFAULT 0,   -- accommodations + EXTEND, all together
    admitted_at         DATETIME(6)  NULL,
    started_at          DATETIME(6)  NULL,
    deadline            DATETIME(6)  NULL,                 -- NULL before the start and while paused
    paused_at           DATETIME(6)  NULL,
    remaining_ms        BIGINT       NULL,                 -- frozen time left while paused
    submitted_at        DATETIME(6)  NULL,
    submit_reason       VARCHAR(10)  NULL,                 -- STUDENT | TIME_UP | PROCTOR
    termination_note    VARCHAR(500) NULL,
    score               DECIMAL(6, 2) NULL,
    row_version         INT          NOT NULL DEFAULT 0,   -- optimistic lock: nodes of a cluster race on commands
    CONSTRAINT uq_attempt_student UNIQUE (sitting_id, student_id),   -- also the roster index (by sitting)
    CONSTRAINT ck_attempt_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'SUBMITTED', 'GRADED')),
    CONSTRAINT ck_attempt_reason CHECK (submit_reason IS NULL OR submit_reason IN ('STUDENT', 'TIME_UP', 'PROCTOR')),
    CONSTRAINT fk_attempt_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_attempt_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The auto-submit sweep: running attempts whose deadline has passed, with no client needed.
CREATE INDEX ix_attempt_expiry ON attempt (status, deadline);
CREATE INDEX ix_attempt_student ON attempt (student_id);

-- Append-only answer steps (Moodle's question_attempt_steps). The application only INSERTs
-- (a no-op ON DUPLICATE KEY UPDATE, not INSERT IGNORE, which would also hide a failed foreign key or
-- JSON check: a resent (attempt, item, seq) is stored once, the first copy stays); the
-- current answer of an item is its row with the highest seq, so an older seq never wins.
-- id gives the arrival order for a replay.
CREATE TABLE attempt_step (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id          BIGINT      NOT NULL,
    item_id             BIGINT      NOT NULL,
    seq                 BIGINT      NOT NULL,
    response            JSON        NOT NULL,
    received_at         DATETIME(6) NOT NULL,
    -- Also the current-answers index: (attempt) → per item → max(seq) is a walk of this index.
    CONSTRAINT uq_attempt_step UNIQUE (attempt_id, item_id, seq),
    CONSTRAINT fk_step_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Integrity events (steps of another kind). Appended like answers; a resent event (same kind at
-- the same client time) is stored once. A proctor's review (confirm/dismiss) is the only change.
CREATE TABLE attempt_event (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id          BIGINT      NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    severity            VARCHAR(6)  NOT NULL,              -- INFO | LOW | MEDIUM | HIGH, by the policy then in force
    occurred_at         DATETIME(3) NOT NULL,              -- the client's "at"
    received_at         DATETIME(6) NOT NULL,
    review              VARCHAR(10) NULL,                  -- CONFIRMED | DISMISSED
    reviewed_by         BIGINT      NULL,
    reviewed_at         DATETIME(6) NULL,
    CONSTRAINT uq_attempt_event UNIQUE (attempt_id, kind, occurred_at),
    CONSTRAINT ck_event_review CHECK (review IS NULL OR review IN ('CONFIRMED', 'DISMISSED')),
    CONSTRAINT fk_event_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_event_reviewer FOREIGN KEY (reviewed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The false-positive report: reviews per kind.
CREATE INDEX ix_event_kind_review ON attempt_event (kind, review);
