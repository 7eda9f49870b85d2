package vn.khaothi.itembank.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who approves a paper at which step, and four eyes (issue 11, finding 11: the probe's two cases). */
class PaperApprovalTest {

    private static final Actor TEACHER = new Actor("gv.toan", Set.of(Role.TEACHER), Set.of("MATH"));
    private static final Actor HEAD = new Actor("totruong.toan", Set.of(Role.DEPARTMENT_HEAD, Role.TEACHER), Set.of("MATH"));
    private static final Actor PRINCIPAL = new Actor("hieutruong", Set.of(Role.PRINCIPAL), Set.of());
    private static final Actor DELEGATED_DEPUTY = new Actor("phohieutruong", Set.of(Role.DEPUTY_PRINCIPAL), Set.of(), true);

    private static PaperApproval.PaperFacts paper(String status, String by, boolean byHead) {
        return new PaperApproval.PaperFacts(status, by, "MATH", byHead);
    }

    private static String step(PaperApproval.PaperFacts p, Actor a) {
        return PaperApproval.step(p, a, true).map(PaperApproval.Step::name).orElse("NOT_OPEN");
    }

    @Test
    void aTeachersPaperGoesToTheHeadThenThePrincipal() {
        assertEquals("GROUP", step(paper("DRAFT", "gv.toan", false), HEAD));
        assertEquals("PRINCIPAL", step(paper("GROUP_APPROVED", "gv.toan", false), PRINCIPAL));
        assertEquals("NOT_OPEN", step(paper("DRAFT", "gv.toan", false), PRINCIPAL), "first the head (409)");
        assertThrows(RoleNotAllowedException.class, () -> step(paper("DRAFT", "gv.toan", false), TEACHER));
    }

    @Test
    void theHeadNeverGroupApprovesHerOwnPaper() {
        OwnWorkException e = assertThrows(OwnWorkException.class, () -> step(paper("DRAFT", "totruong.toan", true), HEAD));
        assertEquals("OWN_WORK", e.code());
        assertEquals("GROUP", step(paper("DRAFT", "totruong.toan", true), PRINCIPAL), "the principal takes the group step");
        assertEquals("GROUP", step(paper("DRAFT", "totruong.toan", true), DELEGATED_DEPUTY));
        assertEquals("PRINCIPAL", step(paper("GROUP_APPROVED", "totruong.toan", true), PRINCIPAL));
    }

    @Test
    void thePrincipalNeverApprovesAPaperHeMade() {
        assertThrows(OwnWorkException.class, () -> step(paper("GROUP_APPROVED", "hieutruong", false), PRINCIPAL));
        assertEquals("PRINCIPAL", step(paper("GROUP_APPROVED", "hieutruong", false), DELEGATED_DEPUTY));
        Optional<PaperApproval.Step> reject = PaperApproval.step(paper("GROUP_APPROVED", "hieutruong", false), PRINCIPAL, false);
        assertTrue(reject.isPresent(), "withdrawing (rejecting) one's own paper stays allowed");
    }
}
