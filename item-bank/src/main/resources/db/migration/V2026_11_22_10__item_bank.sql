-- The item bank (ngân hàng câu hỏi): curriculum tree, items with their versions, tags, approval
-- history, enemy relations and exposure. Subjects are referred to by code (subject.code), so the
-- bank's tables stand on their own (the search benchmark runs this file alone).

-- Subject -> grade -> chapter -> lesson. A chapter has no parent; a lesson's parent is its chapter.
CREATE TABLE bank_curriculum_node (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_code    VARCHAR(40)  NOT NULL,
    grade           TINYINT      NOT NULL,
    parent_id       BIGINT       NULL,
    kind            VARCHAR(10)  NOT NULL,          -- CHAPTER or LESSON
    code            VARCHAR(200) NOT NULL,          -- C1, C1.2, or an imported category path
    title           VARCHAR(500) NOT NULL,
    position        INT          NOT NULL,          -- order among its siblings
    CONSTRAINT uq_bank_node_code UNIQUE (subject_code, grade, code),
    CONSTRAINT fk_bank_node_parent FOREIGN KEY (parent_id) REFERENCES bank_curriculum_node (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per item: where it is filed, what it is, its status and the columns search filters on.
-- The content itself is in bank_item_version (current_version is the one shown and edited).
CREATE TABLE bank_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_code    VARCHAR(40)   NOT NULL,
    grade           TINYINT       NOT NULL,
    chapter_id      BIGINT        NOT NULL,
    lesson_id       BIGINT        NULL,
    item_type       VARCHAR(30)   NOT NULL,
    level           VARCHAR(4)    NOT NULL,         -- NB TH VD VDC / M1 M2 M3
    status          VARCHAR(20)   NOT NULL,         -- DRAFT SUBMITTED GROUP_APPROVED PUBLISHED RETIRED
    points          DECIMAL(8,4)  NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    stem_text       VARCHAR(1000) NOT NULL,         -- the stem without markup, cut, for lists
    search_key      TEXT          NOT NULL,         -- SearchText.fold(name + stem + tags): "can bac hai"
    current_version INT           NOT NULL,
    author          VARCHAR(64)   NOT NULL,
    exposure_count  INT           NOT NULL DEFAULT 0,  -- papers that used the item
    created_at      DATETIME(3)   NOT NULL,         -- UTC
    updated_at      DATETIME(3)   NOT NULL,         -- UTC
    CONSTRAINT fk_bank_item_chapter FOREIGN KEY (chapter_id) REFERENCES bank_curriculum_node (id),
    CONSTRAINT fk_bank_item_lesson FOREIGN KEY (lesson_id) REFERENCES bank_curriculum_node (id),
    -- Filtered search: the scope first, then the usual narrowing, id last for ordered paging.
    INDEX ix_bank_item_scope (subject_code, grade, chapter_id, level, status, id),
    INDEX ix_bank_item_status (subject_code, grade, status, level, id),
    INDEX ix_bank_item_type (subject_code, grade, item_type, status, id),
    INDEX ix_bank_item_global_status (status, id),
    FULLTEXT INDEX ft_bank_item_search (search_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every version ever saved; editing adds one, nothing is overwritten. Papers pin (item_id, version_no).
CREATE TABLE bank_item_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT       NOT NULL,
    version_no      INT          NOT NULL,
    level           VARCHAR(4)   NOT NULL,
    content         LONGTEXT     NOT NULL,          -- ItemContentJson, the library's serialiser
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,          -- UTC
    note            VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_bank_item_version UNIQUE (item_id, version_no),
    CONSTRAINT fk_bank_version_item FOREIGN KEY (item_id) REFERENCES bank_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tags of the current version; tag_key is folded so "Căn bậc hai" and "can bac hai" are one tag.
CREATE TABLE bank_item_tag (
    item_id         BIGINT       NOT NULL,
    tag_key         VARCHAR(150) NOT NULL,
    tag             VARCHAR(150) NOT NULL,
    PRIMARY KEY (item_id, tag_key),
    INDEX ix_bank_tag_key (tag_key, item_id),
    CONSTRAINT fk_bank_tag_item FOREIGN KEY (item_id) REFERENCES bank_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Approval history: who moved the item, from where to where, when, and why.
CREATE TABLE bank_item_transition (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    from_status     VARCHAR(20)   NULL,             -- NULL: the item was created
    to_status       VARCHAR(20)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    at              DATETIME(3)   NOT NULL,         -- UTC
    note            VARCHAR(1000) NOT NULL,
    INDEX ix_bank_transition_item (item_id, id),
    CONSTRAINT fk_bank_transition_item FOREIGN KEY (item_id) REFERENCES bank_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "Enemy" items never share a paper. Stored once per pair, lower id first.
CREATE TABLE bank_item_enemy (
    item_id         BIGINT NOT NULL,
    enemy_id        BIGINT NOT NULL,
    PRIMARY KEY (item_id, enemy_id),
    INDEX ix_bank_enemy_reverse (enemy_id, item_id),
    CONSTRAINT ck_bank_enemy_order CHECK (item_id < enemy_id),
    CONSTRAINT fk_bank_enemy_item FOREIGN KEY (item_id) REFERENCES bank_item (id),
    CONSTRAINT fk_bank_enemy_enemy FOREIGN KEY (enemy_id) REFERENCES bank_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
