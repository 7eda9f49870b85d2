package vn.khaothi.engine.domain.paper;

import java.util.List;
import java.util.function.BiPredicate;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.OwnWorkException;
import vn.khaothi.itembank.domain.workflow.RoleNotAllowedException;

/**
 * A paper (đề kiểm tra) as its approval sees it, with the steps as a table like the items'
 * {@code ApprovalWorkflow} (duyệt đề):
 * <pre>
 * DRAFT          → GROUP_APPROVED  GROUP step      the department head of the subject — or, when she
 *                                                  made the paper, the principal (or a deputy under a
 *                                                  delegation)
 * GROUP_APPROVED → APPROVED        PRINCIPAL step  the principal, or a deputy under a delegation
 * either         → REJECTED        the same person refusing at that step
 * </pre>
 * APPROVED and REJECTED are final: an approved paper never changes (a change is a new paper that
 * supersedes it). Four eyes: whoever made the paper never approves it at any step (403 OWN_WORK);
 * a rejection by its maker is a withdrawal and stays allowed. Someone who may take no step of the
 * paper is told so (403); the right person at the wrong moment finds no open step (409,
 * {@link IllegalPaperTransition}). Every command checks first and changes nothing when refused.
 */
public final class Paper {

    /** A step of the table: its name as recorded in {@code paper_approval.step}. */
    private record Step(String name, PaperStatus from, PaperStatus approved, String who, BiPredicate<Actor, Paper> may) {
    }

    private static final BiPredicate<Actor, Paper> GROUP = (a, p) -> p.creatorHeadsSubject
            ? a.approvesForThePrincipal() : a.isHeadOf(p.subject);
    private static final BiPredicate<Actor, Paper> PRINCIPAL = (a, p) -> a.approvesForThePrincipal();

    private static final List<Step> STEPS = List.of(
            new Step("GROUP", PaperStatus.DRAFT, PaperStatus.GROUP_APPROVED,
                    "the department head of the subject (the principal when the head made the paper)", GROUP),
            new Step("PRINCIPAL", PaperStatus.GROUP_APPROVED, PaperStatus.APPROVED, "the principal", PRINCIPAL));

    /** A decision taken: the step's name as recorded, the statuses before and after, approved or refused. */
    public record Decision(String step, PaperStatus from, PaperStatus to, boolean approved) {
    }

    private final long id;
    private final String createdBy;
    private final String subject;
    private final boolean creatorHeadsSubject;
    private PaperStatus status;

    /**
     * @param creatorHeadsSubject the maker heads the subject group: then the principal takes the group step
     */
    public Paper(long id, PaperStatus status, String createdBy, String subject, boolean creatorHeadsSubject) {
        this.id = id;
        this.status = status;
        this.createdBy = createdBy;
        this.subject = subject;
        this.creatorHeadsSubject = creatorHeadsSubject;
    }

    /**
     * Approves or refuses at the step open now, and moves the status.
     *
     * @throws OwnWorkException        the maker approves their own paper
     * @throws RoleNotAllowedException this person takes no step of this paper at all
     * @throws IllegalPaperTransition  none of their steps is open at this status
     */
    public Decision decide(Actor actor, boolean approve) {
        Step open = openStep(actor, approve);
        PaperStatus from = status;
        status = approve ? open.approved() : PaperStatus.REJECTED;
        return new Decision(open.name(), from, status, approve);
    }

    /** The checks of {@link #decide}, in the order the contract answers them (403 before 409). */
    private Step openStep(Actor actor, boolean approve) {
        boolean stepOpen = STEPS.stream().anyMatch(s -> s.from() == status);
        if (stepOpen && approve && actor.username().equals(createdBy)) {
            throw new OwnWorkException("paper", actor.username());
        }
        List<Step> theirs = STEPS.stream().filter(s -> s.may().test(actor, this)).toList();
        if (theirs.isEmpty()) {
            throw new RoleNotAllowedException("Papers are approved by the department head of " + subject
                    + " and then by the principal; " + actor.username() + " may not");
        }
        return theirs.stream().filter(s -> s.from() == status).findFirst()
                .orElseThrow(() -> new IllegalPaperTransition(status));
    }

    public long id() {
        return id;
    }

    public PaperStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public String subject() {
        return subject;
    }

    /** Only an approved paper may be used by a sitting. */
    public boolean usable() {
        return status == PaperStatus.APPROVED;
    }
}
