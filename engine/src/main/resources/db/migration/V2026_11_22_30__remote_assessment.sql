-- Remote periodic assessment for force majeure (issue 7; TT09 Art. 8, regulations.md §4) and the
-- append-only, hash-chained audit trail. People and sittings are plain ids (usernames, sitting ids)
-- until the sittings module exists. Instants are DATETIME(3) in UTC: written and read as UTC by
-- the JDBC code, never converted by the session time zone (the audit hash covers them exactly).

CREATE TABLE remote_request (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    student_id          VARCHAR(64)   NOT NULL,
    sitting_id          VARCHAR(64)   NOT NULL,
    assessment_kind     VARCHAR(20)   NOT NULL,      -- MIDTERM, FINAL, MAKEUP, RETEST (REGULAR needs none)
    sitting_closes_at   DATETIME(3)   NOT NULL,
    semester            VARCHAR(20)   NOT NULL,      -- e.g. 2025-2026/1, for the report
    class_code          VARCHAR(20)   NULL,
    subject_code        VARCHAR(40)   NULL,
    reason              VARCHAR(30)   NOT NULL,      -- ILLNESS, DISASTER, EPIDEMIC_ISOLATION, FAMILY_EMERGENCY, OFFICIAL_DUTY, OTHER
    explanation         VARCHAR(4000) NULL,
    filed_by            VARCHAR(64)   NOT NULL,
    filed_as            VARCHAR(20)   NOT NULL,      -- STUDENT, HOMEROOM_TEACHER, SUBJECT_TEACHER
    filed_at            DATETIME(3)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,      -- PENDING, APPROVED, REJECTED, WITHDRAWN
    eligible            BOOLEAN       NOT NULL,      -- the rules' answer at filing
    eligibility_obstacles VARCHAR(400) NOT NULL,     -- the rules' obstacle codes, comma-separated
    eligibility_citations VARCHAR(1000) NOT NULL,    -- the rules' citations, one per line
    withdrawn_at        DATETIME(3)   NULL,
    version             INT           NOT NULL,      -- optimistic lock: a second decision finds it changed
    INDEX ix_remote_request_status (status, filed_at),
    INDEX ix_remote_request_student_sitting (student_id, sitting_id),
    INDEX ix_remote_request_semester (semester)
) ENGINE=InnoDB;

-- The rules' reasons at filing, in firing order (vi and en), as the principal saw them.
CREATE TABLE remote_request_reason (
    request_id          CHAR(36)      NOT NULL,
    position            INT           NOT NULL,
    rule_name           VARCHAR(200)  NOT NULL,
    citation            VARCHAR(200)  NULL,
    text_vi             VARCHAR(2000) NOT NULL,
    text_en             VARCHAR(2000) NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_remote_reason_request FOREIGN KEY (request_id) REFERENCES remote_request (id)
) ENGINE=InnoDB;

-- References to evidence files (the files themselves are stored by the upload layer).
CREATE TABLE remote_request_evidence (
    request_id          CHAR(36)      NOT NULL,
    position            INT           NOT NULL,
    file_id             VARCHAR(64)   NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_remote_evidence_request FOREIGN KEY (request_id) REFERENCES remote_request (id)
) ENGINE=InnoDB;

-- Ủy quyền: the principal lets a deputy decide for a scope and a period [valid_from, valid_until).
CREATE TABLE delegation (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    principal_id        VARCHAR(64)   NOT NULL,
    deputy_id           VARCHAR(64)   NOT NULL,
    scope               VARCHAR(40)   NOT NULL,      -- REMOTE_ASSESSMENT
    valid_from          DATETIME(3)   NOT NULL,
    valid_until         DATETIME(3)   NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    INDEX ix_delegation_deputy (deputy_id, scope)
) ENGINE=InnoDB;

-- One decision per request at most (the primary key makes a second one fail even in a race).
CREATE TABLE remote_decision (
    request_id          CHAR(36)      NOT NULL PRIMARY KEY,
    approved            BOOLEAN       NOT NULL,
    form                VARCHAR(20)   NULL,          -- ONLINE_PROCTORED, ONLINE_ORAL (approvals)
    note                VARCHAR(4000) NULL,
    decided_by          VARCHAR(64)   NOT NULL,
    decided_as          VARCHAR(30)   NOT NULL,      -- PRINCIPAL, DEPUTY_PRINCIPAL
    on_behalf_of        VARCHAR(64)   NULL,          -- the principal when a deputy signs "KT. Hiệu trưởng"
    delegation_id       CHAR(36)      NULL,
    decided_at          DATETIME(3)   NOT NULL,
    CONSTRAINT fk_remote_decision_request FOREIGN KEY (request_id) REFERENCES remote_request (id),
    CONSTRAINT fk_remote_decision_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
) ENGINE=InnoDB;

-- The audit trail: append-only, each hash = SHA-256(previous hash, canonical content).
CREATE TABLE audit_entry (
    sequence            BIGINT        NOT NULL PRIMARY KEY,
    at                  DATETIME(3)   NOT NULL,
    actor               VARCHAR(64)   NOT NULL,
    on_behalf_of        VARCHAR(64)   NULL,
    action              VARCHAR(60)   NOT NULL,
    subject_id          VARCHAR(64)   NOT NULL,
    details             LONGTEXT      NOT NULL,      -- canonical JSON, stored byte for byte
    previous_hash       CHAR(64)      NOT NULL,
    hash                CHAR(64)      NOT NULL,
    CONSTRAINT uq_audit_entry_hash UNIQUE (hash),
    INDEX ix_audit_entry_subject (subject_id, sequence)
) ENGINE=InnoDB;

-- The last entry written: the lock that serialises appends, and the anchor that shows entries cut
-- off the end. One row.
CREATE TABLE audit_head (
    id                  TINYINT       NOT NULL PRIMARY KEY,
    sequence            BIGINT        NOT NULL,
    hash                CHAR(64)      NOT NULL
) ENGINE=InnoDB;

INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The application never changes or removes an entry; the database refuses it too.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
