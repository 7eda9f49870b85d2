package vn.khaothi.engine.domain.sitting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * A sitting the rules have accepted and that is about to be stored, with its proctors and one seat
 * (a NOT_STARTED attempt with its version and accommodation) per candidate. Only {@link #plan}
 * makes one, so a stored sitting has always passed every rule.
 *
 * @param classId         the class sitting it, or null for a list of students
 * @param createdBy       the creator's account id
 * @param proctorAccounts account ids of the proctors (giám thị)
 * @param gradebookColumn the gradebook column its published results go to, or null
 */
public record PlannedSitting(long paperId, String title, AssessmentKind kind, String subjectCode, int grade,
                             SittingMode mode, Instant opensAt, Instant closesAt, int durationMinutes, Long classId,
                             boolean admissionRequired, ReviewPolicy reviewPolicy, long createdBy,
                             List<Long> proctorAccounts, List<Seat> seats, String gradebookColumn,
                             StaggeredStart stagger) {

    /** One candidate's attempt-to-be: the version (mã đề) they get and their extra minutes. */
    public record Seat(long studentId, long versionId, String versionCode, int extraMinutes) {
    }

    public PlannedSitting {
        proctorAccounts = List.copyOf(proctorAccounts);
        seats = List.copyOf(seats);
    }

    /**
     * The sitting these terms make with this paper, roster and proctors. Refused
     * ({@link InvalidSitting}) without candidates, online without a proctor (someone must be able
     * to admit, pause and watch), or with an accommodation for someone not on the roster or outside
     * 0–600 minutes. The title defaults to the paper's.
     *
     * @param durationMinutes what {@link SittingTerms#durationWith} decided for this paper
     */
    public static PlannedSitting plan(SittingTerms terms, SittingPaper paper, int durationMinutes, Long classId,
                                      List<Candidate> candidates, List<Long> proctorAccounts, long createdBy) {
        if (candidates.isEmpty()) {
            throw InvalidSitting.field("students", "The sitting has no students");
        }
        if (terms.mode() == SittingMode.ONLINE && proctorAccounts.isEmpty()) {
            throw InvalidSitting.field("proctors", "An online sitting needs at least one proctor");
        }
        Map<String, Integer> extra = accommodations(terms.accommodations(), candidates);
        String title = terms.title() == null || terms.title().isBlank() ? paper.title() : terms.title().strip();
        return new PlannedSitting(paper.id(), title, paper.kind(), paper.subjectCode(), paper.grade(), terms.mode(),
                terms.opensAt(), terms.closesAt(), durationMinutes, classId, terms.admissionRequired(),
                terms.reviewPolicy(), createdBy, proctorAccounts, seats(candidates, paper.versions(), extra),
                terms.gradebookColumn(), terms.stagger());
    }

    private static Map<String, Integer> accommodations(Map<String, Integer> wanted, List<Candidate> candidates) {
        Set<String> roster = new HashSet<>();
        candidates.forEach(c -> roster.add(c.username()));
        Map<String, Integer> extra = new HashMap<>();
        wanted.forEach((username, minutes) -> {
            if (!roster.contains(username)) {
                throw InvalidSitting.field("accommodations", username + " is not a student of this sitting");
            }
            if (minutes == null || minutes < 0 || minutes > SittingTerms.MAX_MINUTES) {
                throw InvalidSitting.field("accommodations", "Extra minutes are 0-" + SittingTerms.MAX_MINUTES);
            }
            extra.put(username, minutes);
        });
        return extra;
    }

    /**
     * Versions by student code, in turn: deterministic (the same roster gives the same versions),
     * as even as can be (counts differ by at most one), and neighbours on the class list — usually
     * neighbours in the room — get different versions.
     */
    static List<Seat> seats(List<Candidate> candidates, List<SittingPaper.Version> versions, Map<String, Integer> extra) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::code).thenComparing(Candidate::studentId));
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            SittingPaper.Version v = versions.get(i % versions.size());
            seats.add(new Seat(c.studentId(), v.id(), v.code(), extra.getOrDefault(c.username(), 0)));
        }
        return seats;
    }
}
