-- Saved blueprints (ma trận đề + bản đặc tả), reusable and versioned per subject, grade, kind and
-- name: saving again adds a version, nothing is overwritten (a paper keeps the blueprint it used).
CREATE TABLE bank_blueprint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_code        VARCHAR(40)   NOT NULL,
    grade               TINYINT       NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    version_no          INT           NOT NULL,
    duration_minutes    INT           NOT NULL,
    cells               LONGTEXT      NOT NULL,          -- JSON array of {chapter, level, type, count, pointsEach, specification}
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,          -- UTC
    CONSTRAINT uq_bank_blueprint UNIQUE (subject_code, grade, kind, name, version_no),
    CONSTRAINT ck_bank_blueprint_kind CHECK (kind IN ('REGULAR', 'MIDTERM', 'FINAL', 'MAKEUP', 'RETEST'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
