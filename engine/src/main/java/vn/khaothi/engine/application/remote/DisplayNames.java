package vn.khaothi.engine.application.remote;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * The names the remote-assessment pages, notifications and decision record show instead of
 * usernames and codes, and the choices the filing and delegation forms offer, read from the
 * directory and sitting tables in one transaction ({@link RemoteStore.Session}). Whatever is
 * missing falls back to the code it would name. Read-only.
 */
public interface DisplayNames {

    /** A sitting as shown to people. */
    record SittingInfo(String id, String title, String mode, Instant opensAt, Instant closesAt, String subjectCode,
                       String classCode) {
    }

    /** A student as shown: full name and current class. */
    record StudentInfo(String username, String fullName, String classCode) {
    }

    String displayName(String username);

    String schoolName();

    /** The subject's name in Vietnamese and English, or the code twice; two empty names for none. */
    String[] subjectName(String code);

    StudentInfo student(String username);

    Optional<SittingInfo> sitting(String sittingId);

    /** Who may decide at this instant: active principals, and deputies under a current delegation. */
    List<String> deciders(Instant at);

    /** The usernames of the sitting's proctors. */
    List<String> proctors(String sittingId);

    /** The student themselves (a student account), or the students of the classes this teacher leads or teaches. */
    List<RemoteRecords.StudentOption> studentsOf(String username, boolean isStudent);

    /** Periodic and retest sittings of the student (their class, or as a candidate) closing after {@code after}. */
    List<RemoteRecords.SittingOption> sittingsOf(String studentUsername, Instant after);

    /** Every delegation recorded, or those given to one deputy; newest first. */
    List<Delegation> delegations(String deputyOrNull);

    /** The semesters that have requests, newest first. */
    List<String> semesters();

    /** Subject names by code: {vi, en}. */
    Map<String, String[]> subjectNames();

    /** The active accounts that hold a role: {username, display name}. */
    List<String[]> accountsWithRole(Role role);
}
