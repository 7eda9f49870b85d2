package vn.khaothi.engine.infrastructure.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.khaothi.engine.application.approval.MaterialsBells;

/**
 * {@link MaterialsBells} in native SQL over the school's tables and {@code notification}, through
 * the container's entity manager (the caller's JTA transaction). Times are bound as UTC date-times.
 */
@ApplicationScoped
public class SqlMaterialsBells implements MaterialsBells {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public SqlMaterialsBells() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public SqlMaterialsBells(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> heads(String subject) {
        return em.createNativeQuery("""
                SELECT a.username FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.active AND s.code = ?1""").setParameter(1, subject).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> approvers(Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return em.createNativeQuery("SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id"
                        + " WHERE a.active AND r.role = 'PRINCIPAL' UNION SELECT d.deputy_id FROM delegation d"
                        + " WHERE d.scope = 'MATERIALS_APPROVAL' AND d.valid_from <= ?1 AND d.valid_until > ?2")
                .setParameter(1, at).setParameter(2, at).getResultList();
    }

    @Override
    public String displayName(String username) {
        List<?> rows = em.createNativeQuery("SELECT display_name FROM account WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? username : String.valueOf(rows.get(0));
    }

    @Override
    public SubjectNames subjectNames(String code) {
        List<?> rows = em.createNativeQuery("SELECT name_vi, name_en FROM subject WHERE code = ?1")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return new SubjectNames(code, code);
        }
        Object[] r = (Object[]) rows.get(0);
        return new SubjectNames(String.valueOf(r[0]), String.valueOf(r[1]));
    }

    @Override
    public void ring(String recipient, Bell b) {
        LocalDateTime at = LocalDateTime.ofInstant(b.at().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO notification (recipient, kind, subject_id, title_vi, title_en, body_vi,"
                        + " body_en, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, recipient).setParameter(2, b.kind()).setParameter(3, b.subjectId())
                .setParameter(4, cut(b.titleVi(), 300)).setParameter(5, cut(b.titleEn(), 300))
                .setParameter(6, cut(b.bodyVi(), 2000)).setParameter(7, cut(b.bodyEn(), 2000))
                .setParameter(8, b.link()).setParameter(9, at).executeUpdate();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
