package vn.khaothi.engine.domain.school;

/**
 * Grades (khối lớp) 1-12 and the education level each belongs to, which selects the regulation:
 * TT27 for primary (1-5), TT22 for lower and upper secondary (6-12).
 */
public enum Grade {
    ;

    public enum EducationLevel { PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY }

    public static int check(int grade) {
        if (grade < 1 || grade > 12) {
            throw new IllegalArgumentException("grade must be 1-12, not " + grade);
        }
        return grade;
    }

    public static EducationLevel educationLevel(int grade) {
        check(grade);
        return grade <= 5 ? EducationLevel.PRIMARY : grade <= 9 ? EducationLevel.LOWER_SECONDARY : EducationLevel.UPPER_SECONDARY;
    }
}
