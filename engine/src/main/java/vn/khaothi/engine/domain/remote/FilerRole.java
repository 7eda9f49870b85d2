package vn.khaothi.engine.domain.remote;

/** In which capacity a request was filed: the student, or one of the student's teachers. */
public enum FilerRole {
    STUDENT,
    /** Giáo viên chủ nhiệm of the student's class. */
    HOMEROOM_TEACHER,
    /** A teacher of the sitting's subject in the student's class (giáo viên bộ môn). */
    SUBJECT_TEACHER
}
