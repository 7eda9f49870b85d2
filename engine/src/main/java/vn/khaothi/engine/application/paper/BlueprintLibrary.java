package vn.khaothi.engine.application.paper;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * Saved blueprints (ma trận đề), reusable and versioned per subject, grade, kind and name: saving
 * under a name that exists adds the next version. A blueprint is checked as a paper's would be
 * (distinct cells, 10 points) before it is kept.
 */
@ApplicationScoped
public class BlueprintLibrary {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** One saved version. */
    public record SavedBlueprint(long id, String subject, int grade, String kind, String name, int version,
                                 int durationMinutes, JsonArray cells, String createdBy, Instant createdAt) {
    }

    @Transactional
    public SavedBlueprint save(Actor actor, String subject, int grade, String kind, String name, int durationMinutes,
                               List<BlueprintCell> cells) {
        if (!(actor.teaches(subject) || actor.has(Role.PRINCIPAL) || actor.has(Role.ADMIN))) {
            throw BankException.forbidden("Only teachers of " + subject + " may save its blueprints");
        }
        try {
            Blueprint.fromCells(durationMinutes, Blueprint.TEN_POINT_SCALE, cells);
        } catch (IllegalArgumentException e) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "BLUEPRINT_INVALID", e.getMessage());
        }
        Number last = (Number) em.createNativeQuery("SELECT COALESCE(MAX(version_no), 0) FROM bank_blueprint"
                        + " WHERE subject_code = ? AND grade = ? AND kind = ? AND name = ?")
                .setParameter(1, subject).setParameter(2, grade).setParameter(3, kind).setParameter(4, name)
                .getSingleResult();
        JsonArrayBuilder json = JSON.createArrayBuilder();
        cells.forEach(c -> json.add(JSON.createObjectBuilder().add("chapter", c.chapter()).add("level", c.level())
                .add("type", c.itemType()).add("count", c.count()).add("pointsEach", c.pointsEach())
                .add("specification", c.specification())));
        em.createNativeQuery("INSERT INTO bank_blueprint (subject_code, grade, kind, name, version_no, duration_minutes,"
                        + " cells, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, subject).setParameter(2, grade).setParameter(3, kind).setParameter(4, name)
                .setParameter(5, last.intValue() + 1).setParameter(6, durationMinutes)
                .setParameter(7, json.build().toString()).setParameter(8, actor.username())
                .setParameter(9, PaperStore.utc(Instant.now())).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return get(id);
    }

    /** Every saved version of a subject and grade, newest first. */
    @Transactional
    public List<SavedBlueprint> list(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE subject_code = ? AND grade = ? ORDER BY name, version_no DESC")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(BlueprintLibrary::row).toList();
    }

    @Transactional
    public SavedBlueprint get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw BankException.notFound("Blueprint " + id);
        }
        return row(rows.get(0));
    }

    private static final String SELECT = "SELECT id, subject_code, grade, kind, name, version_no, duration_minutes, cells,"
            + " created_by, created_at FROM bank_blueprint";

    private static SavedBlueprint row(Object[] r) {
        return new SavedBlueprint(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                JSON.createReader(new StringReader((String) r[7])).readArray(), (String) r[8], PaperStore.instant(r[9]));
    }
}
