package vn.khaothi.engine.application.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.SchoolDirectory;
import vn.khaothi.itembank.application.assembly.AssemblyMode;
import vn.khaothi.itembank.application.assembly.ExposurePolicy;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt22.PeriodicDuration;

/**
 * The TT22 Art. 7 duration of a periodic test is the paper service's rule (issue 12: no web resource
 * asks TT22 itself): refused before anything is read of the bank or stored, without a container.
 */
class PaperDurationTest {

    /** Mathematics at grade 9: 140 periods a year; not taught at grade 5. */
    private static final SchoolDirectory SCHOOL = new SchoolDirectory() {
        @Override
        public Optional<SubjectView> subject(String code) {
            return "MATH".equals(code) ? Optional.of(new SubjectView("MATH", "Toán", "Mathematics", false,
                    List.of(new OfferingView(9, 140)))) : Optional.empty();
        }
    };

    private static final Actor TEACHER = new Actor("gv.toan", Set.of(Role.TEACHER), Set.of("MATH"));

    private final PaperService papers = new PaperService();

    {
        papers.school = SCHOOL;
    }

    private static PaperRequest request(String kind, int minutes) {
        return new PaperRequest("Kiểm tra", "MATH", 9, kind, List.of("101"), 1, AssemblyMode.SAME_ITEMS,
                ExposurePolicy.PREFER_FRESH, minutes, List.of(new BlueprintCell("C1", "NB", "SINGLE_CHOICE", 10,
                        new java.math.BigDecimal("1"), "")), null);
    }

    @Test
    void theRangeIsTheRulesForTheSubjectsPeriods() {
        PeriodicDuration rule = Regulations.current().periodicDuration(140, false).value();
        PaperService.DurationRange range = papers.periodicDuration("MATH", 9);
        assertEquals(rule.minMinutes(), range.minMinutes());
        assertEquals(rule.maxMinutes(), range.maxMinutes());
        assertTrue(range.citations().stream().anyMatch(c -> c.contains("TT22")), range.citations().toString());
        assertNull(papers.periodicDuration("MATH", 5), "not taught at that grade: no range");
        assertNull(papers.periodicDuration("ART", 9), "unknown subject: no range");
    }

    @Test
    void aMidtermOrFinalOutsideTheRangeIsRefusedWith422AndTheRange() {
        PaperService.DurationRange range = papers.periodicDuration("MATH", 9);
        for (String kind : List.of("MIDTERM", "FINAL")) {
            for (int minutes : List.of(range.minMinutes() - 1, range.maxMinutes() + 1)) {
                DurationOutOfRange e = assertThrows(DurationOutOfRange.class,
                        () -> papers.create(TEACHER, request(kind, minutes)), kind + " " + minutes);
                assertEquals(vn.khaothi.itembank.domain.Refusal.Kind.UNPROCESSABLE, e.kind());
                assertEquals("DURATION_OUT_OF_RANGE", e.code());
                assertEquals(Map.of("minMinutes", range.minMinutes(), "maxMinutes", range.maxMinutes(),
                        "citations", range.citations()), e.details());
            }
        }
    }
}
