package vn.khaothi.rules;

/**
 * Is a circular in force for this grade in this school year (lộ trình áp dụng)? TT22 and TT27 were
 * brought in grade by grade; a grade and year still under the old circulars must not be answered
 * under the new one.
 *
 * @param schoolYearStart the calendar year the school year starts in (2023 for 2023–2024)
 * @param grade           the grade (lớp), 1–12
 */
public record PhaseInQuery(int schoolYearStart, int grade) {

    /** The school year as people write it, for the reasons. */
    public String schoolYear() {
        return schoolYearStart + "–" + (schoolYearStart + 1);
    }
}
