-- Marking (chấm bài) of manually marked items (issue 13, item 3): the sitting's marking policy
-- (blind codes, double marking with a disagreement threshold), the blind codes (số phách) and
-- every mark ever given, append-only. An item's final mark is written to attempt_item_score
-- (state GRADED) when its marking is FINAL; the marks themselves are the history (who, when, what, why).

CREATE TABLE sitting_marking (
    sitting_id          BIGINT        PRIMARY KEY,
    blind               BOOLEAN       NOT NULL DEFAULT FALSE,
    double_marking      BOOLEAN       NOT NULL DEFAULT FALSE,
    threshold           DECIMAL(6, 2) NULL,                -- points apart beyond which the two marks disagree
    released_at         DATETIME(6)   NULL,                -- names shown to markers from then on (rọc phách)
    released_by         BIGINT        NULL,
    CONSTRAINT ck_marking_threshold CHECK (NOT double_marking OR threshold > 0),
    CONSTRAINT fk_marking_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_marking_releaser FOREIGN KEY (released_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE marking_code (
    attempt_id          BIGINT       PRIMARY KEY,
    sitting_id          BIGINT       NOT NULL,
    code                VARCHAR(12)  NOT NULL,
    CONSTRAINT uq_marking_code UNIQUE (sitting_id, code),
    CONSTRAINT fk_code_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_code_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per mark, never updated or deleted. (attempt, item, seq) is unique: two markers racing
-- for the same round cannot both store a mark; the loser reloads and gets the next round or a refusal.
CREATE TABLE item_mark (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id          BIGINT        NOT NULL,
    item_id             BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    round               VARCHAR(14)   NOT NULL,            -- FIRST | SECOND | THIRD | HEAD_DECISION
    marker_id           BIGINT        NOT NULL,
    points              DECIMAL(8, 4) NOT NULL,
    criteria            JSON          NOT NULL,            -- {"criterionId": points, …}, {} without a rubric
    comment             VARCHAR(2000) NOT NULL DEFAULT '',
    reason              VARCHAR(1000) NOT NULL DEFAULT '',
    marked_at           DATETIME(6)   NOT NULL,
    CONSTRAINT uq_item_mark UNIQUE (attempt_id, item_id, seq),
    CONSTRAINT ck_item_mark_round CHECK (round IN ('FIRST', 'SECOND', 'THIRD', 'HEAD_DECISION')),
    CONSTRAINT ck_item_mark_points CHECK (points >= 0),
    CONSTRAINT fk_item_mark_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_item_mark_marker FOREIGN KEY (marker_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
