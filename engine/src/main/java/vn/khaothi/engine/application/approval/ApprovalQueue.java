package vn.khaothi.engine.application.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.domain.workflow.Actor;

/**
 * What waits for a person's approval (issue 17, point 4), newest first: items SUBMITTED in the subjects whose group
 * they head (or, as the principal or a deputy under a MATERIALS_APPROVAL delegation, those written by
 * a head), items GROUP_APPROVED, papers in DRAFT for their group and papers GROUP_APPROVED for the principal.
 * Four eyes: a person's own work is not in their queue. The rows come from {@link PendingApprovals}.
 */
@ApplicationScoped
public class ApprovalQueue {

    /** One entry: {@code kind} ITEM or PAPER, with where it is and what it says. */
    public record Entry(String kind, long id, String subject, int grade, String status, String title, String author,
                        String link) {
    }

    /** How many entries at most: the queue is a work list, the bank and papers pages list the rest. */
    public static final int MAX = 200;

    @Inject
    PendingApprovals pending;

    /** For CDI. */
    public ApprovalQueue() {
    }

    /** Outside the container (unit tests). */
    public ApprovalQueue(PendingApprovals pending) {
        this.pending = pending;
    }

    @Transactional
    public List<Entry> of(Actor actor) {
        boolean principal = actor.approvesForThePrincipal();
        List<Entry> found = new ArrayList<>();
        for (PendingApprovals.Pending p : pending.items(actor.username(), principal, MAX)) {
            found.add(new Entry("ITEM", p.id(), p.subject(), p.grade(), p.status(), p.title(), p.author(),
                    "bank.html#item=" + p.id()));
        }
        for (PendingApprovals.Pending p : pending.papers(actor.username(), principal, MAX)) {
            found.add(new Entry("PAPER", p.id(), p.subject(), p.grade(), p.status(), p.title(), p.author(),
                    "papers.html#paper=" + p.id()));
        }
        return found;
    }
}
