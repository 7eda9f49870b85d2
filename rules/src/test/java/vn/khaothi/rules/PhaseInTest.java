package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.tt27.PrimarySubject;
import vn.khaothi.rules.tt27.PrimaryTestPoint;

/** TT22 and TT27 were brought in grade by grade: every edge of both phase-in tables, per circular. */
class PhaseInTest {

    @ParameterizedTest
    @CsvSource({
            "2020, 6, false", "2021, 6, true",
            "2021, 7, false", "2022, 7, true", "2021, 10, false", "2022, 10, true",
            "2022, 8, false", "2023, 8, true", "2022, 11, false", "2023, 11, true",
            "2023, 9, false", "2024, 9, true", "2023, 12, false", "2024, 12, true",
            "2025, 9, true", "2025, 5, false", "2025, 13, false"
    })
    void tt22PhaseInEveryYearEdge(int year, int grade, boolean inForce) {
        Decision<Boolean> d = Regulations.forSchoolYear(SchoolYear.of(year)).inForce(Regulation.TT22, grade);
        assertEquals(inForce, d.value(), year + " grade " + grade);
        assertEquals(List.of("TT22 Art. 20"), d.citations());
    }

    @ParameterizedTest
    @CsvSource({
            "2020, 1, true", "2020, 2, false", "2021, 2, true",
            "2021, 3, false", "2022, 3, true", "2022, 4, false", "2023, 4, true",
            "2023, 5, false", "2024, 5, true", "2025, 6, false"
    })
    void tt27PhaseInEveryYearEdge(int year, int grade, boolean inForce) {
        Decision<Boolean> d = Regulations.forSchoolYear(SchoolYear.of(year)).inForce(Regulation.TT27, grade);
        assertEquals(inForce, d.value(), year + " grade " + grade);
        assertEquals(List.of("TT27 Art. 2"), d.citations());
    }

    @Test
    void grade9In2023IsRefusedNotAnsweredUnderTt22() {
        // failed before: the facade answered every grade of 2023–2024 under TT22
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> Regulations.forSchoolYear(SchoolYear.of(2023)).requireInForce(Regulation.TT22, 9));
        assertEquals("grade", e.field());
        assertEquals("NOT_IN_FORCE", e.code());
        assertTrue(e.getMessage().contains("58/2011"), e.getMessage());
    }

    @Test
    void aPrimaryQuestionOf2020IsAnsweredAlthoughTt22CameLater() {
        // failed before: building the facade for 2020–2021 looked TT22 up and refused everything
        Regulations y2020 = Regulations.forSchoolYear(SchoolYear.of(2020));
        y2020.requireInForce(Regulation.TT27, 1);
        assertTrue(y2020.primaryPeriodicTest(1, PrimarySubject.MATHEMATICS, PrimaryTestPoint.END_OF_YEAR).value());
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> y2020.periodicDuration(70, false));
        assertEquals("schoolYear", e.field());
        assertEquals("NOT_IN_FORCE", e.code());
    }
}
