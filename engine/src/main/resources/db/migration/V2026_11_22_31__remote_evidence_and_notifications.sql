-- Remote assessment (issue 7), second part: the evidence files themselves and the in-app
-- notifications sent when a request is decided.
--
-- Evidence lives in the database (not the data dir): every node of a cluster reads the same rows,
-- backups of the database carry it, and it is never under the web root. A file is uploaded first
-- (by the person who will file), then named by id in the request; remote_request_evidence.file_id
-- points here. Its content type is the one detected from its bytes, never the name or header.
CREATE TABLE evidence_file (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    uploaded_by         VARCHAR(64)   NOT NULL,      -- username
    file_name           VARCHAR(200)  NOT NULL,      -- shown to the deciders only; never used as a path
    content_type        VARCHAR(100)  NOT NULL,      -- detected: application/pdf, image/jpeg, image/png, image/webp
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    content             LONGBLOB      NOT NULL,
    uploaded_at         DATETIME(3)   NOT NULL,      -- UTC
    CONSTRAINT ck_evidence_size CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    INDEX ix_evidence_uploader (uploaded_by, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_remote_evidence_file ON remote_request_evidence (file_id);

-- Thông báo: one row per recipient, written in the same transaction as the decision.
CREATE TABLE notification (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient           VARCHAR(64)   NOT NULL,      -- username
    kind                VARCHAR(40)   NOT NULL,      -- REMOTE_REQUEST_APPROVED, REMOTE_REQUEST_REJECTED
    subject_id          VARCHAR(64)   NOT NULL,      -- the request
    title_vi            VARCHAR(300)  NOT NULL,
    title_en            VARCHAR(300)  NOT NULL,
    body_vi             VARCHAR(2000) NOT NULL,
    body_en             VARCHAR(2000) NOT NULL,
    link                VARCHAR(300)  NULL,          -- a page of the application, relative
    created_at          DATETIME(3)   NOT NULL,      -- UTC
    read_at             DATETIME(3)   NULL,
    INDEX ix_notification_recipient (recipient, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
