package vn.khaothi.engine.infrastructure.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.khaothi.itembank.domain.school.OpenAttempts;

/**
 * The item bank's {@link OpenAttempts}: the item versions on the papers of a student's attempts in
 * progress, read from the engine's attempt and directory tables over the caller's transaction (the
 * bank serves a picture to a student only while one of these shows it).
 */
@ApplicationScoped
public class OpenAttemptItems implements OpenAttempts {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Override
    public Set<Long> itemVersionsBefore(String username, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT DISTINCT pvi.item_version_id FROM attempt a"
                        + " JOIN student s ON s.id = a.student_id JOIN account acc ON acc.id = s.account_id"
                        + " JOIN paper_version_item pvi ON pvi.paper_version_id = a.paper_version_id"
                        + " WHERE acc.username = ?1 AND a.status = 'IN_PROGRESS' AND (a.deadline IS NULL OR a.deadline > ?2)")
                .setParameter(1, username).setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(n -> ids.add(n.longValue()));
        return ids;
    }
}
