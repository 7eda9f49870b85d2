package vn.khaothi.itembank.application.bank;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.khaothi.itembank.application.assembly.CandidateItem;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * The PUBLISHED items of the blueprint's chapters as the assembler sees them, with their current
 * version's content (the version a new paper pins), enemies and recent exposure.
 *
 * <p>Recent exposure is the caller's (the engine counts its <em>approved</em> papers of the same
 * subject and grade, the latest few of them: a draft exposes nothing, so generating the same
 * request twice over the same bank gives the same paper, api-contract.md); the bank only reads its
 * own tables.
 */
public final class BankCandidates {

    /** Candidates in id order (the assembler's input order does not matter, but a stable one reads better). */
    public final List<CandidateItem> items = new ArrayList<>();
    /** Item id → the content of the pinned version. */
    public final Map<Long, ItemContent> contents = new HashMap<>();
    /** Item id → the pinned version's number, for the API. */
    public final Map<Long, Integer> versionNumbers = new HashMap<>();

    /** @param exposure item id → how many recent approved papers used it (absent: none) */
    static BankCandidates load(EntityManager em, String subject, int grade, Set<String> chapters,
                               Map<Long, Integer> exposure) {
        BankCandidates c = new BankCandidates();
        if (chapters.isEmpty()) {
            return c;
        }
        String in = chapters.stream().map(x -> "?").collect(Collectors.joining(","));
        var query = em.createNativeQuery("SELECT i.id, v.id, v.version_no, n.code, v.level, i.item_type, v.content"
                + " FROM bank_item i JOIN bank_item_version v ON v.item_id = i.id AND v.version_no = i.current_version"
                + " JOIN bank_curriculum_node n ON n.id = i.chapter_id"
                + " WHERE i.subject_code = ? AND i.grade = ? AND i.status = 'PUBLISHED' AND n.code IN (" + in + ")"
                + " ORDER BY i.id");
        int p = 1;
        query.setParameter(p++, subject);
        query.setParameter(p++, grade);
        for (String chapter : chapters) {
            query.setParameter(p++, chapter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(((Number) r[0]).longValue(), r));
        Map<Long, Set<Long>> enemies = enemies(em, byId.keySet());
        // The real facility from the sittings that used the pinned version (issue 15); null until then.
        Map<Long, vn.khaothi.itembank.domain.statistics.ItemStatistics> statistics =
                vn.khaothi.itembank.application.statistics.BankStatistics.of(em,
                        byId.values().stream().map(r -> ((Number) r[1]).longValue()).toList());
        for (Object[] r : byId.values()) {
            long itemId = ((Number) r[0]).longValue();
            ItemContent content = ItemContentJson.read((String) r[6]);
            c.contents.put(itemId, content);
            c.versionNumbers.put(itemId, ((Number) r[2]).intValue());
            long versionId = ((Number) r[1]).longValue();
            var stats = statistics.get(versionId);
            c.items.add(candidate(itemId, versionId, (String) r[3], (String) r[4], (String) r[5],
                    content, enemies.getOrDefault(itemId, Set.of()), exposure.getOrDefault(itemId, 0),
                    stats == null ? null : stats.facility()));
        }
        return c;
    }

    private static CandidateItem candidate(long itemId, long versionId, String chapter, String level, String type,
                                           ItemContent content, Set<Long> enemies, int exposure, Double facility) {
        int optionCount = 0;
        Set<Integer> locked = Set.of();
        Set<Integer> correct = Set.of();
        boolean keepOrder = false;
        if (content.body() instanceof ChoiceBody b) {
            optionCount = b.options().size();
            locked = indexes(optionCount, i -> b.options().get(i).locked());
            correct = indexes(optionCount, i -> b.options().get(i).isCorrect());
        } else if (content.body() instanceof StatementsBody b) {
            // Statements a–d of a true/false cluster keep their order (regulations.md §6).
            optionCount = b.statements().size();
            keepOrder = true;
        } else if (content.body() instanceof OrderingBody b) {
            // The authored order is the answer, so the elements must be shown shuffled.
            optionCount = b.sequence().size();
        }
        return new CandidateItem(itemId, versionId, true, chapter, level, type, facility, enemies, exposure,
                optionCount, locked, keepOrder, correct);
    }

    private static Set<Integer> indexes(int count, java.util.function.IntPredicate test) {
        return IntStream.range(0, count).filter(test).boxed().collect(Collectors.toSet());
    }

    private static Map<Long, Set<Long>> enemies(EntityManager em, Set<Long> ids) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_id, enemy_id FROM bank_item_enemy WHERE item_id IN ("
                + in + ") OR enemy_id IN (" + in + ")").getResultList();
        for (Object[] r : rows) {
            long a = ((Number) r[0]).longValue();
            long b = ((Number) r[1]).longValue();
            out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            out.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        return out;
    }
}
