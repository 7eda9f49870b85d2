package vn.khaothi.itembank.domain.workflow;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The approval state machine of an item (quy trình duyệt câu hỏi). The steps and who may take them:
 * <pre>
 * DRAFT          → SUBMITTED       the author, or a teacher/department head of the subject
 * SUBMITTED      → GROUP_APPROVED  the department head (tổ trưởng) of the subject
 * SUBMITTED      → DRAFT           the department head of the subject (sent back), or the author (withdrawn)
 * GROUP_APPROVED → PUBLISHED       the principal (hiệu trưởng)
 * GROUP_APPROVED → DRAFT           the principal or the department head of the subject (sent back)
 * PUBLISHED      → RETIRED         the principal or the department head of the subject
 * RETIRED        → DRAFT           the department head of the subject (to revise and re-approve)
 * </pre>
 * A step that is not in this table fails with {@link TransitionNotAllowedException} (409); a step
 * in the table taken by the wrong person fails with {@link RoleNotAllowedException} (403). The
 * status is checked first: asking for an impossible step is a conflict whoever asks.
 */
public final class ApprovalWorkflow {

    /** Facts about the item that decide who may act on it. */
    public record ItemFacts(String authorUsername, String subject) {
    }

    private record Step(ApprovalStatus from, ApprovalStatus to, String who, BiPredicate<Actor, ItemFacts> may) {
    }

    private static final BiPredicate<Actor, ItemFacts> AUTHOR = (a, i) -> a.username().equals(i.authorUsername());
    private static final BiPredicate<Actor, ItemFacts> HEAD = (a, i) -> a.isHeadOf(i.subject());
    private static final BiPredicate<Actor, ItemFacts> PRINCIPAL = (a, i) -> a.has(Role.PRINCIPAL);

    private static final List<Step> STEPS = List.of(
            new Step(ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, "the author or a teacher of the subject",
                    AUTHOR.or((a, i) -> a.teaches(i.subject()))),
            new Step(ApprovalStatus.SUBMITTED, ApprovalStatus.GROUP_APPROVED, "the department head of the subject", HEAD),
            new Step(ApprovalStatus.SUBMITTED, ApprovalStatus.DRAFT, "the department head of the subject or the author",
                    HEAD.or(AUTHOR)),
            new Step(ApprovalStatus.GROUP_APPROVED, ApprovalStatus.PUBLISHED, "the principal", PRINCIPAL),
            new Step(ApprovalStatus.GROUP_APPROVED, ApprovalStatus.DRAFT,
                    "the principal or the department head of the subject", PRINCIPAL.or(HEAD)),
            new Step(ApprovalStatus.PUBLISHED, ApprovalStatus.RETIRED,
                    "the principal or the department head of the subject", PRINCIPAL.or(HEAD)),
            new Step(ApprovalStatus.RETIRED, ApprovalStatus.DRAFT, "the department head of the subject", HEAD));

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
        if (!step.may().test(actor, item)) {
            throw new RoleNotAllowedException(current + " → " + to + " may be done only by " + step.who()
                    + "; " + actor.username() + " may not");
        }
        return to;
    }

    /** The statuses reachable from {@code current} in one step, whoever takes it. */
    public static List<ApprovalStatus> nextFrom(ApprovalStatus current) {
        return STEPS.stream().filter(s -> s.from() == current).map(Step::to).toList();
    }
}
