-- Paper tests read by scanning the answer sheets (issue 14, docs/scanning.md).

-- The số báo danh a student bubbles on an answer sheet: digits only, unique in the school.
ALTER TABLE student ADD COLUMN student_number VARCHAR(12) NULL;
ALTER TABLE student ADD CONSTRAINT uq_student_number UNIQUE (student_number);
-- A demo school seeded before this migration gets the numbers a fresh one gets (hs001 → 900001);
-- demo accounts only, never a real school's students.
UPDATE student SET student_number = CONCAT('9', LPAD(SUBSTRING(code, 3), 5, '0'))
 WHERE code REGEXP '^hs[0-9]{3}$' AND account_id IN (SELECT id FROM account WHERE demo = TRUE);

-- Where an answer step came from: the student's page (ONLINE) or a confirmed scanned sheet (SCAN).
-- Existing rows are online answers.
ALTER TABLE attempt_step ADD COLUMN source VARCHAR(8) NOT NULL DEFAULT 'ONLINE';
ALTER TABLE attempt_step ADD CONSTRAINT ck_step_source CHECK (source IN ('ONLINE', 'SCAN'));

-- One upload (a photo, or a multi-page PDF from a scanner) for a sitting, read in the background.
CREATE TABLE scan_batch (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id      BIGINT      NOT NULL,
    status          VARCHAR(12) NOT NULL,             -- PROCESSING | DONE | CONFIRMED | FAILED
    pages_total     INT         NOT NULL DEFAULT 0,
    pages_done      INT         NOT NULL DEFAULT 0,
    created_by      VARCHAR(64) NOT NULL,             -- username
    created_at      DATETIME(6) NOT NULL,
    confirmed_by    VARCHAR(64) NULL,
    confirmed_at    DATETIME(6) NULL,
    CONSTRAINT ck_scan_batch_status CHECK (status IN ('PROCESSING', 'DONE', 'CONFIRMED', 'FAILED')),
    CONSTRAINT fk_scan_batch_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_scan_batch_sitting ON scan_batch (sitting_id);

-- One page of a batch as read (and as corrected: every correction is in audit_entry with who, when,
-- before, after and why). The photo is kept so that a reviewer sees what the reader saw.
CREATE TABLE scan_sheet (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id        BIGINT       NOT NULL,
    page            INT          NOT NULL,            -- 1-based, in upload order
    image           LONGBLOB     NOT NULL,            -- JPEG as shown on the review screen
    image_width     INT          NOT NULL,
    image_height    INT          NOT NULL,
    student_number  VARCHAR(12)  NULL,
    student_id      BIGINT       NULL,
    version_code    VARCHAR(10)  NULL,
    answers         JSON         NOT NULL,            -- {"1":"B","13":{"a":true,…},"17":"12,5","5":null}
    problems        JSON         NOT NULL,            -- [{"question":3,"kind":"DOUBLE_MARK"},…]
    marks           JSON         NOT NULL,            -- [[x,y,r,"F|E|U",question|null],…] in image pixels
    status          VARCHAR(14)  NOT NULL,            -- READ | NEEDS_REVIEW | REJECTED
    attempt_id      BIGINT       NULL,                -- set when the batch is confirmed
    score           DECIMAL(6, 2) NULL,
    CONSTRAINT uq_scan_sheet_page UNIQUE (batch_id, page),
    CONSTRAINT ck_scan_sheet_status CHECK (status IN ('READ', 'NEEDS_REVIEW', 'REJECTED')),
    CONSTRAINT fk_scan_sheet_batch FOREIGN KEY (batch_id) REFERENCES scan_batch (id),
    CONSTRAINT fk_scan_sheet_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
