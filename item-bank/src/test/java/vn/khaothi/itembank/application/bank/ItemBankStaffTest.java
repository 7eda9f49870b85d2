package vn.khaothi.itembank.application.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.school.InMemoryStaffDirectory;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * What the bank learns from the school's directory (the engine's, here an in-memory one): the
 * subjects of the person behind a request, a deputy's delegation, and the school's subjects.
 */
class ItemBankStaffTest {

    private final InMemoryStaffDirectory directory = new InMemoryStaffDirectory()
            .subject("MATH", "Toán", "Mathematics").subject("PHYS", "Vật lí", "Physics").subject("LIT", "Ngữ văn", "Literature")
            .teaches("gv.toan", "MATH")
            .teaches("tt.tunhien", "PHYS").heads("tt.tunhien", "MATH", "PHYS")
            .delegated("pho.hieutruong", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)))
            .delegated("pho.cu", Instant.now().minus(Duration.ofDays(9)), Instant.now().minus(Duration.ofDays(1)));

    private ItemBank bank() {
        ItemBank bank = new ItemBank();
        bank.staff = directory;
        return bank;
    }

    @Test
    void anActorTeachesTheSubjectsTheyTeachAndThoseTheirGroupCovers() {
        Actor head = bank().actor("tt.tunhien", Set.of("DEPARTMENT_HEAD", "NOT_A_ROLE"));
        assertEquals(Set.of("MATH", "PHYS"), head.subjects());
        assertEquals(Set.of(Role.DEPARTMENT_HEAD), head.roles());
        assertTrue(head.isHeadOf("MATH"));

        Actor teacher = bank().actor("gv.toan", Set.of("TEACHER"));
        assertTrue(teacher.teaches("MATH"));
        assertFalse(teacher.teaches("PHYS"));
        assertEquals(Set.of(), bank().actor("stranger", Set.of("TEACHER")).subjects());
    }

    @Test
    void onlyADeputyUnderACurrentDelegationApprovesForThePrincipal() {
        assertTrue(bank().actor("pho.hieutruong", Set.of("DEPUTY_PRINCIPAL")).approvesForThePrincipal());
        assertFalse(bank().actor("pho.cu", Set.of("DEPUTY_PRINCIPAL")).approvesForThePrincipal(), "delegation ended");
        assertFalse(bank().actor("pho.hieutruong", Set.of("TEACHER")).delegatedApprover(), "not a deputy");
    }

    @Test
    void theSchoolsSubjectsInTheSchoolsOrder() {
        assertEquals(List.of(new Views.Subject("MATH", "Toán", "Mathematics"), new Views.Subject("PHYS", "Vật lí", "Physics"),
                new Views.Subject("LIT", "Ngữ văn", "Literature")), bank().subjects());
        assertTrue(directory.subjectExists("LIT"));
        assertFalse(directory.subjectExists("lit"), "codes are exact");
        assertFalse(directory.subjectExists(null));
    }
}
