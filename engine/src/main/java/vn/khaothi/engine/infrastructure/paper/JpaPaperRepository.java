package vn.khaothi.engine.infrastructure.paper;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.khaothi.engine.domain.paper.PaperRepository;
import vn.khaothi.engine.domain.paper.PaperStatus;
import vn.khaothi.itembank.application.assembly.PlacedItem;

/**
 * {@link PaperRepository} over the paper tables (V2026_11_22_15) in native SQL through the
 * container's entity manager, so it joins the caller's JTA transaction. Papers never change once
 * written, except status.
 */
@ApplicationScoped
public class JpaPaperRepository implements PaperRepository {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public JpaPaperRepository() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public JpaPaperRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long insert(NewPaper r) {
        JsonArrayBuilder w = JSON.createArrayBuilder();
        r.warnings().forEach(w::add);
        em.createNativeQuery("INSERT INTO paper (title, subject_code, grade, kind, status, mode, seed, duration_minutes,"
                        + " total_points, blueprint, difficulty_spread, warnings, supersedes_id, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, r.title()).setParameter(2, r.subject()).setParameter(3, r.grade())
                .setParameter(4, r.kind()).setParameter(5, r.status().name()).setParameter(6, r.mode())
                .setParameter(7, r.seed()).setParameter(8, r.durationMinutes()).setParameter(9, r.totalPoints())
                .setParameter(10, BlueprintJson.paper(r.durationMinutes(), r.blueprint()))
                .setParameter(11, r.difficultySpread()).setParameter(12, w.build().toString())
                .setParameter(13, r.supersedes()).setParameter(14, r.createdBy()).setParameter(15, utc(r.createdAt()))
                .executeUpdate();
        return lastId();
    }

    @Override
    public void insertVersion(long paperId, int ordinal, String code, Double meanDifficulty, List<PlacedItem> items,
                       List<String> keys) {
        em.createNativeQuery("INSERT INTO paper_version (paper_id, code, ordinal, mean_difficulty) VALUES (?, ?, ?, ?)")
                .setParameter(1, paperId).setParameter(2, code).setParameter(3, ordinal).setParameter(4, meanDifficulty)
                .executeUpdate();
        long versionId = lastId();
        // One multi-row INSERT per version: 40 items × 24 versions would otherwise be 960 round trips.
        String rows = items.stream().map(i -> "(?, ?, ?, ?, ?, ?, ?, ?)").collect(Collectors.joining(", "));
        var insert = em.createNativeQuery("INSERT INTO paper_version_item (paper_version_id, position, part, item_id,"
                + " item_version_id, points, option_order, answer_key) VALUES " + rows);
        int p = 1;
        for (int k = 0; k < items.size(); k++) {
            PlacedItem i = items.get(k);
            insert.setParameter(p++, versionId).setParameter(p++, i.position()).setParameter(p++, i.part())
                    .setParameter(p++, i.itemId()).setParameter(p++, i.versionId()).setParameter(p++, i.points())
                    .setParameter(p++, i.optionOrder().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .setParameter(p++, keys.get(k));
        }
        insert.executeUpdate();
    }

    @Override
    public void insertApproval(long paperId, String step, boolean approved, String note, String by, Instant at) {
        em.createNativeQuery("INSERT INTO paper_approval (paper_id, step, approved, note, decided_by, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, paperId).setParameter(2, step).setParameter(3, approved).setParameter(4, note)
                .setParameter(5, by).setParameter(6, utc(at)).executeUpdate();
    }

    /** Moves the status only from the expected one, so two concurrent approvals cannot both pass. */
    @Override
    public boolean moveStatus(long paperId, PaperStatus from, PaperStatus to) {
        return em.createNativeQuery("UPDATE paper SET status = ? WHERE id = ? AND status = ?")
                .setParameter(1, to.name()).setParameter(2, paperId).setParameter(3, from.name()).executeUpdate() == 1;
    }

    /** The bank items a paper placed, each once (an approval counts their exposure). */
    @Override
    public List<Long> itemIds(long paperId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT DISTINCT pvi.item_id FROM paper_version_item pvi"
                + " JOIN paper_version pv ON pv.id = pvi.paper_version_id WHERE pv.paper_id = ?")
                .setParameter(1, paperId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /**
     * Item id → in how many of the latest {@code window} APPROVED papers of the subject and grade it
     * stands: a draft exposes nothing, so generating the same request twice over the same bank gives
     * the same paper (api-contract.md), and an item used in last term's approved papers is avoided.
     */
    @Override
    public Map<Long, Integer> recentExposure(String subject, int grade, int window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pvi.item_id, COUNT(DISTINCT pv.paper_id)"
                + " FROM paper_version_item pvi JOIN paper_version pv ON pv.id = pvi.paper_version_id"
                + " WHERE pv.paper_id IN (SELECT id FROM (SELECT id FROM paper WHERE subject_code = ? AND grade = ?"
                + "   AND status = 'APPROVED' ORDER BY id DESC LIMIT ?) recent)"
                + " GROUP BY pvi.item_id")
                .setParameter(1, subject).setParameter(2, grade).setParameter(3, window).getResultList();
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return out;
    }

    @Override
    public Optional<StoredPaper> byId(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, title, subject_code, grade, kind, status, mode, seed,"
                + " duration_minutes, total_points, blueprint, difficulty_spread, warnings, supersedes_id, created_by,"
                + " created_at FROM paper WHERE id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        List<String> warnings = JSON.createReader(new java.io.StringReader((String) r[12])).readArray()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        return Optional.of(new StoredPaper(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).longValue(),
                ((Number) r[8]).intValue(), vn.khaothi.itembank.domain.item.Fractions.normalise((BigDecimal) r[9]),
                r[11] == null ? null : ((Number) r[11]).doubleValue(), warnings,
                r[13] == null ? null : ((Number) r[13]).longValue(), (String) r[14], instant(r[15])));
    }

