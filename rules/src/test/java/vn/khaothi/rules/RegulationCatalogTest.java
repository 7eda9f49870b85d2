package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaothi.rules.support.KnowledgeBases;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.Tt22Parameters;
import vn.khaothi.rules.tt27.PrimarySubject;
import vn.khaothi.rules.tt27.PrimaryTestPoint;
import vn.khaothi.rules.tt27.Tt27Parameters;

/** Packages and parameters are selected per school year; an amendment is a new entry. */
class RegulationCatalogTest {

    private static final KnowledgeBases KBASES = KnowledgeBases.fromClasspath();

    @Test
    void standardCatalogSelectsTheKbasesByRegulation() {
        RegulationCatalog catalog = RegulationCatalog.standard();
        assertEquals("tt22", catalog.entryFor(Regulation.TT22, SchoolYear.of(2025)).kbase());
        assertEquals("tt27", catalog.entryFor(Regulation.TT27, SchoolYear.of(2020)).kbase());
        assertEquals("online", catalog.entryFor(Regulation.ONLINE, SchoolYear.of(2030)).kbase());
        assertEquals(List.of("tt27", "online", "tt22"), catalog.kbases());
    }

    @Test
    void aYearBeforeTheRegulationIsNotInForce() {
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> RegulationCatalog.standard().entryFor(Regulation.TT22, SchoolYear.of(2020)));
        assertEquals("schoolYear", e.field());
        assertEquals("NOT_IN_FORCE", e.code());
    }

    @Test
    void anAmendedParameterAppliesFromItsYearAndLeavesEarlierYearsAlone() {
        Tt22Parameters amended = new Tt22Parameters(3, 60, 60, 90, 120, BigDecimal.ZERO, 30);
        List<RegulationCatalog.Entry> entries = new ArrayList<>(RegulationCatalog.standard().entries());
        entries.add(new RegulationCatalog.Entry(Regulation.TT22, SchoolYear.of(2027), "tt22", amended, "test amendment"));
        RegulationCatalog catalog = new RegulationCatalog(entries);

        Regulations before = new Regulations(KBASES, catalog, SchoolYear.of(2026));
        Regulations after = new Regulations(KBASES, catalog, SchoolYear.of(2027));
        assertEquals(2, before.regularAssessmentCount(35, true).value());
        assertEquals(3, after.regularAssessmentCount(35, true).value());
        assertTrue(before.promotion(LearningLevel.DAT, LearningLevel.DAT, 40).value().promoted());
        assertFalse(after.promotion(LearningLevel.DAT, LearningLevel.DAT, 40).value().promoted());
        assertTrue(after.promotion(LearningLevel.DAT, LearningLevel.DAT, 40).reasons().get(0).vi().contains("30"));
    }

    @Test
    void tt27MidtermParameterCanSwitchMidtermsOff() {
        List<RegulationCatalog.Entry> entries = new ArrayList<>(RegulationCatalog.standard().entries());
        entries.add(new RegulationCatalog.Entry(Regulation.TT27, SchoolYear.of(2026), "tt27",
                new Tt27Parameters(4, 0), "test: no midterms"));
        Regulations regulations = new Regulations(KBASES, new RegulationCatalog(entries), SchoolYear.of(2026));
        assertFalse(regulations.primaryPeriodicTest(5, PrimarySubject.MATHEMATICS, PrimaryTestPoint.MIDTERM_1).value());
    }

    @Test
    void schoolYearRunsFromAugustToJuly() {
        assertEquals(SchoolYear.of(2025), SchoolYear.containing(LocalDate.of(2025, 8, 1)));
        assertEquals(SchoolYear.of(2024), SchoolYear.containing(LocalDate.of(2025, 7, 31)));
        assertEquals(SchoolYear.of(2025), SchoolYear.parse("2025-2026"));
        assertEquals("2025-2026", SchoolYear.of(2025).toString());
        assertEquals("schoolYear", assertThrows(InvalidFactException.class, () -> SchoolYear.parse("2025-2027")).field());
        assertEquals("schoolYear", assertThrows(InvalidFactException.class, () -> SchoolYear.parse("abc")).field());
    }
}
