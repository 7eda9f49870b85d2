package vn.khaothi.engine.application.sitting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a teacher asks for when creating a sitting (buổi kiểm tra), as the request says it (codes as
 * strings); {@code SittingTerms.parse} turns it into the domain's terms or refuses it.
 *
 * @param classCode       the class sitting it, or null with {@code students}
 * @param students        usernames, or empty with {@code classCode}
 * @param durationMinutes null: the paper's duration
 * @param proctors        usernames of staff accounts (giám thị)
 * @param accommodations  username → extra minutes (a documented accommodation), before the start
 * @param reviewPolicy    AFTER_SUBMIT, AFTER_CLOSE or NEVER; null: AFTER_SUBMIT
 * @param staggerSeconds  a staggered start's window, 0-600 (issue 19); null: 0
 */
public record NewSitting(long paperId, String title, String classCode, List<String> students, Instant opensAt,
                         Instant closesAt, Integer durationMinutes, String mode, List<String> proctors,
                         boolean admissionRequired, Map<String, Integer> accommodations, String reviewPolicy,
                         Integer staggerSeconds) {

    public NewSitting {
        students = students == null ? List.of() : List.copyOf(students);
        proctors = proctors == null ? List.of() : List.copyOf(proctors);
        accommodations = accommodations == null ? Map.of() : Map.copyOf(accommodations);
    }
}
