package vn.khaothi.engine.domain.remote;

/**
 * Who teaches a student: the answer the filing rule needs from the school directory. People are
 * named by username.
 */
public interface StudentTeachers {

    /** Is {@code teacherId} the homeroom teacher (giáo viên chủ nhiệm) of the student's class? */
    boolean isHomeroomTeacher(String teacherId, String studentId);

    /** Does {@code teacherId} teach {@code subjectCode} in the student's class? */
    boolean teachesSubject(String teacherId, String studentId, String subjectCode);

    /** Is the student a candidate (thí sinh) of the sitting? Nobody files for a sitting the student is not in. */
    boolean isCandidate(String studentId, String sittingId);
}
