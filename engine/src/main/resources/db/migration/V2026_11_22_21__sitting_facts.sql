-- What a sitting is for, copied from its paper when the sitting is created, so that the engine
-- (and the remote-assessment workflow's SittingCatalog) can read it without the item bank:
-- the assessment kind decides whether an online attempt needs the principal's authorisation.
ALTER TABLE sitting
    ADD COLUMN assessment_kind VARCHAR(10) NOT NULL DEFAULT 'REGULAR' AFTER paper_id,
    ADD COLUMN subject_code    VARCHAR(20) NULL AFTER assessment_kind,
    ADD COLUMN grade           INT         NULL AFTER subject_code,
    ADD CONSTRAINT ck_sitting_kind CHECK (assessment_kind IN ('REGULAR', 'MIDTERM', 'FINAL', 'MAKEUP', 'RETEST'));
