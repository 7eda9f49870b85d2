package vn.khaothi.itembank.application.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * What the bank supplies to papers (đề kiểm tra), which the engine keeps: the candidates a
 * blueprint draws from, the live counts of the blueprint editor, the frozen item versions a paper
 * pinned, and the exposure count an approval adds. Only the bank's own tables are read here; the
 * paper tables are the engine's.
 */
@ApplicationScoped
public class PaperSupply {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** One cell of the bank's supply: PUBLISHED items of a chapter, level and type. */
    public record Supply(String chapter, String chapterTitle, int chapterPosition, String level, String type, int count) {
    }

    /** A pinned item version: its number (for the API) and its content, key included. */
    public record PinnedVersion(long id, int versionNo, ItemContent content) {
    }

    /**
     * The PUBLISHED items of these chapters as the assembler sees them.
     *
     * @param exposure item id → how many recent approved papers used it
     */
    @Transactional
    public BankCandidates candidates(String subject, int grade, Set<String> chapters, Map<Long, Integer> exposure) {
        return BankCandidates.load(em, subject, grade, chapters, exposure);
    }

    /** What the bank can supply per (chapter, level, type), for the blueprint editor's live counts. */
    @Transactional
    public List<Supply> availability(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.code, n.title, n.position, i.level, i.item_type, COUNT(*)"
                + " FROM bank_item i JOIN bank_curriculum_node n ON n.id = i.chapter_id"
                + " WHERE i.subject_code = ? AND i.grade = ? AND i.status = 'PUBLISHED'"
                + " GROUP BY n.code, n.title, n.position, i.level, i.item_type ORDER BY n.position, n.code")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(r -> new Supply((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Item version id → the pinned version, for these ids (unknown ids are absent). */
    @Transactional
    public Map<Long, PinnedVersion> pinned(Collection<Long> versionIds) {
        Map<Long, PinnedVersion> out = new HashMap<>();
        if (versionIds.isEmpty()) {
            return out;
        }
        String in = new TreeSet<>(versionIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version_no, content FROM bank_item_version WHERE id IN ("
                + in + ")").getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.put(id, new PinnedVersion(id, ((Number) r[1]).intValue(), ItemContentJson.read((String) r[2])));
        }
        return out;
    }

    /** The bank's exposure count: one more approved paper used each of these items. */
    @Transactional
    public void countExposure(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        String in = new TreeSet<>(itemIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE bank_item SET exposure_count = exposure_count + 1 WHERE id IN (" + in + ")")
                .executeUpdate();
    }

    /** The content with its pictures inlined, for printing. */
    @Transactional
    public ItemContent withMediaInlined(ItemContent content) {
        return new MediaLibrary(em).inline(content);
    }
}
