package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the bank needs to know about the school, read from the engine's tables (subject, teacher,
 * subject group) with plain SQL: item-bank does not depend on the engine module, only on its
 * schema, which Flyway migrates before this runs.
 */
public final class StaffDirectory {

    private final EntityManager em;

    public StaffDirectory(EntityManager em) {
        this.em = em;
    }

    /** The subjects a person teaches, plus those of the subject groups the person heads. */
    @SuppressWarnings("unchecked")
    public Set<String> subjectsOf(String username) {
        List<Object> rows = em.createNativeQuery("""
                SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN teacher_subject ts ON ts.teacher_id = t.id JOIN subject s ON s.id = ts.subject_id
                 WHERE a.username = ?1
                UNION
                SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.username = ?2""").setParameter(1, username).setParameter(2, username).getResultList();
        Set<String> subjects = new LinkedHashSet<>();
        rows.forEach(r -> subjects.add(String.valueOf(r)));
        return subjects;
    }

    public boolean subjectExists(String code) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM subject WHERE code = ?1")
                .setParameter(1, code).getSingleResult();
        return n.longValue() > 0;
    }

    /** Subject codes with their Vietnamese and English names, in code order. */
    @SuppressWarnings("unchecked")
    public List<Object[]> subjects() {
        return em.createNativeQuery("SELECT code, name_vi, name_en FROM subject ORDER BY id").getResultList();
    }

    /** The delegation scope under which a deputy approves items and papers for the principal. */
    public static final String MATERIALS_SCOPE = "MATERIALS_APPROVAL";

    /** Does this person head the subject group of this subject (tổ trưởng)? */
    public boolean headsSubject(String username, String subject) {
        if (username == null || subject == null) {
            return false;
        }
        Number n = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.username = ?1 AND s.code = ?2""").setParameter(1, username).setParameter(2, subject)
                .getSingleResult();
        return n.longValue() > 0;
    }

    /**
     * Does this deputy hold, now, a delegation of the principal's authority to approve materials
     * (scope {@value #MATERIALS_SCOPE}; the engine's {@code delegation} table, times in UTC)?
     */
    public boolean holdsMaterialsDelegation(String username, java.time.Instant now) {
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM delegation WHERE deputy_id = ?1 AND scope = ?2"
                        + " AND valid_from <= ?3 AND valid_until > ?4")
                .setParameter(1, username).setParameter(2, MATERIALS_SCOPE).setParameter(3, at).setParameter(4, at)
                .getSingleResult();
        return n.longValue() > 0;
    }
}
