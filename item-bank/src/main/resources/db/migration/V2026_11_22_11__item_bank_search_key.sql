-- Search key as ASCII with a binary collation: the key is already folded (SearchText.fold, lower
-- case, no diacritics; other non-ASCII characters become '?', see SearchKey), so a byte comparison is exact and
-- LIKE '%…%' runs several times faster than under utf8mb4_unicode_ci. Filtered searches then read
-- only the index (subject, grade, search_key); FULLTEXT stays for searches of the whole bank.
-- Keys written before this migration: every non-ASCII character becomes '?' first, so that the
-- column conversion below cannot fail on them.
UPDATE bank_item SET search_key = LEFT(REGEXP_REPLACE(search_key, '[^ -~]', '?'), 1000);

ALTER TABLE bank_item
    DROP INDEX ft_bank_item_search,
    MODIFY search_key VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ADD INDEX ix_bank_item_text (subject_code, grade, search_key),
    ADD INDEX ix_bank_item_order (subject_code, grade, id);

ALTER TABLE bank_item ADD FULLTEXT INDEX ft_bank_item_search (search_key);

-- The tag filter within a subject and grade reads one index range instead of every item carrying
-- the tag in the whole bank.
ALTER TABLE bank_item_tag
    ADD COLUMN subject_code VARCHAR(40) NOT NULL DEFAULT '',
    ADD COLUMN grade TINYINT NOT NULL DEFAULT 0;

UPDATE bank_item_tag t JOIN bank_item i ON i.id = t.item_id SET t.subject_code = i.subject_code, t.grade = i.grade;

ALTER TABLE bank_item_tag ADD INDEX ix_bank_tag_scope (tag_key, subject_code, grade, item_id);
