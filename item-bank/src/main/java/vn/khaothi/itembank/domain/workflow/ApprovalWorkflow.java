package vn.khaothi.itembank.domain.workflow;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The approval state machine of an item (quy trình duyệt câu hỏi). The steps and who may take them:
 * <pre>
 * DRAFT          → SUBMITTED       the author, or a teacher/department head of the subject
 * SUBMITTED      → GROUP_APPROVED  the department head (tổ trưởng) of the subject — or, when she wrote
 *                                  the item, the principal (or a deputy under a delegation)
 * SUBMITTED      → DRAFT           the department head of the subject (sent back), or the author (withdrawn)
 * GROUP_APPROVED → PUBLISHED       the principal (hiệu trưởng), or a deputy under a delegation
 * GROUP_APPROVED → DRAFT           the principal or the department head of the subject (sent back)
 * PUBLISHED      → RETIRED         the principal or the department head of the subject
 * RETIRED        → DRAFT           the department head of the subject (to revise and re-approve)
 * </pre>
 * A step that is not in this table fails with {@link TransitionNotAllowedException} (409); a step
 * in the table taken by the wrong person fails with {@link RoleNotAllowedException} (403). The
 * status is checked first: asking for an impossible step is a conflict whoever asks. Four eyes:
 * the author never takes an approving step ({@link OwnWorkException}, 403 OWN_WORK).
 */
public final class ApprovalWorkflow {

    /** Facts about the item that decide who may act on it. */
    public record ItemFacts(String authorUsername, String subject, boolean authorHeadsSubject) {

        public ItemFacts(String authorUsername, String subject) {
            this(authorUsername, subject, false);
        }
    }

    /** {@code approves}: an approving step, which the author never takes (four eyes). */
    private record Step(ApprovalStatus from, ApprovalStatus to, String who, boolean approves,
                        BiPredicate<Actor, ItemFacts> may) {
    }

    private static final BiPredicate<Actor, ItemFacts> AUTHOR = (a, i) -> a.username().equals(i.authorUsername());
    private static final BiPredicate<Actor, ItemFacts> HEAD = (a, i) -> a.isHeadOf(i.subject());
    private static final BiPredicate<Actor, ItemFacts> PRINCIPAL = (a, i) -> a.approvesForThePrincipal();
    /** The group step: the head of the subject, unless she wrote it — then the principal takes it. */
    private static final BiPredicate<Actor, ItemFacts> GROUP = (a, i) -> i.authorHeadsSubject()
            ? a.approvesForThePrincipal() : a.isHeadOf(i.subject());

    private static final List<Step> STEPS = List.of(
            new Step(ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, "the author or a teacher of the subject", false,
                    AUTHOR.or((a, i) -> a.teaches(i.subject()))),
            new Step(ApprovalStatus.SUBMITTED, ApprovalStatus.GROUP_APPROVED,
                    "the department head of the subject (the principal when the head wrote it)", true, GROUP),
            new Step(ApprovalStatus.SUBMITTED, ApprovalStatus.DRAFT, "the department head of the subject or the author",
                    false, HEAD.or(AUTHOR).or(GROUP)),
            new Step(ApprovalStatus.GROUP_APPROVED, ApprovalStatus.PUBLISHED, "the principal", true, PRINCIPAL),
            new Step(ApprovalStatus.GROUP_APPROVED, ApprovalStatus.DRAFT,
                    "the principal or the department head of the subject", false, PRINCIPAL.or(HEAD)),
            new Step(ApprovalStatus.PUBLISHED, ApprovalStatus.RETIRED,
                    "the principal or the department head of the subject", false, PRINCIPAL.or(HEAD)),
            new Step(ApprovalStatus.RETIRED, ApprovalStatus.DRAFT, "the department head of the subject", false, HEAD));

    private ApprovalWorkflow() {
    }

    /**
     * The status after the step, or an exception saying why not.
     *
     * @throws TransitionNotAllowedException the step does not exist from {@code current}
     * @throws RoleNotAllowedException       {@code actor} may not take it
     */
    public static ApprovalStatus transition(ApprovalStatus current, ApprovalStatus to, Actor actor, ItemFacts item) {
        Step step = STEPS.stream().filter(s -> s.from() == current && s.to() == to).findFirst()
                .orElseThrow(() -> new TransitionNotAllowedException(current, to));
        if (step.approves() && AUTHOR.test(actor, item)) {
            throw new OwnWorkException("item", actor.username());
        }
        if (!step.may().test(actor, item)) {
            throw new RoleNotAllowedException(current + " → " + to + " may be done only by " + step.who()
                    + "; " + actor.username() + " may not");
        }
        return to;
    }

    /** Whether {@code actor} may take this step now (the checks of {@link #transition}, without throwing). */
    public static boolean may(ApprovalStatus current, ApprovalStatus to, Actor actor, ItemFacts item) {
        try {
            transition(current, to, actor, item);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** The statuses reachable from {@code current} in one step, whoever takes it. */
    public static List<ApprovalStatus> nextFrom(ApprovalStatus current) {
        return STEPS.stream().filter(s -> s.from() == current).map(Step::to).toList();
    }
}
