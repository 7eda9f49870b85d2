-- The gradebook (sổ điểm, issue 13): one row per class × subject × semester × student × column.
-- This is the table every way in writes (manual entry, sittings, imports, scans, appeals,
-- amendments) and every reader uses (results, analytics and đối sánh, exports). Its history is
-- kept in the append-only, hash-chained audit trail (audit_entry), never by overwriting.
-- Columns follow TT22 Art. 6/7: TX1…TXn (regular), GK (midterm), CK (end of term); TT27
-- (grades 1–5) uses GK and CK for its periodic tests.
CREATE TABLE gradebook_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id      BIGINT       NOT NULL,
    subject_id    BIGINT       NOT NULL,
    semester      TINYINT      NOT NULL,             -- 1 or 2
    student_id    BIGINT       NOT NULL,
    column_code   VARCHAR(8)   NOT NULL,             -- TX1…TX5, GK, CK
    score         DECIMAL(3,1) NULL,                 -- scored subjects: 0.0–10.0 after rounding (Art. 5.3.b)
    verdict       VARCHAR(2)   NULL,                 -- commentary-only subjects: D (Đạt) / CD (Chưa đạt)
    version       INT          NOT NULL DEFAULT 0,   -- optimistic concurrency: a stale write is refused
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,             -- username
    CONSTRAINT uq_gradebook_cell UNIQUE (class_id, subject_id, semester, student_id, column_code),
    CONSTRAINT ck_gradebook_semester CHECK (semester IN (1, 2)),
    CONSTRAINT ck_gradebook_score CHECK (score IS NULL OR (score >= 0 AND score <= 10)),
    CONSTRAINT ck_gradebook_verdict CHECK (verdict IS NULL OR verdict IN ('D', 'CD')),
    CONSTRAINT fk_gradebook_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_gradebook_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_gradebook_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_gradebook_subject ON gradebook_entry (subject_id, semester);
CREATE INDEX ix_gradebook_student ON gradebook_entry (student_id, semester);
