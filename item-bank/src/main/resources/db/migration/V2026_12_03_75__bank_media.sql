-- Pictures of items (issue 18): stored once per content, named by the SHA-256 of their bytes, and
-- referenced from item HTML as /api/v1/bank/media/<hash>. The type is the one the bytes are (PNG,
-- JPEG, GIF, WebP; never SVG), checked before storing, as is the size (at most 2 MB).
CREATE TABLE bank_media (
    hash            CHAR(64)     NOT NULL PRIMARY KEY,
    media_type      VARCHAR(20)  NOT NULL,
    byte_size       INT          NOT NULL,
    content         LONGBLOB     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT ck_bank_media_type CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    CONSTRAINT ck_bank_media_size CHECK (byte_size BETWEEN 1 AND 2097152)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which item versions show which picture. A student may fetch a picture only while an open attempt
-- of theirs holds a version that shows it (paper_version_item pins the versions).
CREATE TABLE bank_item_version_media (
    version_id      BIGINT       NOT NULL,
    hash            CHAR(64)     NOT NULL,
    PRIMARY KEY (version_id, hash),
    INDEX ix_bank_media_use (hash, version_id),
    CONSTRAINT fk_bank_media_use_version FOREIGN KEY (version_id) REFERENCES bank_item_version (id),
    CONSTRAINT fk_bank_media_use_media FOREIGN KEY (hash) REFERENCES bank_media (hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
