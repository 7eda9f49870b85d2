package vn.khaothi.itembank.domain.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Who approves a paper at which step (duyệt đề), as a table like {@link ApprovalWorkflow}:
 * <pre>
 * DRAFT          → GROUP step      the department head of the subject — or, when she made the
 *                                  paper, the principal (or a deputy under a delegation)
 * GROUP_APPROVED → PRINCIPAL step  the principal, or a deputy under a delegation
 * </pre>
 * Four eyes: whoever made the paper never approves it at any step (403 OWN_WORK); a rejection by
 * its maker is a withdrawal and stays allowed. Someone who may take no step of the paper is told
 * so (403); the right person at the wrong moment finds no open step (409, empty here).
 */
public final class PaperApproval {

    /** Facts about the paper that decide who may act on it. */
    public record PaperFacts(String status, String createdBy, String subject, boolean creatorHeadsSubject) {
    }

    /** The step taken: its name as recorded, and the status after an approval. */
    public record Step(String name, String from, String approvedStatus, String who,
                       BiPredicate<Actor, PaperFacts> may) {
    }

    private static final BiPredicate<Actor, PaperFacts> GROUP = (a, p) -> p.creatorHeadsSubject()
            ? a.approvesForThePrincipal() : a.isHeadOf(p.subject());
    private static final BiPredicate<Actor, PaperFacts> PRINCIPAL = (a, p) -> a.approvesForThePrincipal();

    private static final List<Step> STEPS = List.of(
            new Step("GROUP", "DRAFT", "GROUP_APPROVED",
                    "the department head of the subject (the principal when the head made the paper)", GROUP),
            new Step("PRINCIPAL", "GROUP_APPROVED", "APPROVED", "the principal", PRINCIPAL));

    private PaperApproval() {
    }

    /**
     * The step this person takes now, or empty when none of their steps is open at this status.
     *
     * @throws OwnWorkException         the maker approves their own paper
     * @throws RoleNotAllowedException  this person takes no step of this paper at all
     */
    public static Optional<Step> step(PaperFacts paper, Actor actor, boolean approve) {
        boolean stepOpen = STEPS.stream().anyMatch(s -> s.from().equals(paper.status()));
        if (stepOpen && approve && actor.username().equals(paper.createdBy())) {
            throw new OwnWorkException("paper", actor.username());
        }
        List<Step> theirs = STEPS.stream().filter(s -> s.may().test(actor, paper)).toList();
        if (theirs.isEmpty()) {
            throw new RoleNotAllowedException("Papers are approved by the department head of " + paper.subject()
                    + " and then by the principal; " + actor.username() + " may not");
        }
        return theirs.stream().filter(s -> s.from().equals(paper.status())).findFirst();
    }
}
