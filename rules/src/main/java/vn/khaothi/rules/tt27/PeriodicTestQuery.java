package vn.khaothi.rules.tt27;

/** Does this grade take a periodic test (bài kiểm tra định kì) in this subject at this point? */
public record PeriodicTestQuery(int grade, PrimarySubject subject, PrimaryTestPoint point) {

    /** Vietnamese and Mathematics, tested in every grade. */
    public boolean coreSubject() {
        return subject == PrimarySubject.VIETNAMESE || subject == PrimarySubject.MATHEMATICS;
    }

    /** History &amp; Geography and Science, tested from grade 4 (where they are taught). */
    public boolean otherTestedSubject() {
        return subject == PrimarySubject.HISTORY_GEOGRAPHY || subject == PrimarySubject.SCIENCE;
    }

    /** Foreign language 1 and Informatics &amp; Technology, tested from grade 3 (where they are taught). */
    public boolean languageOrInformatics() {
        return subject == PrimarySubject.FOREIGN_LANGUAGE || subject == PrimarySubject.INFORMATICS_TECHNOLOGY;
    }
}
