-- School structure (school, years, semesters, subjects, classes, teachers, students) and the
-- accounts that sign in. Grades are numbers 1-12 (TT27 primary 1-5, TT22 secondary 6-12).

CREATE TABLE school (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    CONSTRAINT uq_school_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE school_year (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id       BIGINT      NOT NULL,
    code            VARCHAR(9)  NOT NULL,          -- e.g. 2025-2026
    starts_on       DATE        NOT NULL,
    ends_on         DATE        NOT NULL,
    is_current      BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_school_year UNIQUE (school_id, code),
    CONSTRAINT fk_school_year_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB;

CREATE TABLE semester (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_year_id  BIGINT   NOT NULL,
    number          TINYINT  NOT NULL,             -- 1 or 2 (học kì I, II)
    starts_on       DATE     NOT NULL,
    ends_on         DATE     NOT NULL,
    CONSTRAINT uq_semester UNIQUE (school_year_id, number),
    CONSTRAINT fk_semester_year FOREIGN KEY (school_year_id) REFERENCES school_year (id)
) ENGINE=InnoDB;

CREATE TABLE subject (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,         -- MATH, LITERATURE, PE ...
    name_vi         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    commentary_only BOOLEAN      NOT NULL DEFAULT FALSE,  -- TT22 Art. 5: assessed by commentary only
    CONSTRAINT uq_subject_code UNIQUE (code)
) ENGINE=InnoDB;

-- Periods per school year depend on the grade; TT22 Art. 6 and 7 take them as input.
CREATE TABLE subject_offering (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id       BIGINT  NOT NULL,
    grade            TINYINT NOT NULL,
    periods_per_year INT     NOT NULL,
    CONSTRAINT uq_subject_offering UNIQUE (subject_id, grade),
    CONSTRAINT fk_offering_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB;

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,  -- demo accounts are disabled outside demo mode
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_account_username UNIQUE (username)
) ENGINE=InnoDB;

CREATE TABLE account_role (
    account_id      BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE teacher (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NULL,
    code            VARCHAR(40)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    may_proctor     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_teacher_code UNIQUE (code),
    CONSTRAINT uq_teacher_account UNIQUE (account_id),
    CONSTRAINT fk_teacher_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE TABLE teacher_subject (
    teacher_id      BIGINT NOT NULL,
    subject_id      BIGINT NOT NULL,
    PRIMARY KEY (teacher_id, subject_id),
    CONSTRAINT fk_teacher_subject_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id) ON DELETE CASCADE,
    CONSTRAINT fk_teacher_subject_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB;

-- Tổ chuyên môn: a group of teachers of one or more subjects, led by its head.
CREATE TABLE subject_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    head_teacher_id BIGINT       NULL,
    CONSTRAINT uq_subject_group_code UNIQUE (code),
    CONSTRAINT fk_subject_group_head FOREIGN KEY (head_teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB;

CREATE TABLE subject_group_subject (
    subject_group_id BIGINT NOT NULL,
    subject_id       BIGINT NOT NULL,
    PRIMARY KEY (subject_group_id, subject_id),
    CONSTRAINT fk_sgs_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_sgs_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB;

CREATE TABLE subject_group_member (
    subject_group_id BIGINT NOT NULL,
    teacher_id       BIGINT NOT NULL,
    PRIMARY KEY (subject_group_id, teacher_id),
    CONSTRAINT fk_sgm_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_sgm_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE school_class (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_year_id      BIGINT      NOT NULL,
    grade               TINYINT     NOT NULL,
    code                VARCHAR(20) NOT NULL,     -- e.g. 9A1
    homeroom_teacher_id BIGINT      NULL,         -- giáo viên chủ nhiệm
    CONSTRAINT uq_school_class UNIQUE (school_year_id, code),
    CONSTRAINT fk_class_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT fk_class_homeroom FOREIGN KEY (homeroom_teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB;

CREATE TABLE teaching_assignment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    teacher_id      BIGINT NOT NULL,
    class_id        BIGINT NOT NULL,
    subject_id      BIGINT NOT NULL,
    CONSTRAINT uq_teaching_assignment UNIQUE (class_id, subject_id, teacher_id),
    CONSTRAINT fk_ta_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id),
    CONSTRAINT fk_ta_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_ta_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB;

CREATE TABLE student (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NULL,
    code            VARCHAR(40)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    birth_date      DATE         NULL,
    gender          CHAR(1)      NULL,            -- M / F
    CONSTRAINT uq_student_code UNIQUE (code),
    CONSTRAINT uq_student_account UNIQUE (account_id),
    CONSTRAINT fk_student_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE TABLE enrolment (
    student_id      BIGINT NOT NULL,
    class_id        BIGINT NOT NULL,
    PRIMARY KEY (student_id, class_id),
    CONSTRAINT fk_enrolment_student FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE=InnoDB;

-- Failed sign-ins per username, in the database so every node of a cluster sees them.
CREATE TABLE login_throttle (
    username          VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at TIMESTAMP(3) NOT NULL,
    locked_until      TIMESTAMP(3) NULL
) ENGINE=InnoDB;

CREATE TABLE app_setting (
    name            VARCHAR(100)  NOT NULL PRIMARY KEY,
    value           VARCHAR(1000) NOT NULL
) ENGINE=InnoDB;