    @Override
    public List<StoredVersion> versions(long paperId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pv.id, pv.code, pv.mean_difficulty, pvi.position, pvi.part,"
                + " pvi.item_id, pvi.item_version_id, pvi.points, pvi.option_order, pvi.answer_key"
                + " FROM paper_version pv JOIN paper_version_item pvi ON pvi.paper_version_id = pv.id"
                + " WHERE pv.paper_id = ? ORDER BY pv.ordinal, pvi.position").setParameter(1, paperId).getResultList();
        List<StoredVersion> out = new ArrayList<>();
        StoredVersion current = null;
        for (Object[] r : rows) {
            long versionId = ((Number) r[0]).longValue();
            if (current == null || current.id() != versionId) {
                current = new StoredVersion(versionId, (String) r[1], r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        new ArrayList<>(), new ArrayList<>());
                out.add(current);
            }
            String order = (String) r[8];
            List<Integer> optionOrder = order.isEmpty() ? List.of()
                    : Arrays.stream(order.split(",")).map(Integer::valueOf).toList();
            current.items().add(new PlacedItem(((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(), vn.khaothi.itembank.domain.item.Fractions.normalise((BigDecimal) r[7]), optionOrder));
            current.keys().add((String) r[9]);
        }
        return out;
    }

    @Override
    public List<ApprovalStep> approvals(long paperId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT step, approved, note, decided_by, decided_at FROM paper_approval"
                + " WHERE paper_id = ? ORDER BY id").setParameter(1, paperId).getResultList();
        return rows.stream().map(r -> new ApprovalStep((String) r[0], toBoolean(r[1]), (String) r[2], (String) r[3],
                instant(r[4]))).toList();
    }

    @Override
    public List<Listed> latest(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.title, p.kind, p.status, p.duration_minutes,"
                + " (SELECT COUNT(*) FROM paper_version v WHERE v.paper_id = p.id), p.created_by, p.created_at"
                + " FROM paper p WHERE p.subject_code = ? AND p.grade = ? ORDER BY p.id DESC LIMIT 100")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(r -> new Listed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (String) r[6], instant(r[7]))).toList();
    }

    @Override
    public PrintHeader header(String subject) {
        return new PrintHeader(single("SELECT name FROM school ORDER BY id LIMIT 1"),
                Optional.ofNullable(single("SELECT name_vi FROM subject WHERE code = ?", subject)).orElse(subject),
                single("SELECT code FROM school_year WHERE is_current ORDER BY id DESC LIMIT 1"));
    }

    private String single(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<?> rows = query.getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
