package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.directives.PaperSlotFinding;
import vn.khaothi.rules.directives.PeriodicPaperSlot;
import vn.khaothi.rules.directives.PeriodicPoint;

/** The district directive's periodic papers: approved by group then principal, published by the 28th. */
class DirectivesTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    private static PeriodicPaperSlot slot(String subject, String group, String principal, String published) {
        return new PeriodicPaperSlot(subject, 9, PeriodicPoint.MIDTERM_1, OCTOBER, date(group), date(principal), date(published));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static PaperSlotFinding one(PeriodicPaperSlot slot, String today) {
        List<PaperSlotFinding> found = REGULATIONS.periodicPaperDeadlines(List.of(slot), LocalDate.parse(today)).value();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-10-27, 2025-10-27, 2025-10-28, 2025-10-28, ON_TIME",
            "2025-10-27, 2025-10-28, 2025-10-29, 2025-10-29, LATE",
            "2025-10-20, , , 2025-10-28, PENDING",
            "2025-10-20, , , 2025-10-29, LATE",
            ", , , 2025-10-01, PENDING"
    })
    void theTwentyEighthOnBothSides(String group, String principal, String published, String today, String status) {
        assertEquals(status, one(slot("MATH", group, principal, published), today).status());
    }

    @Test
    void whatIsMissingIsListed() {
        assertEquals(List.of("PRINCIPAL_APPROVAL", "PUBLICATION"),
                one(slot("MATH", "2025-10-20", null, null), "2025-10-29").missing());
    }

    @Test
    void physicalEducationIsExempt() {
        PaperSlotFinding f = one(slot("PE", null, null, null), "2025-11-30");
        assertEquals("EXEMPT", f.status());
    }

    @Test
    void thePrincipalApprovingBeforeTheSubjectGroupIsFlagged() {
        List<PaperSlotFinding> found = REGULATIONS.periodicPaperDeadlines(
                List.of(slot("LIT", "2025-10-21", "2025-10-20", "2025-10-22")), LocalDate.parse("2025-10-25")).value();
        assertEquals(List.of("ON_TIME", "APPROVAL_OUT_OF_ORDER"), found.stream().map(PaperSlotFinding::status).toList());
        var d = REGULATIONS.periodicPaperDeadlines(List.of(slot("LIT", "2025-10-21", "2025-10-20", "2025-10-22")),
                LocalDate.parse("2025-10-25"));
        assertEquals(List.of("Tân Hồng 1334/PGDĐT"), d.citations());
    }

    @Test
    void publishedWithoutThePrincipalIsContradictory() {
        assertEquals("CONTRADICTORY", assertThrows(InvalidFactException.class, () -> REGULATIONS.periodicPaperDeadlines(
                List.of(slot("MATH", "2025-10-20", null, "2025-10-21")), LocalDate.parse("2025-10-25"))).code());
    }

    @ParameterizedTest
    @CsvSource({
            "2025-10-29, 2025-10", "2025-10-31, 2025-10", "2025-10-28, 2025-09", "2025-11-01, 2025-10", "2026-01-05, 2025-12"
    })
    void aSittingIsDueByTheLast28thBeforeItsDay(String sittingDay, String dueMonth) {
        PeriodicPaperSlot slot = PeriodicPaperSlot.forSitting("MATH", 9, PeriodicPoint.MIDTERM_1, LocalDate.parse(sittingDay),
                null, null, null);
        assertEquals(YearMonth.parse(dueMonth), slot.dueMonth());
        assertEquals(YearMonth.parse(dueMonth).atDay(28), slot.deadline());
    }

    @Test
    void pointsFromKindAndSemester() {
        assertEquals(PeriodicPoint.MIDTERM_1, PeriodicPoint.of(true, 1));
        assertEquals(PeriodicPoint.END_OF_SEMESTER_1, PeriodicPoint.of(false, 1));
        assertEquals(PeriodicPoint.MIDTERM_2, PeriodicPoint.of(true, 2));
        assertEquals(PeriodicPoint.END_OF_SEMESTER_2, PeriodicPoint.of(false, 2));
        assertThrows(IllegalArgumentException.class, () -> PeriodicPoint.of(true, 3));
    }
}
