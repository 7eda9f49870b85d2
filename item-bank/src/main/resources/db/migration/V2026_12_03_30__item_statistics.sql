-- Item statistics fed back into the bank (issue 15): what each item VERSION did in the sittings
-- that used it. One row per (version, sitting) holds that sitting's contribution, so analysing a
-- sitting again replaces its figures instead of counting them twice; the running sums per version
-- are updated in the same transaction (old contribution out, new in), never recomputed over history.
CREATE TABLE bank_item_statistics_sitting (
    item_version_id     BIGINT       NOT NULL,
    sitting_id          BIGINT       NOT NULL,             -- engine's sitting (no foreign key across modules)
    responses           INT          NOT NULL,             -- attempts whose version held the item
    facility            DOUBLE       NULL,                 -- mean fraction of the item's points, this sitting
    discrimination      DOUBLE       NULL,                 -- corrected item–total correlation, this sitting
    analysed_at         DATETIME(3)  NOT NULL,             -- UTC
    PRIMARY KEY (item_version_id, sitting_id),
    CONSTRAINT fk_stat_sitting_version FOREIGN KEY (item_version_id) REFERENCES bank_item_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Running sums per item version: facility = facility_sum / facility_weight (a response-weighted mean
-- over the sittings), discrimination likewise over the sittings where it was defined.
CREATE TABLE bank_item_statistics (
    item_version_id       BIGINT       NOT NULL PRIMARY KEY,
    item_id               BIGINT       NOT NULL,
    sittings              INT          NOT NULL,
    responses             INT          NOT NULL,
    facility_sum          DOUBLE       NOT NULL,
    facility_weight       INT          NOT NULL,
    discrimination_sum    DOUBLE       NOT NULL,
    discrimination_weight INT          NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,           -- UTC
    INDEX ix_stat_item (item_id),
    CONSTRAINT fk_stat_version FOREIGN KEY (item_version_id) REFERENCES bank_item_version (id),
    CONSTRAINT fk_stat_item FOREIGN KEY (item_id) REFERENCES bank_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
