-- Issue 19: a staggered start. Each student of the sitting is first admitted at opens_at plus an offset
-- in [0, stagger_seconds) derived from the sitting and the student (engine: StaggeredStart); 0 admits
-- everyone at the opening, as before.
ALTER TABLE sitting
    ADD COLUMN stagger_seconds SMALLINT NOT NULL DEFAULT 0 AFTER review_policy;
