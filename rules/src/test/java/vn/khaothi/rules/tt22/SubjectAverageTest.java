package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.RegulationsFixture.d;
import static vn.khaothi.rules.RegulationsFixture.ds;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

class SubjectAverageTest {

    @Test
    void workedExampleOfRegulationsIs5point5() {
        // regulations.md §2: (15.9 + 12.4 + 15.6) / 8 = 5.4875 → 5.5
        Decision<BigDecimal> decision = REGULATIONS.subjectAverage(ds("5.9", "5.1", "4.9"), d("6.2"), d("5.2"));
        assertEquals(d("5.5"), decision.value());
        assertEquals(List.of("TT22 Art. 9.1.b"), decision.citations());
        assertEquals("ScoredSemesterAverage", decision.reasons().get(0).rule());
        assertTrue(decision.reasons().get(0).vi().contains("5.5"));
        assertTrue(decision.reasons().get(0).en().contains("5.5"));
    }

    @Test
    void tieIsRoundedHalfUp() {
        // (8 + 8 + 2·8 + 3·8.5) / 7 = 8.2142… no tie; use two regulars: (8.0+8.0+16.0+25.5)/7.
        // A real tie: regular 8.5, 8.5; midterm 8.0; final 8.3 → (17 + 16 + 24.9) / 7 = 57.9/7 = 8.271… → 8.3
        assertEquals(d("8.3"), REGULATIONS.subjectAverage(ds("8.5", "8.5"), d("8.0"), d("8.3")).value());
        // exact tie at the second decimal: regular 8.0, 8.0, 8.0; midterm 8.0; final 8.4 → (24+16+25.2)/8 = 8.15 → 8.2
        assertEquals(d("8.2"), REGULATIONS.subjectAverage(ds("8.0", "8.0", "8.0"), d("8.0"), d("8.4")).value());
    }

    @Test
    void yearAverageWeighsSemesterTwoDouble() {
        Decision<BigDecimal> decision = REGULATIONS.yearAverage(d("6.0"), d("7.1"));
        assertEquals(d("6.7"), decision.value());
        assertEquals(List.of("TT22 Art. 9.1.b"), decision.citations());
        // (8.2 + 2·8.3) / 3 = 8.2666… → 8.3; (8.1 + 2·8.2)/3 = 8.1666 → 8.2; (7.0 + 2·7.1)/3 = 7.0666 → 7.1
        assertEquals(d("8.3"), REGULATIONS.yearAverage(d("8.2"), d("8.3")).value());
        assertEquals(d("7.1"), REGULATIONS.yearAverage(d("7.0"), d("7.1")).value());
    }

    @Test
    void aScoreAboveTenIsRejectedNamingTheField() {
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(ds("5.9", "10.5"), d("6.2"), d("5.2")));
        assertEquals("regular[1]", e.field());
        assertEquals("OUT_OF_RANGE", e.code());
    }

    @Test
    void aScoreWithTwoDecimalsIsRoundedFirstAndTheAnswerSaysSo() {
        // failed before: 400 TOO_MANY_DECIMALS. 6.25 is used as 6.3: (5.9 + 12.6 + 15.6) / 6 = 5.683… → 5.7
        var d = REGULATIONS.subjectAverage(ds("5.9"), d("6.25"), d("5.2"));
        assertEquals(d("5.7"), d.value());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("ScoreRoundedOnEntry") && r.vi().startsWith("midterm")));
        // the rounding is applied before the average, not only to it: final 7.45 → 7.5: (8 + 16 + 22.5) / 6 = 7.75 → 7.8, unrounded (8 + 16 + 22.35)/6 = 7.725 → 7.7
        assertEquals(d("7.8"), REGULATIONS.subjectAverage(ds("8"), d("8"), d("7.45")).value());
    }

    @Test
    void aNegativeScoreIsRejectedNamingTheField() {
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(ds("5.9"), d("6.2"), d("-0.1")));
        assertEquals("final", e.field());
    }

    @Test
    void missingPartsAreRejectedNamingTheField() {
        assertEquals("midterm", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(ds("5.9"), null, d("5.2"))).field());
        assertEquals("final", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(ds("5.9"), d("5.2"), null)).field());
        assertEquals("regular", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(List.of(), d("5.2"), d("5.2"))).field());
        assertEquals("regular[1]", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.subjectAverage(Arrays.asList(d("5"), null), d("5.2"), d("5.2"))).field());
        assertEquals("semester2", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.yearAverage(d("5.2"), null)).field());
    }

    @Test
    void yearAverageRejectsASemesterAverageOffTheScale() {
        assertEquals("semester1", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.yearAverage(d("10.1"), d("5.0"))).field());
    }

    @Test
    void boundsOfTheScaleAreAccepted() {
        assertEquals(d("10.0"), REGULATIONS.subjectAverage(ds("10", "10"), d("10"), d("10")).value());
        assertEquals(d("0.0"), REGULATIONS.subjectAverage(ds("0", "0"), d("0"), d("0")).value());
    }
}
