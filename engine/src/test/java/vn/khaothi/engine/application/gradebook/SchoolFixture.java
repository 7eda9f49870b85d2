package vn.khaothi.engine.application.gradebook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A school for gradebook tests, inserted with plain SQL: year 2026–2027 (current), the 12 grade-9
 * subjects with their periods (4 commentary-only), one teacher per subject (username
 * {@code <prefix>.gv.<subject>}), a homeroom teacher, classes of students.
 */
final class SchoolFixture {

    static final String[][] SUBJECTS = {
            {"MATH", "Toán", "0", "140"}, {"LITERATURE", "Ngữ văn", "0", "140"}, {"ENGLISH", "Tiếng Anh", "0", "105"},
            {"NATURAL_SCIENCE", "Khoa học tự nhiên", "0", "140"}, {"HISTORY_GEOGRAPHY", "Lịch sử và Địa lí", "0", "105"},
            {"CIVICS", "Giáo dục công dân", "0", "35"}, {"TECHNOLOGY", "Công nghệ", "0", "35"}, {"INFORMATICS", "Tin học", "0", "35"},
            {"PE", "Giáo dục thể chất", "1", "70"}, {"ARTS", "Nghệ thuật", "1", "70"},
            {"EXPERIENTIAL", "Hoạt động trải nghiệm", "1", "105"}, {"LOCAL_CONTENT", "Giáo dục địa phương", "1", "35"}};

    private SchoolFixture() {
    }

    /** The school, year, subjects and teachers (once per database). */
    static void school(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (code, name) VALUES ('GB', 'THCS Sổ điểm')");
            s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2026-2027',"
                    + " '2026-09-05', '2027-05-31', TRUE FROM school WHERE code = 'GB'");
            for (String[] subject : SUBJECTS) {
                s.executeUpdate("INSERT INTO subject (code, name_vi, name_en, commentary_only) VALUES ('" + subject[0] + "', '"
                        + subject[1] + "', '" + subject[0] + "', " + subject[2] + ")");
                s.executeUpdate("INSERT INTO subject_offering (subject_id, grade, periods_per_year) SELECT id, 9, " + subject[3]
                        + " FROM subject WHERE code = '" + subject[0] + "'");
            }
        }
    }

    /** A class with {@code size} students {@code <code>-001}…, a homeroom teacher and one teacher per subject. */
    static void schoolClass(DataSource ds, String code, int size) throws SQLException {
        String prefix = code.toLowerCase();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                teacher(s, prefix + ".gvcn");
                s.executeUpdate("INSERT INTO school_class (school_year_id, grade, code, homeroom_teacher_id) SELECT y.id, 9, '" + code
                        + "', t.id FROM school_year y, teacher t WHERE y.code = '2026-2027' AND t.code = '" + prefix + ".gvcn'");
                for (String[] subject : SUBJECTS) {
                    String teacher = prefix + ".gv." + subject[0].toLowerCase();
                    teacher(s, teacher);
                    s.executeUpdate("INSERT INTO teaching_assignment (teacher_id, class_id, subject_id) SELECT t.id, c.id, su.id"
                            + " FROM teacher t, school_class c, subject su WHERE t.code = '" + teacher + "' AND c.code = '" + code
                            + "' AND su.code = '" + subject[0] + "'");
                }
            }
            try (PreparedStatement account = c.prepareStatement(
                    "INSERT INTO account (username, password_hash, display_name) VALUES (?, 'x', ?)");
                 PreparedStatement student = c.prepareStatement("INSERT INTO student (account_id, code, full_name)"
                         + " SELECT id, username, display_name FROM account WHERE username = ?");
                 PreparedStatement enrol = c.prepareStatement("INSERT INTO enrolment (student_id, class_id) SELECT s.id, c.id"
                         + " FROM student s, school_class c WHERE s.code = ? AND c.code = ?")) {
                for (int i = 1; i <= size; i++) {
                    String username = studentId(code, i);
                    account.setString(1, username);
                    account.setString(2, "Học sinh " + code + " số " + i);
                    account.executeUpdate();
                    student.setString(1, username);
                    student.executeUpdate();
                    enrol.setString(1, username);
                    enrol.setString(2, code);
                    enrol.executeUpdate();
                }
            }
            c.commit();
        }
    }

    static String studentId(String classCode, int n) {
        return classCode.toLowerCase() + String.format("-%03d", n);
    }

    static String teacherOf(String classCode, String subject) {
        return classCode.toLowerCase() + ".gv." + subject.toLowerCase();
    }

    private static void teacher(Statement s, String username) throws SQLException {
        s.executeUpdate("INSERT INTO account (username, password_hash, display_name) VALUES ('" + username + "', 'x', '" + username + "')");
        s.executeUpdate("INSERT INTO teacher (account_id, code, full_name) SELECT id, username, username FROM account WHERE username = '"
                + username + "'");
    }
}
