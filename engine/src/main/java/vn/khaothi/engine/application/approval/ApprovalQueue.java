package vn.khaothi.engine.application.approval;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.domain.workflow.Actor;

/**
 * What waits for a person's approval (issue 17, point 4), newest first: items SUBMITTED in the subjects whose group
 * they head (or, as the principal or a deputy under a MATERIALS_APPROVAL delegation, those written by
 * a head), items GROUP_APPROVED, papers in DRAFT for their group and papers GROUP_APPROVED for the principal.
 * Four eyes: a person's own work is not in their queue.
 */
@ApplicationScoped
public class ApprovalQueue {

    /** One entry: {@code kind} ITEM or PAPER, with where it is and what it says. */
    public record Entry(String kind, long id, String subject, int grade, String status, String title, String author,
                        String link) {
    }

    /** How many entries at most: the queue is a work list, the bank and papers pages list the rest. */
    public static final int MAX = 200;

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Entry> of(Actor actor) {
        List<Entry> found = new ArrayList<>();
        String heads = """
                SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.username = ?1""";
        // Written by a head of its subject: the group step is the principal's.
        String byHead = """
                EXISTS (SELECT 1 FROM account a2 JOIN teacher t2 ON t2.account_id = a2.id
                  JOIN subject_group g2 ON g2.head_teacher_id = t2.id
                  JOIN subject_group_subject gs2 ON gs2.subject_group_id = g2.id JOIN subject s2 ON s2.id = gs2.subject_id
                 WHERE a2.username = %s AND s2.code = %s)""";
        String itemBase = "SELECT i.id, i.subject_code, i.grade, i.status, i.author FROM bank_item i WHERE i.author <> ?2 AND ";
        String paperBase = "SELECT p.id, p.subject_code, p.grade, p.status, p.created_by, p.title FROM paper p WHERE p.created_by <> ?2 AND ";
        boolean principal = actor.approvesForThePrincipal();
        List<Object[]> items = em.createNativeQuery(itemBase + "((i.status = 'SUBMITTED' AND i.subject_code IN (" + heads
                        + ") AND NOT " + byHead.formatted("i.author", "i.subject_code") + ")"
                        + (principal ? " OR i.status = 'GROUP_APPROVED' OR (i.status = 'SUBMITTED' AND "
                        + byHead.formatted("i.author", "i.subject_code") + ")" : "")
                        + ") ORDER BY i.id DESC LIMIT " + MAX)
                .setParameter(1, actor.username()).setParameter(2, actor.username()).getResultList();
        for (Object[] r : items) {
            long id = ((Number) r[0]).longValue();
            found.add(new Entry("ITEM", id, (String) r[1], ((Number) r[2]).intValue(), (String) r[3], stem(id),
                    (String) r[4], "bank.html#item=" + id));
        }
        List<Object[]> papers = em.createNativeQuery(paperBase + "((p.status = 'DRAFT' AND p.subject_code IN (" + heads
                        + ") AND NOT " + byHead.formatted("p.created_by", "p.subject_code") + ")"
                        + (principal ? " OR p.status = 'GROUP_APPROVED' OR (p.status = 'DRAFT' AND "
                        + byHead.formatted("p.created_by", "p.subject_code") + ")" : "")
                        + ") ORDER BY p.id DESC LIMIT " + MAX)
                .setParameter(1, actor.username()).setParameter(2, actor.username()).getResultList();
        for (Object[] r : papers) {
            long id = ((Number) r[0]).longValue();
            found.add(new Entry("PAPER", id, (String) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[5],
                    (String) r[4], "papers.html#paper=" + id));
        }
        return found;
    }

    private String stem(long itemId) {
        List<?> rows = em.createNativeQuery("SELECT v.content FROM bank_item_version v JOIN bank_item i ON i.id = v.item_id"
                + " AND v.version_no = i.current_version WHERE i.id = ?1").setParameter(1, itemId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return "";
        }
        try (var reader = JSON.createReader(new java.io.StringReader(String.valueOf(rows.get(0))))) {
            String html = reader.readObject().getString("stem", "");
            String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return text.length() > 100 ? text.substring(0, 99) + "…" : text;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
