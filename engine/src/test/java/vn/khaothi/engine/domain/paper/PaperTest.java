package vn.khaothi.engine.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.OwnWorkException;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.RoleNotAllowedException;

/** Who approves a paper at which step, four eyes, and the statuses it moves through (issues 11 and 12). */
class PaperTest {

    private static final Actor TEACHER = new Actor("gv.toan", Set.of(Role.TEACHER), Set.of("MATH"));
    private static final Actor HEAD = new Actor("totruong.toan", Set.of(Role.DEPARTMENT_HEAD, Role.TEACHER), Set.of("MATH"));
    private static final Actor OTHER_HEAD = new Actor("totruong.van", Set.of(Role.DEPARTMENT_HEAD, Role.TEACHER), Set.of("LIT"));
    private static final Actor PRINCIPAL = new Actor("hieutruong", Set.of(Role.PRINCIPAL), Set.of());
    private static final Actor DELEGATED_DEPUTY = new Actor("phohieutruong", Set.of(Role.DEPUTY_PRINCIPAL), Set.of(), true);

    private static Paper paper(PaperStatus status, String by, boolean byHead) {
        return new Paper(7, status, by, "MATH", byHead);
    }

    private static String step(Paper p, Actor a) {
        try {
            return p.decide(a, true).step();
        } catch (IllegalPaperTransition notOpen) {
            return "NOT_OPEN";
        }
    }

    @Test
    void aTeachersPaperGoesToTheHeadThenThePrincipal() {
        Paper p = paper(PaperStatus.DRAFT, "gv.toan", false);
        assertEquals(new Paper.Decision("GROUP", PaperStatus.DRAFT, PaperStatus.GROUP_APPROVED, true), p.decide(HEAD, true));
        assertFalse(p.usable(), "the group step alone does not make it usable by a sitting");
        assertEquals(new Paper.Decision("PRINCIPAL", PaperStatus.GROUP_APPROVED, PaperStatus.APPROVED, true),
                p.decide(PRINCIPAL, true));
        assertEquals(PaperStatus.APPROVED, p.status());
        assertTrue(p.usable());
    }

    @Test
    void stepsAreTakenInOrderAndTheEndsAreFinal() {
        assertEquals("NOT_OPEN", step(paper(PaperStatus.DRAFT, "gv.toan", false), PRINCIPAL), "first the head (409)");
        assertEquals("NOT_OPEN", step(paper(PaperStatus.GROUP_APPROVED, "gv.toan", false), HEAD), "then the principal");
        assertEquals("NOT_OPEN", step(paper(PaperStatus.APPROVED, "gv.toan", false), PRINCIPAL), "approved is final");
        assertEquals("NOT_OPEN", step(paper(PaperStatus.REJECTED, "gv.toan", false), HEAD), "rejected is final");
        Paper approved = paper(PaperStatus.APPROVED, "gv.toan", false);
        IllegalPaperTransition e = assertThrows(IllegalPaperTransition.class, () -> approved.decide(PRINCIPAL, false));
        assertEquals(vn.khaothi.itembank.domain.Refusal.Kind.CONFLICT, e.kind());
        assertEquals("CONFLICT", e.code());
        assertEquals("The paper is APPROVED: that approval step is not open now (first the department head, then the"
                + " principal)", e.getMessage());
        assertEquals(PaperStatus.APPROVED, approved.status(), "a refused command changes nothing");
    }

    @Test
    void aRefusalAtEitherStepRejects() {
        Paper draft = paper(PaperStatus.DRAFT, "gv.toan", false);
        assertEquals(new Paper.Decision("GROUP", PaperStatus.DRAFT, PaperStatus.REJECTED, false), draft.decide(HEAD, false));
        Paper grouped = paper(PaperStatus.GROUP_APPROVED, "gv.toan", false);
        assertEquals(new Paper.Decision("PRINCIPAL", PaperStatus.GROUP_APPROVED, PaperStatus.REJECTED, false),
                grouped.decide(DELEGATED_DEPUTY, false));
        assertFalse(grouped.usable());
    }

    @Test
    void whoeverTakesNoStepIsForbiddenWhateverTheStatus() {
        Paper p = paper(PaperStatus.DRAFT, "co.lan", false);
        RoleNotAllowedException teacher = assertThrows(RoleNotAllowedException.class, () -> p.decide(TEACHER, true));
        assertEquals("FORBIDDEN", teacher.code());
        assertThrows(RoleNotAllowedException.class, () -> p.decide(OTHER_HEAD, true), "the head of another subject");
        assertThrows(RoleNotAllowedException.class,
                () -> paper(PaperStatus.APPROVED, "co.lan", false).decide(TEACHER, false), "403 before 409");
        assertEquals(PaperStatus.DRAFT, p.status());
    }

    @Test
    void theHeadNeverGroupApprovesHerOwnPaper() {
        Paper own = paper(PaperStatus.DRAFT, "totruong.toan", true);
        OwnWorkException e = assertThrows(OwnWorkException.class, () -> own.decide(HEAD, true));
        assertEquals("OWN_WORK", e.code());
        assertEquals(PaperStatus.DRAFT, own.status(), "a refused approval changes nothing");
        assertEquals("GROUP", step(paper(PaperStatus.DRAFT, "totruong.toan", true), PRINCIPAL),
                "the principal takes the group step");
        assertEquals("GROUP", step(paper(PaperStatus.DRAFT, "totruong.toan", true), DELEGATED_DEPUTY));
        assertEquals("PRINCIPAL", step(paper(PaperStatus.GROUP_APPROVED, "totruong.toan", true), PRINCIPAL));
    }

    @Test
    void thePrincipalNeverApprovesAPaperHeMadeButMayWithdrawIt() {
        assertThrows(OwnWorkException.class, () -> paper(PaperStatus.GROUP_APPROVED, "hieutruong", false).decide(PRINCIPAL, true));
        assertEquals("PRINCIPAL", step(paper(PaperStatus.GROUP_APPROVED, "hieutruong", false), DELEGATED_DEPUTY));
        Paper own = paper(PaperStatus.GROUP_APPROVED, "hieutruong", false);
        assertEquals(PaperStatus.REJECTED, own.decide(PRINCIPAL, false).to(),
                "withdrawing (rejecting) one's own paper stays allowed");
    }
}
