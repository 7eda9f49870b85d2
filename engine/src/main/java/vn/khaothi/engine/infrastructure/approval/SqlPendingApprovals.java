package vn.khaothi.engine.infrastructure.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.engine.application.approval.PendingApprovals;

/**
 * {@link PendingApprovals} in native SQL over {@code bank_item} (with its current version's stem),
 * {@code paper} and the school's heads of groups, through the container's entity manager (the
 * caller's JTA transaction).
 */
@ApplicationScoped
public class SqlPendingApprovals implements PendingApprovals {

    /** The subjects whose group the person heads. */
    private static final String HEADS = """
            SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
              JOIN subject_group g ON g.head_teacher_id = t.id
              JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
             WHERE a.username = ?1""";

    /** Written by a head of its subject: the group step is the principal's. */
    private static final String BY_HEAD = """
            EXISTS (SELECT 1 FROM account a2 JOIN teacher t2 ON t2.account_id = a2.id
              JOIN subject_group g2 ON g2.head_teacher_id = t2.id
              JOIN subject_group_subject gs2 ON gs2.subject_group_id = g2.id JOIN subject s2 ON s2.id = gs2.subject_id
             WHERE a2.username = %s AND s2.code = %s)""";

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public SqlPendingApprovals() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public SqlPendingApprovals(EntityManager em) {
        this.em = em;
    }

    /** The WHERE clause after "author/maker is not the person": what waits in {@code waiting} and GROUP_APPROVED. */
    static String waitingFor(String alias, String waiting, String author, boolean forPrincipal) {
        String byHead = BY_HEAD.formatted(alias + "." + author, alias + ".subject_code");
        return "((" + alias + ".status = '" + waiting + "' AND " + alias + ".subject_code IN (" + HEADS + ") AND NOT "
                + byHead + ")"
                + (forPrincipal ? " OR " + alias + ".status = 'GROUP_APPROVED' OR (" + alias + ".status = '" + waiting
                + "' AND " + byHead + ")" : "")
                + ")";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Pending> items(String username, boolean forPrincipal, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.subject_code, i.grade, i.status, i.author, v.content"
                        + " FROM bank_item i LEFT JOIN bank_item_version v ON v.item_id = i.id AND v.version_no = i.current_version"
                        + " WHERE i.author <> ?2 AND " + waitingFor("i", "SUBMITTED", "author", forPrincipal)
                        + " ORDER BY i.id DESC LIMIT " + max)
                .setParameter(1, username).setParameter(2, username).getResultList();
        List<Pending> found = new ArrayList<>();
        for (Object[] r : rows) {
            found.add(new Pending(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                    StemPreview.of(r[5] == null ? null : String.valueOf(r[5])), (String) r[4]));
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Pending> papers(String username, boolean forPrincipal, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.subject_code, p.grade, p.status, p.created_by, p.title"
                        + " FROM paper p WHERE p.created_by <> ?2 AND " + waitingFor("p", "DRAFT", "created_by", forPrincipal)
                        + " ORDER BY p.id DESC LIMIT " + max)
                .setParameter(1, username).setParameter(2, username).getResultList();
        List<Pending> found = new ArrayList<>();
        for (Object[] r : rows) {
            found.add(new Pending(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                    (String) r[5], (String) r[4]));
        }
        return found;
    }
}
