package vn.khaothi.rules.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.online.OnlineRequirement.FORCE_MAJEURE_REASON;
import static vn.khaothi.rules.online.OnlineRequirement.LIVE_PROCTORING;
import static vn.khaothi.rules.online.OnlineRequirement.PRINCIPAL_AUTHORIZATION;
import static vn.khaothi.rules.online.OnlineRequirement.WRITTEN_EXPLANATION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT09 Art. 8 and the directives: where a test may be taken. */
class OnlinePermissionTest {

    @Test
    void regularAssessmentMayBeOnlineWithNothingElse() {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.REGULAR, null, false, false);
        assertTrue(d.value().allowed());
        assertEquals(List.of(), d.value().requires());
        assertEquals(List.of("TT09 Art. 8"), d.citations());
        assertEquals("RegularAssessmentMayBeOnline", d.reasons().get(0).rule());
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentKind.class, names = {"MIDTERM", "FINAL", "MAKEUP", "RETEST"})
    void periodicAssessmentWithNothingIsInPersonAndListsEverythingMissing(AssessmentKind kind) {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(kind, null, false, false);
        assertFalse(d.value().allowed());
        assertEquals(List.of(FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION, LIVE_PROCTORING), d.value().requires());
        assertEquals(List.of("TT09 Art. 8"), d.citations());
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentKind.class, names = {"MIDTERM", "FINAL", "MAKEUP", "RETEST"})
    void periodicAssessmentWithEverythingMayBeOnline(AssessmentKind kind) {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(kind, ForceMajeureReason.ILLNESS, true, true);
        assertTrue(d.value().allowed());
        assertEquals(List.of(), d.value().requires());
        assertEquals("ForceMajeureOnlineAllowed", d.reasons().get(0).rule());
        assertTrue(d.reasons().get(0).en().contains("illness"), d.reasons().get(0).en());
        assertTrue(d.reasons().get(0).vi().startsWith(kind.vi()), "reasons name the kind in words, not its code");
    }

    @Test
    void eachConditionAloneIsMissing() {
        assertEquals(List.of(FORCE_MAJEURE_REASON),
                REGULATIONS.onlinePermission(AssessmentKind.FINAL, null, true, true).value().requires());
        assertEquals(List.of(PRINCIPAL_AUTHORIZATION),
                REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.DISASTER, false, true).value().requires());
        Decision<OnlinePermission> noProctor =
                REGULATIONS.onlinePermission(AssessmentKind.MIDTERM, ForceMajeureReason.EPIDEMIC_ISOLATION, true, false);
        assertFalse(noProctor.value().allowed());
        assertEquals(List.of(LIVE_PROCTORING), noProctor.value().requires());
        assertEquals("PeriodicOnlineNeedsLiveProctoring", noProctor.reasons().get(0).rule());
    }

    @ParameterizedTest
    @EnumSource(value = ForceMajeureReason.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyNamedReasonCountsWithPrincipalAndProctoring(ForceMajeureReason reason) {
        assertTrue(REGULATIONS.onlinePermission(AssessmentKind.RETEST, reason, true, true).value().allowed());
    }

    @Test
    void otherReasonAlwaysNeedsTheWrittenExplanationAndThePrincipal() {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.OTHER, true, true);
        assertFalse(d.value().allowed());
        assertEquals(List.of(WRITTEN_EXPLANATION), d.value().requires());
        assertEquals(List.of(PRINCIPAL_AUTHORIZATION, WRITTEN_EXPLANATION),
                REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.OTHER, "  ", false, true)
                        .value().requires());
        assertTrue(REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.OTHER,
                "Xe đưa đón hỏng giữa đường đèo", true, true).value().allowed());
    }

    @Test
    void missingKindIsRejectedNamingTheField() {
        assertEquals("assessmentKind", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.onlinePermission(null, null, true, true)).field());
    }
}
