package vn.khaothi.engine.infrastructure.print;

import java.util.List;
import java.util.Objects;

/**
 * One version (mã đề) of a paper as it is printed.
 *
 * @param authorityName   the line above the school, e.g. "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI" (Sở/Phòng GD-ĐT)
 * @param schoolName      e.g. "TRƯỜNG THPT CHU VĂN AN"
 * @param subjectName     e.g. "Toán"
 * @param gradeLabel      e.g. "12" (printed as "Lớp 12")
 * @param kindLabel       e.g. "Kiểm tra giữa kì I" (printed upper case after "ĐỀ")
 * @param schoolYear      e.g. "2025 – 2026"
 * @param durationMinutes working time printed in the header
 * @param versionCode     the mã đề, e.g. "101"
 * @param items           the items in position order
 */
public record PrintablePaper(String authorityName, String schoolName, String subjectName, String gradeLabel,
        String kindLabel, String schoolYear, int durationMinutes, String versionCode, List<PrintableItem> items) {

    public PrintablePaper {
        authorityName = authorityName == null ? "" : authorityName;
        schoolName = schoolName == null ? "" : schoolName;
        subjectName = Objects.requireNonNull(subjectName, "subjectName");
        gradeLabel = gradeLabel == null ? "" : gradeLabel;
        kindLabel = Objects.requireNonNull(kindLabel, "kindLabel");
        schoolYear = schoolYear == null ? "" : schoolYear;
        versionCode = Objects.requireNonNull(versionCode, "versionCode");
        items = List.copyOf(items);
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("durationMinutes must be positive: " + durationMinutes);
        }
    }
}
