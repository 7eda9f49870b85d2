package vn.khaothi.engine.infrastructure.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.domain.paper.BlueprintRepository;
import vn.khaothi.engine.domain.paper.SavedBlueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * {@link BlueprintRepository} over table {@code bank_blueprint}, the cells stored as
 * {@link BlueprintJson}, in native SQL through the container's entity manager (the caller's JTA
 * transaction).
 */
@ApplicationScoped
public class JpaBlueprintRepository implements BlueprintRepository {

    private static final String SELECT = "SELECT id, subject_code, grade, kind, name, version_no, duration_minutes, cells,"
            + " created_by, created_at FROM bank_blueprint";

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public JpaBlueprintRepository() {
    }

    /** Outside the container over an entity manager the caller runs transactions on. */
    public JpaBlueprintRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long addVersion(String subject, int grade, String kind, String name, int durationMinutes,
                           List<BlueprintCell> cells, String createdBy, Instant createdAt) {
        Number last = (Number) em.createNativeQuery("SELECT COALESCE(MAX(version_no), 0) FROM bank_blueprint"
                        + " WHERE subject_code = ? AND grade = ? AND kind = ? AND name = ?")
                .setParameter(1, subject).setParameter(2, grade).setParameter(3, kind).setParameter(4, name)
                .getSingleResult();
        em.createNativeQuery("INSERT INTO bank_blueprint (subject_code, grade, kind, name, version_no, duration_minutes,"
                        + " cells, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, subject).setParameter(2, grade).setParameter(3, kind).setParameter(4, name)
                .setParameter(5, last.intValue() + 1).setParameter(6, durationMinutes)
                .setParameter(7, BlueprintJson.cells(cells).toString()).setParameter(8, createdBy)
                .setParameter(9, JpaPaperRepository.utc(createdAt)).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    @Override
    public List<SavedBlueprint> of(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE subject_code = ? AND grade = ? ORDER BY name, version_no DESC")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(JpaBlueprintRepository::row).toList();
    }

    @Override
    public Optional<SavedBlueprint> byId(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(JpaBlueprintRepository::row);
    }

    private static SavedBlueprint row(Object[] r) {
        return new SavedBlueprint(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                BlueprintJson.readCells((String) r[7]), (String) r[8], JpaPaperRepository.instant(r[9]));
    }
}
