-- Papers (đề kiểm tra) assembled from a blueprint (ma trận đề), their versions (mã đề) with the
-- placed items pinned to an item version, and the approvals (tổ chuyên môn, then hiệu trưởng).
-- An approved paper never changes: a change is a new paper that supersedes it.

CREATE TABLE paper (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    subject_code        VARCHAR(40)   NOT NULL,
    grade               TINYINT       NOT NULL,
    kind                VARCHAR(10)   NOT NULL,          -- REGULAR MIDTERM FINAL MAKEUP RETEST
    status              VARCHAR(16)   NOT NULL,          -- DRAFT GROUP_APPROVED APPROVED REJECTED
    mode                VARCHAR(16)   NOT NULL,          -- SAME_ITEMS | PARALLEL_FORMS
    seed                BIGINT        NOT NULL,
    duration_minutes    INT           NOT NULL,
    total_points        DECIMAL(8,4)  NOT NULL,
    blueprint           LONGTEXT      NOT NULL,          -- the blueprint as requested (JSON)
    difficulty_spread   DOUBLE        NULL,
    warnings            LONGTEXT      NOT NULL,          -- JSON array of the assembler's warnings
    supersedes_id       BIGINT        NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,          -- UTC
    CONSTRAINT ck_paper_kind CHECK (kind IN ('REGULAR', 'MIDTERM', 'FINAL', 'MAKEUP', 'RETEST')),
    CONSTRAINT ck_paper_status CHECK (status IN ('DRAFT', 'GROUP_APPROVED', 'APPROVED', 'REJECTED')),
    CONSTRAINT fk_paper_supersedes FOREIGN KEY (supersedes_id) REFERENCES paper (id),
    INDEX ix_paper_scope (subject_code, grade, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE paper_version (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_id            BIGINT       NOT NULL,
    code                VARCHAR(10)  NOT NULL,           -- mã đề, e.g. 101
    ordinal             INT          NOT NULL,           -- the order the codes were requested in
    mean_difficulty     DOUBLE       NULL,
    CONSTRAINT uq_paper_version UNIQUE (paper_id, code),
    CONSTRAINT fk_paper_version_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per position of a version. option_order: JSON array of the authored option indexes in
-- the order shown (empty for items without options); answer_key: the key in this version's letters.
CREATE TABLE paper_version_item (
    paper_version_id    BIGINT        NOT NULL,
    position            INT           NOT NULL,
    part                VARCHAR(10)   NOT NULL,
    item_id             BIGINT        NOT NULL,
    item_version_id     BIGINT        NOT NULL,
    points              DECIMAL(8,4)  NOT NULL,
    option_order        VARCHAR(200)  NOT NULL,
    answer_key          VARCHAR(200)  NOT NULL,
    PRIMARY KEY (paper_version_id, position),
    CONSTRAINT fk_pvi_version FOREIGN KEY (paper_version_id) REFERENCES paper_version (id),
    CONSTRAINT fk_pvi_item FOREIGN KEY (item_id) REFERENCES bank_item (id),
    CONSTRAINT fk_pvi_item_version FOREIGN KEY (item_version_id) REFERENCES bank_item_version (id),
    INDEX ix_pvi_item (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE paper_approval (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_id            BIGINT        NOT NULL,
    step                VARCHAR(16)   NOT NULL,          -- GROUP (department head) | PRINCIPAL
    approved            BOOLEAN       NOT NULL,
    note                VARCHAR(1000) NOT NULL,
    decided_by          VARCHAR(64)   NOT NULL,
    decided_at          DATETIME(3)   NOT NULL,          -- UTC
    CONSTRAINT fk_paper_approval_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
