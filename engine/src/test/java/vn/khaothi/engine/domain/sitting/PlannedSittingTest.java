package vn.khaothi.engine.domain.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * Creating a sitting without a database: the request's own rules ({@link SittingTerms}), the
 * paper's ({@link SittingTerms#durationWith}) and the roster's ({@link PlannedSitting#plan}), each
 * refused on the field and with the message the pages and the contract know.
 */
class PlannedSittingTest {

    private static final Instant OPENS = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(1));
    private static final SittingPaper PAPER = paper("APPROVED", 45, List.of(new SittingPaper.Version(11, "101"),
            new SittingPaper.Version(12, "102")));
    private static final List<Candidate> ROSTER = List.of(new Candidate(3, "hs.c", "HS003"),
            new Candidate(1, "hs.a", "HS001"), new Candidate(2, "hs.b", "HS002"));

    private static SittingPaper paper(String status, int minutes, List<SittingPaper.Version> versions) {
        return new SittingPaper(5, "Kiểm tra giữa kì Toán 9", AssessmentKind.MIDTERM, "TOAN", 9, status, minutes, versions);
    }

    /** A class sitting in person; {@code change} alters one request field. */
    private static SittingTerms terms(Map<String, Object> change) {
        Map<String, Object> r = new HashMap<>(Map.of("mode", "IN_PERSON", "opensAt", OPENS, "closesAt", CLOSES,
                "classCode", "9A", "students", List.of(), "accommodations", Map.of()));
        r.putAll(change);
        @SuppressWarnings("unchecked")
        SittingTerms t = SittingTerms.parse((String) r.get("mode"), (String) r.get("reviewPolicy"),
                (Instant) r.get("opensAt"), (Instant) r.get("closesAt"), (String) r.get("classCode"),
                (List<String>) r.get("students"), (String) r.get("title"), Boolean.TRUE.equals(r.get("admission")),
                (Map<String, Integer>) r.get("accommodations"), (String) r.get("gradebookColumn"),
                (Integer) r.get("staggerSeconds"));
        return t;
    }

    private static SittingTerms terms() {
        return terms(Map.of());
    }

    private static InvalidSitting refused(String field, String message, Executable action) {
        InvalidSitting e = assertThrows(InvalidSitting.class, action);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
        return e;
    }

    // ---- the request's own rules ------------------------------------------------------------------

    @Test
    void aWellFormedRequestIsParsedWithItsDefaults() {
        SittingTerms t = terms(Map.of("gradebookColumn", " tx2 "));
        assertEquals(SittingMode.IN_PERSON, t.mode());
        assertEquals(ReviewPolicy.AFTER_SUBMIT, t.reviewPolicy(), "none given");
        assertTrue(t.byClass());
        assertEquals("TX2", t.gradebookColumn(), "trimmed and upper-cased");
        assertNull(terms().gradebookColumn());
    }

    @Test
    void aBadModeOrReviewPolicyIsRefusedOnItsField() {
        refused("mode", "mode is ONLINE or IN_PERSON", () -> terms(Map.of("mode", "HYBRID")));
        refused("reviewPolicy", "reviewPolicy is AFTER_SUBMIT, AFTER_CLOSE or NEVER",
                () -> terms(Map.of("reviewPolicy", "SOMETIMES")));
        refused("gradebookColumn", "gradebookColumn is TX1…TX9, GK or CK", () -> terms(Map.of("gradebookColumn", "HK1")));
    }

    @Test
    void theWindowMustCloseAfterItOpens() {
        String message = "opensAt and closesAt are required, closesAt after opensAt";
        refused("closesAt", message, () -> terms(Map.of("closesAt", OPENS)));
        refused("closesAt", message, () -> terms(Map.of("closesAt", OPENS.minusSeconds(1))));
        Map<String, Object> noClose = new HashMap<>();
        noClose.put("closesAt", null);
        refused("closesAt", message, () -> terms(noClose));
    }

    @Test
    void eitherAClassOrAListOfStudentsNeverBothNorNeither() {
        String message = "Give either classCode or a list of students, not both";
        refused("students", message, () -> terms(Map.of("students", List.of("hs.a"))));
        refused("students", message, () -> terms(Map.of("classCode", " ")));
        SittingTerms byList = terms(Map.of("classCode", "", "students", List.of("hs.a")));
        assertNull(byList.classCode(), "a blank class is no class");
        assertEquals(List.of("hs.a"), byList.students());
    }

    // ---- the paper's rules -------------------------------------------------------------------------

    @Test
    void onlyAnApprovedPaperWithAVersionCanBeUsed() {
        InvalidSitting draft = assertThrows(InvalidSitting.class,
                () -> terms().durationWith(paper("GROUP_APPROVED", 45, PAPER.versions()), null));
        assertEquals("PAPER_NOT_APPROVED", draft.code());
        assertNull(draft.field(), "a conflict, not a field to correct");
        assertEquals("Only an APPROVED paper can be used by a sitting; this one is GROUP_APPROVED", draft.getMessage());
        InvalidSitting empty = assertThrows(InvalidSitting.class, () -> terms().durationWith(paper("APPROVED", 45, List.of()), null));
        assertEquals("PAPER_HAS_NO_VERSION", empty.code());
    }

    @Test
    void theDurationIsThePapersUnlessAskedAndMustFitTheWindow() {
        assertEquals(45, terms().durationWith(PAPER, null));
        assertEquals(60, terms().durationWith(PAPER, 60), "exactly the window fits");
        refused("closesAt", "The window is shorter than the duration", () -> terms().durationWith(PAPER, 61));
        refused("durationMinutes", "durationMinutes is 1-600", () -> terms().durationWith(PAPER, 0));
        SittingTerms longWindow = terms(Map.of("closesAt", OPENS.plus(Duration.ofHours(12))));
        assertEquals(600, longWindow.durationWith(PAPER, 600));
        refused("durationMinutes", "durationMinutes is 1-600", () -> longWindow.durationWith(PAPER, 601));
    }

    // ---- the roster's rules -------------------------------------------------------------------------

    @Test
    void versionsAreDealtInTurnByStudentCodeSoNeighboursDiffer() {
        PlannedSitting p = PlannedSitting.plan(terms(), PAPER, 45, 9L, ROSTER, List.of(), 77);
        assertEquals(List.of(1L, 2L, 3L), p.seats().stream().map(PlannedSitting.Seat::studentId).toList(), "by code");
        assertEquals(List.of("101", "102", "101"), p.seats().stream().map(PlannedSitting.Seat::versionCode).toList());
        assertEquals(List.of(11L, 12L, 11L), p.seats().stream().map(PlannedSitting.Seat::versionId).toList());
        PlannedSitting again = PlannedSitting.plan(terms(), PAPER, 45, 9L, List.of(ROSTER.get(2), ROSTER.get(0),
                ROSTER.get(1)), List.of(), 77);
        assertEquals(p.seats(), again.seats(), "the same roster in another order gets the same versions");
    }

    @Test
    void thePlanCarriesThePapersFactsAndTheTermsWithTheTitleDefaultingToThePapers() {
        PlannedSitting p = PlannedSitting.plan(terms(Map.of("reviewPolicy", "NEVER", "admission", true)), PAPER, 40, 9L,
                ROSTER, List.of(8L), 77);
        assertEquals("Kiểm tra giữa kì Toán 9", p.title());
        assertEquals(AssessmentKind.MIDTERM, p.kind());
        assertEquals("TOAN", p.subjectCode());
        assertEquals(9, p.grade());
        assertEquals(40, p.durationMinutes());
        assertEquals(ReviewPolicy.NEVER, p.reviewPolicy());
        assertTrue(p.admissionRequired());
        assertEquals(List.of(8L), p.proctorAccounts());
        assertEquals(77, p.createdBy());
        assertEquals("Ôn tập", PlannedSitting.plan(terms(Map.of("title", "  Ôn tập ")), PAPER, 45, 9L, ROSTER,
                List.of(), 77).title());
    }

    @Test
    void aSittingNeedsCandidatesAndAnOnlineOneAProctor() {
        refused("students", "The sitting has no students", () -> PlannedSitting.plan(terms(), PAPER, 45, 9L, List.of(),
                List.of(8L), 77));
        SittingTerms online = terms(Map.of("mode", "ONLINE"));
        refused("proctors", "An online sitting needs at least one proctor",
                () -> PlannedSitting.plan(online, PAPER, 45, 9L, ROSTER, List.of(), 77));
        assertEquals(SittingMode.ONLINE, PlannedSitting.plan(online, PAPER, 45, 9L, ROSTER, List.of(8L), 77).mode());
    }

    @Test
    void accommodationsAreForCandidatesAndWithinTenHours() {
        PlannedSitting p = PlannedSitting.plan(terms(Map.of("accommodations", Map.of("hs.b", 15))), PAPER, 45, 9L, ROSTER,
                List.of(), 77);
        Map<Long, Integer> extra = p.seats().stream().collect(Collectors.toMap(PlannedSitting.Seat::studentId,
                PlannedSitting.Seat::extraMinutes));
        assertEquals(Map.of(1L, 0, 2L, 15, 3L, 0), extra);

        refused("accommodations", "hs.z is not a student of this sitting", () -> PlannedSitting.plan(
                terms(Map.of("accommodations", Map.of("hs.z", 10))), PAPER, 45, 9L, ROSTER, List.of(), 77));
        refused("accommodations", "Extra minutes are 0-600", () -> PlannedSitting.plan(
                terms(Map.of("accommodations", Map.of("hs.a", 601))), PAPER, 45, 9L, ROSTER, List.of(), 77));
        refused("accommodations", "Extra minutes are 0-600", () -> PlannedSitting.plan(
                terms(Map.of("accommodations", Map.of("hs.a", -1))), PAPER, 45, 9L, ROSTER, List.of(), 77));
    }

    @Test
    void versionCountsDifferByAtMostOne() {
        List<Candidate> forty = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new Candidate(i, "hs" + i, String.format("HS%03d", i))).toList();
        SittingPaper three = paper("APPROVED", 45, List.of(new SittingPaper.Version(1, "A"), new SittingPaper.Version(2, "B"),
                new SittingPaper.Version(3, "C")));
        Map<String, Long> counts = PlannedSitting.plan(terms(), three, 45, 9L, forty, List.of(), 77).seats().stream()
                .collect(Collectors.groupingBy(PlannedSitting.Seat::versionCode, Collectors.counting()));
        assertEquals(Map.of("A", 14L, "B", 13L, "C", 13L), counts);
    }
}
