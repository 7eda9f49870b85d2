package vn.khaothi.engine.application;

import java.util.List;
import vn.khaothi.engine.domain.school.Subject;

/**
 * Grade-9 subjects of the 2018 general education programme with periods per school year, used
 * by the demo school. The first subject is Mathematics.
 */
final class GradeNineCurriculum {

    private GradeNineCurriculum() {
    }

    static List<Subject> subjects() {
        return List.of(
                subject("MATH", "Toán", "Mathematics", false, 140),
                subject("LITERATURE", "Ngữ văn", "Literature", false, 140),
                subject("ENGLISH", "Tiếng Anh", "English", false, 105),
                subject("NATURAL_SCIENCE", "Khoa học tự nhiên", "Natural science", false, 140),
                subject("HISTORY_GEOGRAPHY", "Lịch sử và Địa lí", "History and geography", false, 105),
                subject("CIVICS", "Giáo dục công dân", "Civic education", false, 35),
                subject("TECHNOLOGY", "Công nghệ", "Technology", false, 35),
                subject("INFORMATICS", "Tin học", "Informatics", false, 35),
                subject("PE", "Giáo dục thể chất", "Physical education", true, 70),
                subject("ARTS", "Nghệ thuật (Âm nhạc, Mĩ thuật)", "Arts (music, fine arts)", true, 70),
                subject("EXPERIENTIAL", "Hoạt động trải nghiệm, hướng nghiệp", "Experiential activities and career guidance", true, 105),
                subject("LOCAL_CONTENT", "Nội dung giáo dục của địa phương", "Local education content", true, 35));
    }

    private static Subject subject(String code, String vi, String en, boolean commentaryOnly, int periods) {
        Subject subject = new Subject(code, vi, en, commentaryOnly);
        subject.offerAtGrade(9, periods);
        return subject;
    }
}
