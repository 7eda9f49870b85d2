-- Beside gradebook_entry (V2026_12_03_10, shared with analytics, unchanged): the lock (chốt sổ),
-- amendments after the lock, conduct (rèn luyện, TT22 Art. 8), absences (Art. 12 counts half-days),
-- appeals (phúc khảo) and the sitting's gradebook column. The history of every cell is the
-- hash-chained audit trail (audit_entry, subject "gradebook:<class>:<subject>:<semester>:<student>").

-- One row per class and semester once the principal (or a deputy under a delegation) locked it.
CREATE TABLE gradebook_lock (
    class_id      BIGINT       NOT NULL,
    semester      TINYINT      NOT NULL,
    locked_by     VARCHAR(64)  NOT NULL,
    on_behalf_of  VARCHAR(64)  NULL,             -- the principal when a deputy locks ("KT. Hiệu trưởng")
    locked_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (class_id, semester),
    CONSTRAINT fk_gradebook_lock_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A change asked for after the lock; applied (source AMENDMENT) only when the principal approves.
CREATE TABLE gradebook_amendment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id      BIGINT       NOT NULL,
    subject_id    BIGINT       NOT NULL,
    semester      TINYINT      NOT NULL,
    student_id    BIGINT       NOT NULL,
    column_code   VARCHAR(8)   NOT NULL,
    score         DECIMAL(3,1) NULL,
    verdict       VARCHAR(2)   NULL,
    reason        VARCHAR(1000) NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,          -- PENDING | APPROVED | REJECTED
    decided_by    VARCHAR(64)  NULL,
    decided_at    DATETIME(6)  NULL,
    note          VARCHAR(1000) NULL,
    CONSTRAINT ck_amendment_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT fk_amendment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_amendment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_amendment_student FOREIGN KEY (student_id) REFERENCES student (id),
    INDEX ix_amendment_status (status, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Conduct (hạnh kiểm / rèn luyện) per student and period (1, 2, YEAR), entered by the homeroom teacher.
CREATE TABLE conduct_result (
    class_id      BIGINT       NOT NULL,
    student_id    BIGINT       NOT NULL,
    period        VARCHAR(4)   NOT NULL,          -- 1 | 2 | YEAR
    level         VARCHAR(10)  NOT NULL,          -- TOT | KHA | DAT | CHUA_DAT
    entered_by    VARCHAR(64)  NOT NULL,
    entered_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (class_id, student_id, period),
    CONSTRAINT ck_conduct_period CHECK (period IN ('1', '2', 'YEAR')),
    CONSTRAINT ck_conduct_level CHECK (level IN ('TOT', 'KHA', 'DAT', 'CHUA_DAT')),
    CONSTRAINT fk_conduct_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_conduct_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Absences in the year, in half-days (buổi), every absence counted (TT22 Art. 12).
CREATE TABLE student_absence (
    class_id      BIGINT       NOT NULL,
    student_id    BIGINT       NOT NULL,
    half_days     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (class_id, student_id),
    CONSTRAINT ck_absence_half_days CHECK (half_days >= 0),
    CONSTRAINT fk_absence_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_absence_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Phúc khảo: a re-mark of a periodic column asked within the window after release.
CREATE TABLE gradebook_appeal (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id      BIGINT       NOT NULL,
    subject_id    BIGINT       NOT NULL,
    semester      TINYINT      NOT NULL,
    student_id    BIGINT       NOT NULL,
    column_code   VARCHAR(8)   NOT NULL,          -- GK | CK
    original      DECIMAL(3,1) NULL,
    reason        VARCHAR(1000) NOT NULL,
    filed_by      VARCHAR(64)  NOT NULL,
    filed_at      DATETIME(6)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,          -- FILED | ASSIGNED | KEPT | CHANGED
    marker        VARCHAR(64)  NULL,              -- the second marker the department head assigned
    assigned_by   VARCHAR(64)  NULL,
    outcome_score DECIMAL(3,1) NULL,
    outcome_note  VARCHAR(1000) NULL,
    decided_at    DATETIME(6)  NULL,
    CONSTRAINT ck_appeal_status CHECK (status IN ('FILED', 'ASSIGNED', 'KEPT', 'CHANGED')),
    CONSTRAINT fk_appeal_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_appeal_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_appeal_student FOREIGN KEY (student_id) REFERENCES student (id),
    INDEX ix_appeal_student (student_id),
    INDEX ix_appeal_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The column a sitting's published results go to (TX1…TXn, GK, CK), or NULL.
ALTER TABLE sitting ADD COLUMN gradebook_column VARCHAR(8) NULL;

-- Results published from a sitting: when (the appeal window runs from here).
ALTER TABLE sitting ADD COLUMN results_published_at DATETIME(6) NULL;
