package vn.khaothi.rules.tt27;

/** Does this grade take a periodic test (bài kiểm tra định kì) in this subject at this point? */
public record PeriodicTestQuery(int grade, PrimarySubject subject, PrimaryTestPoint point) {

    /** Vietnamese and Mathematics, tested in every grade. */
    public boolean coreSubject() {
        return subject == PrimarySubject.VIETNAMESE || subject == PrimarySubject.MATHEMATICS;
    }

    /** The other subjects that take a periodic test once the grade reaches them. */
    public boolean otherTestedSubject() {
        return subject != PrimarySubject.OTHER && !coreSubject();
    }
}
