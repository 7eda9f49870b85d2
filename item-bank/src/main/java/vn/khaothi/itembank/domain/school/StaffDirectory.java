package vn.khaothi.itembank.domain.school;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the bank needs to know about the school's staff and subjects (danh bạ nhà trường): who
 * teaches which subject, who heads which subject group (tổ trưởng chuyên môn), who approves
 * materials for the principal, and which subjects exist. The engine owns the school's tables and
 * implements this port; item-bank never reads those tables itself. Outside a container, tests use
 * an in-memory implementation.
 */
public interface StaffDirectory {

    /** A subject of the school (môn học): its code and its names in Vietnamese and English. */
    record SchoolSubject(String code, String nameVi, String nameEn) {
    }

    /** The codes of the subjects a person teaches, plus those of the subject groups the person heads. */
    Set<String> subjectsOf(String username);

    /** Does this person head the subject group that covers this subject? False for a null argument. */
    boolean headsSubject(String username, String subjectCode);

    /**
     * Does this person hold, at {@code now}, a delegation of the principal's authority to approve
     * items and papers (ủy quyền phê duyệt học liệu)?
     */
    boolean holdsMaterialsDelegation(String username, Instant now);

    /** The school's subjects in the order the school created them. */
    List<SchoolSubject> schoolSubjects();

    /** Is there a subject with exactly this code? */
    default boolean subjectExists(String code) {
        return code != null && schoolSubjects().stream().anyMatch(s -> s.code().equals(code));
    }
}
