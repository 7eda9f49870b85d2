-- Issue 6: what a student may see of their result (the sitting's review policy), and the score of
-- each item of an attempt, written when the attempt is submitted (essays wait for a teacher).

ALTER TABLE sitting
    ADD COLUMN review_policy VARCHAR(12) NOT NULL DEFAULT 'AFTER_SUBMIT' AFTER admission_required,
    ADD CONSTRAINT ck_sitting_review CHECK (review_policy IN ('AFTER_SUBMIT', 'AFTER_CLOSE', 'NEVER'));

-- One row per item of the attempt's version, written once at submit (auto-scored types), and
-- updated only by a teacher's grade of a NEEDS_GRADING item (essays).
CREATE TABLE attempt_item_score (
    attempt_id          BIGINT        NOT NULL,
    item_id             BIGINT        NOT NULL,
    position            INT           NOT NULL,
    points              DECIMAL(8, 4) NOT NULL,
    max_points          DECIMAL(8, 4) NOT NULL,
    state               VARCHAR(14)   NOT NULL,            -- CORRECT | PARTIAL | WRONG | UNANSWERED | NEEDS_GRADING | GRADED
    graded_by           BIGINT        NULL,                -- the teacher who graded an essay
    graded_at           DATETIME(6)   NULL,
    PRIMARY KEY (attempt_id, item_id),
    CONSTRAINT ck_item_score_state CHECK (state IN ('CORRECT', 'PARTIAL', 'WRONG', 'UNANSWERED', 'NEEDS_GRADING', 'GRADED')),
    CONSTRAINT ck_item_score_points CHECK (points >= 0 AND points <= max_points),
    CONSTRAINT fk_item_score_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_item_score_grader FOREIGN KEY (graded_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The essays waiting for a teacher, per sitting, come from this index.
CREATE INDEX ix_item_score_state ON attempt_item_score (state);
