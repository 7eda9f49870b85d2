package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;

/**
 * Reads and writes the bank's rows for the application services (one per call, over the caller's
 * transaction). Items are written in chunks: persist the items, flush once so the database gives
 * them ids, then write their versions and history.
 */
public final class JpaItemStore {

    /** Clearing the context every chunk keeps a large import linear (EclipseLink checks every managed object on flush). */
    private static final int CHUNK = 500;

    private final EntityManager em;

    public JpaItemStore(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return em;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public List<CurriculumNode> nodes(String subject, int grade) {
        return em.createQuery("SELECT n FROM CurriculumNode n WHERE n.subjectCode = :s AND n.grade = :g "
                        + "ORDER BY n.position, n.id", CurriculumNode.class)
                .setParameter("s", subject).setParameter("g", grade).getResultList();
    }

    public Optional<CurriculumNode> node(String subject, int grade, String code) {
        return em.createQuery("SELECT n FROM CurriculumNode n WHERE n.subjectCode = :s AND n.grade = :g AND n.code = :c",
                        CurriculumNode.class)
                .setParameter("s", subject).setParameter("g", grade).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public CurriculumNode addNode(String subject, int grade, CurriculumNode parent, String code, String title) {
        var query = parent == null
                ? em.createNativeQuery("SELECT COALESCE(MAX(position), 0) FROM bank_curriculum_node "
                        + "WHERE subject_code = ?1 AND grade = ?2 AND parent_id IS NULL")
                : em.createNativeQuery("SELECT COALESCE(MAX(position), 0) FROM bank_curriculum_node "
                        + "WHERE subject_code = ?1 AND grade = ?2 AND parent_id = ?3").setParameter(3, parent.id());
        Number last = (Number) query.setParameter(1, subject).setParameter(2, grade).getSingleResult();
        CurriculumNode node = new CurriculumNode(subject, grade, parent == null ? null : parent.id(), code, title,
                last.intValue() + 1);
        em.persist(node);
        em.flush();
        return node;
    }

    /** One item to write: its placement, level, content and the first status with its note. */
    public record NewItem(String subject, int grade, CurriculumNode chapter, CurriculumNode lesson, CognitiveLevel level,
                          ItemContent content) {
    }

    /**
     * Writes items with version 1 and a creation record in the history; returns their ids in order.
     * Each item is flushed as it is persisted so that ids follow the file's order (EclipseLink
     * otherwise inserts a flush's new objects in no particular order); the persistence context is
     * cleared after every chunk so that flushing stays cheap on large imports.
     */
    public List<Long> addItems(List<NewItem> items, ApprovalStatus status, String actor, String note) {
        vn.khaothi.itembank.application.bank.MediaLibrary media = new vn.khaothi.itembank.application.bank.MediaLibrary(em);
        LocalDateTime now = now();
        List<Long> ids = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<NewItem> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            for (NewItem n : chunk) {
                // Pictures go to bank_media; the stored HTML refers to them by URL.
                ItemContent content = media.store(n.content(), actor);
                BankItem item = new BankItem(n.subject(), n.grade(), n.chapter(), n.lesson(), n.level(), status,
                        content, actor, now);
                item.nextVersion();
                em.persist(item);
                em.flush();
                ItemVersion version = new ItemVersion(item.id(), 1, n.level(), content, actor, now, note);
                em.persist(version);
                if (!media.hashesIn(content).isEmpty()) {
                    em.flush();
                    media.recordUse(version.id(), content);
                }
                em.persist(new ItemTransition(item.id(), null, status, actor, now, note));
                ids.add(item.id());
            }
            em.flush();
            em.clear();
        }
        return ids;
    }

    public Optional<BankItem> item(long id) {
        return Optional.ofNullable(em.find(BankItem.class, id));
    }

    public Optional<ItemVersion> version(long itemId, int versionNo) {
        return em.createQuery("SELECT v FROM ItemVersion v WHERE v.itemId = :i AND v.versionNo = :n", ItemVersion.class)
                .setParameter("i", itemId).setParameter("n", versionNo).getResultStream().findFirst();
    }

    public List<ItemVersion> versions(long itemId) {
        return em.createQuery("SELECT v FROM ItemVersion v WHERE v.itemId = :i ORDER BY v.versionNo", ItemVersion.class)
                .setParameter("i", itemId).getResultList();
    }

    public List<ItemTransition> history(long itemId) {
        return em.createQuery("SELECT t FROM ItemTransition t WHERE t.itemId = :i ORDER BY t.at, t.id", ItemTransition.class)
                .setParameter("i", itemId).getResultList();
    }

    public List<Long> enemiesOf(long itemId) {
        return em.createQuery("SELECT e FROM EnemyPair e WHERE e.itemId = :i OR e.enemyId = :i", EnemyPair.class)
                .setParameter("i", itemId).getResultStream().map(e -> e.other(itemId)).sorted().toList();
    }

    public Optional<CurriculumNode> nodeById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(CurriculumNode.class, id));
    }

    public long count(String subject, int grade) {
        return em.createQuery("SELECT COUNT(i) FROM BankItem i WHERE i.subjectCode = :s AND i.grade = :g", Long.class)
                .setParameter("s", subject).setParameter("g", grade).getSingleResult();
    }
}
