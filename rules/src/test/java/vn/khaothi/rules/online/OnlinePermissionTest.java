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

/** TT09 Art. 6 and the directives: where a test may be taken. */
class OnlinePermissionTest {

    private static final List<String> TT09_AND_DIRECTIVES = List.of("TT09 Art. 6", "Seed 002 §2.4.3", "Seed 004 §3.4.c");

    @Test
    void regularAssessmentMayBeOnlineWithNothingElse() {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.REGULAR, null, false, false);
        assertTrue(d.value().allowed());
        assertEquals(List.of(), d.value().requires());
        assertEquals(List.of("TT09 Art. 6"), d.citations());
        assertEquals("RegularAssessmentMayBeOnline", d.reasons().get(0).rule());
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentKind.class, names = {"MIDTERM", "FINAL", "MAKEUP"})
    void periodicAssessmentWithNothingIsInPersonAndListsEverythingMissing(AssessmentKind kind) {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(kind, null, false, false);
        assertFalse(d.value().allowed());
        assertFalse(d.value().inPersonOnly());
        assertEquals(List.of(FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION, LIVE_PROCTORING), d.value().requires());
        assertTrue(d.citations().containsAll(TT09_AND_DIRECTIVES), d.citations().toString());
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentKind.class, names = {"MIDTERM", "FINAL", "MAKEUP"})
    void periodicAssessmentWithEverythingMayBeOnline(AssessmentKind kind) {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(kind, ForceMajeureReason.ILLNESS, true, true);
        assertTrue(d.value().allowed());
        assertEquals(List.of(), d.value().requires());
        assertEquals("ForceMajeureOnlineAllowed", d.reasons().get(0).rule());
        assertEquals(TT09_AND_DIRECTIVES, d.citations());
        assertTrue(d.reasons().get(0).en().contains("illness"), d.reasons().get(0).en());
        assertTrue(d.reasons().get(0).vi().startsWith(kind.vi()), "reasons name the kind in words, not its code");
    }

    @Test
    void aRetestIsNeverOnlineWhateverTheCircumstances() {
        // failed before: RETEST with force majeure, the principal and proctoring was allowed
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.RETEST, ForceMajeureReason.ILLNESS,
                null, Decider.PRINCIPAL, true);
        assertFalse(d.value().allowed());
        assertTrue(d.value().inPersonOnly());
        assertEquals(List.of(), d.value().requires(), "nothing can be supplied to make a retest online");
        assertEquals("RetestIsNeverOnline", d.reasons().get(0).rule());
        assertEquals(TT09_AND_DIRECTIVES, d.citations());
    }

    @Test
    void representingTheSchoolIsAJustifiedAbsenceNotForceMajeure() {
        // failed before: OFFICIAL_DUTY counted as force majeure
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.OFFICIAL_DUTY,
                true, true);
        assertFalse(d.value().allowed());
        assertEquals(List.of(FORCE_MAJEURE_REASON), d.value().requires());
        assertEquals("RepresentingTheSchoolIsNotForceMajeure", d.reasons().get(0).rule());
        assertTrue(d.citations().contains("TT22 Art. 7"), "the in-person make-up is TT22 Art. 7");
        assertTrue(d.reasons().get(0).vi().contains("kiểm tra bù trực tiếp"));
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
    @EnumSource(value = ForceMajeureReason.class, names = {"OTHER", "OFFICIAL_DUTY"}, mode = EnumSource.Mode.EXCLUDE)
    void everyForceMajeureReasonCountsWithPrincipalAndProctoring(ForceMajeureReason reason) {
        assertTrue(REGULATIONS.onlinePermission(AssessmentKind.MIDTERM, reason, true, true).value().allowed());
    }

    @Test
    void theDecisionCountsFromThePrincipalOrADeputyUnderADelegationOnly() {
        // failed before: the what-if took a bare flag, so a deputy without a delegation was "allowed"
        for (Decider decider : Decider.values()) {
            Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS,
                    null, decider, true);
            assertEquals(decider.decides(), d.value().allowed(), decider.name());
            assertEquals(decider.decides() ? List.of() : List.of(PRINCIPAL_AUTHORIZATION), d.value().requires(), decider.name());
        }
        Decision<OnlinePermission> deputy = REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS,
                null, Decider.DEPUTY_WITHOUT_DELEGATION, true);
        assertEquals("DeputyWithoutDelegationCannotDecide", deputy.reasons().get(0).rule());
        assertTrue(deputy.citations().contains("School policy"));
        assertTrue(REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS, null,
                Decider.DEPUTY_WITH_DELEGATION, true).reasons().get(0).vi().contains("ủy quyền"));
    }

    @Test
    void otherReasonNeedsTheWrittenExplanationAsSchoolPolicy() {
        Decision<OnlinePermission> d = REGULATIONS.onlinePermission(AssessmentKind.FINAL, ForceMajeureReason.OTHER, true, true);
        assertFalse(d.value().allowed());
        assertEquals(List.of(WRITTEN_EXPLANATION), d.value().requires());
        assertEquals(List.of("School policy"), d.citations(), "the explanation is school policy, never TT09");
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
