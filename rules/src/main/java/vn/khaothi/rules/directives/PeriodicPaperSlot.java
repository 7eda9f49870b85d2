package vn.khaothi.rules.directives;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One periodic paper the directives expect (ngân hàng đề kiểm tra định kì, Tân Hồng 1334/PGDĐT):
 * for a subject and grade, the paper of one periodic point, approved by the subject group (tổ
 * chuyên môn), then by the principal, and published to teachers and students by the 28th of the
 * month the school set for it.
 *
 * @param subject             the subject code (PE is exempt)
 * @param grade               the grade
 * @param point               GK1, CK1, GK2 or CK2
 * @param dueMonth            the month by whose 28th the paper must be published
 * @param groupApprovedOn     when the subject group approved it, or null
 * @param principalApprovedOn when the principal approved it, or null
 * @param publishedOn         when it was published to teachers and students, or null
 */
public record PeriodicPaperSlot(String subject, int grade, PeriodicPoint point, YearMonth dueMonth,
                                LocalDate groupApprovedOn, LocalDate principalApprovedOn, LocalDate publishedOn) {

    /** The day of the month the directive names. */
    static final int DUE_DAY = 28;

    /**
     * The slot of a paper for a periodic test sat on {@code sittingDay} (Vietnam's date): due by the
     * last 28th <em>before</em> that day (a sitting on the 29th–31st: the 28th of its month; on the
     * 1st–28th: the 28th of the month before), so that the paper is out before the test. The
     * directive names the 28th of each month; the school's sittings say which month.
     */
    public static PeriodicPaperSlot forSitting(String subject, int grade, PeriodicPoint point, LocalDate sittingDay,
                                               LocalDate groupApprovedOn, LocalDate principalApprovedOn,
                                               LocalDate publishedOn) {
        YearMonth month = YearMonth.from(sittingDay);
        YearMonth due = sittingDay.getDayOfMonth() > DUE_DAY ? month : month.minusMonths(1);
        return new PeriodicPaperSlot(subject, grade, point, due, groupApprovedOn, principalApprovedOn, publishedOn);
    }

    /** The 28th of the due month. */
    public LocalDate deadline() {
        return dueMonth.atDay(DUE_DAY);
    }

    /** Physical education keeps no bank of periodic papers (the directive exempts it). */
    public boolean physicalEducation() {
        return "PE".equalsIgnoreCase(subject);
    }

    /** The principal approved before the subject group did (or without it). */
    public boolean approvedOutOfOrder() {
        return principalApprovedOn != null && (groupApprovedOn == null || principalApprovedOn.isBefore(groupApprovedOn));
    }

    /** What is still missing, of GROUP_APPROVAL, PRINCIPAL_APPROVAL, PUBLICATION. */
    public List<String> missingSteps() {
        List<String> missing = new ArrayList<>();
        if (groupApprovedOn == null) {
            missing.add("GROUP_APPROVAL");
        }
        if (principalApprovedOn == null) {
            missing.add("PRINCIPAL_APPROVAL");
        }
        if (publishedOn == null) {
            missing.add("PUBLICATION");
        }
        return missing;
    }

    /** Approved by both and published no later than the 28th. */
    public boolean doneOnTime() {
        return missingSteps().isEmpty() && !publishedOn.isAfter(deadline());
    }

    /** What is missing, in Vietnamese, for the reasons. */
    public String missingVi() {
        return String.join(", ", missingSteps().stream().map(m -> switch (m) {
            case "GROUP_APPROVAL" -> "tổ chuyên môn duyệt";
            case "PRINCIPAL_APPROVAL" -> "hiệu trưởng duyệt";
            default -> "công bố";
        }).toList());
    }

    /** What is missing, in English, for the reasons. */
    public String missingEn() {
        return String.join(", ", missingSteps().stream().map(m -> switch (m) {
            case "GROUP_APPROVAL" -> "subject-group approval";
            case "PRINCIPAL_APPROVAL" -> "principal's approval";
            default -> "publication";
        }).toList());
    }

    /** A date as Vietnamese readers write it (28/10/2025). */
    public static String vi(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "Toán 9 GK1" for the reasons. */
    public String label() {
        return subject + " " + grade + " " + point.code();
    }
}
