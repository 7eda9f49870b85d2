package vn.khaothi.itembank.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.khaothi.itembank.domain.workflow.ApprovalStatus.DRAFT;
import static vn.khaothi.itembank.domain.workflow.ApprovalStatus.GROUP_APPROVED;
import static vn.khaothi.itembank.domain.workflow.ApprovalStatus.PUBLISHED;
import static vn.khaothi.itembank.domain.workflow.ApprovalStatus.RETIRED;
import static vn.khaothi.itembank.domain.workflow.ApprovalStatus.SUBMITTED;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One item walked through its whole approval life, and the two ways a step can be refused. */
class ApprovalWorkflowTest {

    private static final ApprovalWorkflow.ItemFacts ITEM = new ApprovalWorkflow.ItemFacts("gv.toan", "MATH");
    private static final Actor AUTHOR = new Actor("gv.toan", Set.of(Role.TEACHER), Set.of("MATH"));
    private static final Actor OTHER_TEACHER = new Actor("gv.van", Set.of(Role.TEACHER), Set.of("LITERATURE"));
    private static final Actor HEAD = new Actor("totruong.toan", Set.of(Role.DEPARTMENT_HEAD, Role.TEACHER), Set.of("MATH"));
    private static final Actor OTHER_HEAD = new Actor("totruong.van", Set.of(Role.DEPARTMENT_HEAD), Set.of("LITERATURE"));
    private static final Actor PRINCIPAL = new Actor("hieutruong", Set.of(Role.PRINCIPAL), Set.of());

    @Test
    void wholeLife() {
        ApprovalStatus s = ApprovalWorkflow.transition(DRAFT, SUBMITTED, AUTHOR, ITEM);
        s = ApprovalWorkflow.transition(s, GROUP_APPROVED, HEAD, ITEM);
        s = ApprovalWorkflow.transition(s, PUBLISHED, PRINCIPAL, ITEM);
        s = ApprovalWorkflow.transition(s, RETIRED, HEAD, ITEM);
        s = ApprovalWorkflow.transition(s, DRAFT, HEAD, ITEM);
        assertEquals(DRAFT, s);
    }

    @Test
    void theWrongPersonIsRefusedAsARoleProblem() {
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(DRAFT, SUBMITTED, OTHER_TEACHER, ITEM));
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, AUTHOR, ITEM));
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, OTHER_HEAD, ITEM));
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(GROUP_APPROVED, PUBLISHED, HEAD, ITEM));
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(PUBLISHED, RETIRED, AUTHOR, ITEM));
    }

    @Test
    void aStepThatDoesNotExistIsAConflictWhoeverAsks() {
        TransitionNotAllowedException e = assertThrows(TransitionNotAllowedException.class,
                () -> ApprovalWorkflow.transition(DRAFT, PUBLISHED, PRINCIPAL, ITEM));
        assertEquals(DRAFT, e.from());
        assertEquals(PUBLISHED, e.to());
        assertThrows(TransitionNotAllowedException.class, () -> ApprovalWorkflow.transition(DRAFT, GROUP_APPROVED, HEAD, ITEM));
        assertThrows(TransitionNotAllowedException.class, () -> ApprovalWorkflow.transition(PUBLISHED, DRAFT, HEAD, ITEM));
        assertThrows(TransitionNotAllowedException.class, () -> ApprovalWorkflow.transition(SUBMITTED, SUBMITTED, AUTHOR, ITEM));
        assertThrows(TransitionNotAllowedException.class, () -> ApprovalWorkflow.transition(RETIRED, PUBLISHED, PRINCIPAL, ITEM));
    }

    @Test
    void sendingBack() {
        assertEquals(DRAFT, ApprovalWorkflow.transition(SUBMITTED, DRAFT, AUTHOR, ITEM));
        assertEquals(DRAFT, ApprovalWorkflow.transition(GROUP_APPROVED, DRAFT, PRINCIPAL, ITEM));
        assertEquals(java.util.List.of(SUBMITTED), ApprovalWorkflow.nextFrom(DRAFT));
    }

    // ---- four eyes (issue 11, finding 11) -------------------------------------------------------

    private static final ApprovalWorkflow.ItemFacts HEADS_OWN = new ApprovalWorkflow.ItemFacts("totruong.toan", "MATH", true);
    private static final ApprovalWorkflow.ItemFacts PRINCIPALS_OWN = new ApprovalWorkflow.ItemFacts("hieutruong", "MATH");
    private static final Actor DEPUTY = new Actor("phohieutruong", Set.of(Role.DEPUTY_PRINCIPAL), Set.of(), false);
    private static final Actor DELEGATED_DEPUTY = new Actor("phohieutruong", Set.of(Role.DEPUTY_PRINCIPAL), Set.of(), true);

    @Test
    void theHeadNeverGroupApprovesHerOwnItemTheprincipalTakesThatStep() {
        OwnWorkException own = assertThrows(OwnWorkException.class,
                () -> ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, HEAD, HEADS_OWN));
        assertEquals("OWN_WORK", own.code());
        assertEquals(GROUP_APPROVED, ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, PRINCIPAL, HEADS_OWN));
        assertEquals(GROUP_APPROVED, ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, DELEGATED_DEPUTY, HEADS_OWN));
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, DEPUTY, HEADS_OWN),
                "a deputy without a delegation may not");
        assertThrows(RoleNotAllowedException.class, () -> ApprovalWorkflow.transition(SUBMITTED, GROUP_APPROVED, PRINCIPAL, ITEM),
                "when a teacher wrote it, the group step stays the head's");
        assertEquals(PUBLISHED, ApprovalWorkflow.transition(GROUP_APPROVED, PUBLISHED, PRINCIPAL, HEADS_OWN));
    }

    @Test
    void thePrincipalNeverPublishesHisOwnItemADelegatedDeputyDoes() {
        assertThrows(OwnWorkException.class, () -> ApprovalWorkflow.transition(GROUP_APPROVED, PUBLISHED, PRINCIPAL, PRINCIPALS_OWN));
        assertEquals(PUBLISHED, ApprovalWorkflow.transition(GROUP_APPROVED, PUBLISHED, DELEGATED_DEPUTY, PRINCIPALS_OWN));
        assertEquals(DRAFT, ApprovalWorkflow.transition(GROUP_APPROVED, DRAFT, PRINCIPAL, PRINCIPALS_OWN),
                "sending one's own work back is not approving it");
    }
}
