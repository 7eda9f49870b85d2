package vn.khaothi.engine.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.school.School;
import vn.khaothi.engine.domain.school.SchoolClass;
import vn.khaothi.engine.domain.school.SchoolYear;
import vn.khaothi.engine.domain.school.Student;
import vn.khaothi.engine.domain.school.Subject;
import vn.khaothi.engine.domain.school.SubjectGroup;
import vn.khaothi.engine.domain.school.TeachingAssignment;
import vn.khaothi.engine.domain.school.Teacher;
import vn.khaothi.itembank.domain.school.StaffDirectory;

/**
 * The school's structure as administrators read and extend it: years, subjects, classes, people.
 * Also the item bank's {@link StaffDirectory}: the engine owns the school's tables, the bank asks
 * here who teaches and heads which subject.
 */
@ApplicationScoped
@Transactional
public class SchoolDirectory implements StaffDirectory {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    public record YearView(String code, LocalDate startsOn, LocalDate endsOn, boolean current, List<SemesterView> semesters) {
    }

    public record SemesterView(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    public record SubjectView(String code, String nameVi, String nameEn, boolean commentaryOnly, List<OfferingView> offerings) {
    }

    public record OfferingView(int grade, int periodsPerYear) {
    }

    public record ClassView(String code, int grade, String schoolYear, String homeroomTeacher, int students) {
    }

    /** @param studentNumber the số báo danh printed and bubbled on answer sheets, or null */
    public record StudentView(String code, String fullName, LocalDate birthDate, String gender, String studentNumber) {
    }

    public record GroupView(String code, String name, String head, List<String> subjects, List<String> members) {
    }

    public record AssignmentView(String teacher, String schoolClass, String subject) {
    }

    /** Why a create was refused: the caller maps it to 404/409. */
    public static class DirectoryException extends RuntimeException {
        private final boolean conflict;

        DirectoryException(boolean conflict, String message) {
            super(message);
            this.conflict = conflict;
        }

        public boolean conflict() {
            return conflict;
        }
    }

    public record TeacherView(String code, String fullName, String username, boolean mayProctor, List<String> subjects) {
    }

    public List<YearView> years() {
        return em.createQuery("SELECT y FROM SchoolYear y ORDER BY y.code DESC", SchoolYear.class).getResultList().stream()
                .map(y -> new YearView(y.code(), y.startsOn(), y.endsOn(), y.current(), y.semesters().stream()
                        .map(s -> new SemesterView(s.number(), s.startsOn(), s.endsOn())).toList()))
                .toList();
    }

    /**
     * A new school year with its two semesters. Making it current ends the current one: one year
     * is current at a time (classes, imports and the rules' school year follow it).
     */
    public YearView createYear(String code, LocalDate semester1Start, LocalDate semester1End, LocalDate semester2Start,
            LocalDate semester2End, boolean current) {
        if (!em.createQuery("SELECT y FROM SchoolYear y WHERE y.code = :code", SchoolYear.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new DirectoryException(true, "School year " + code + " already exists");
        }
        if (!semester1End.isAfter(semester1Start) || !semester2Start.isAfter(semester1End) || !semester2End.isAfter(semester2Start)) {
            throw new IllegalArgumentException("Semesters must follow each other: I starts < I ends < II starts < II ends");
        }
        School school = em.createQuery("SELECT s FROM School s ORDER BY s.id", School.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new DirectoryException(false, "No school is set up"));
        if (current) {
            em.createQuery("UPDATE SchoolYear y SET y.current = false WHERE y.current = true").executeUpdate();
        }
        SchoolYear year = new SchoolYear(school, code, semester1Start, semester2End, current);
        year.addSemester(1, semester1Start, semester1End);
        year.addSemester(2, semester2Start, semester2End);
        em.persist(year);
        return new YearView(year.code(), year.startsOn(), year.endsOn(), year.current(), year.semesters().stream()
                .map(sem -> new SemesterView(sem.number(), sem.startsOn(), sem.endsOn())).toList());
    }

    public List<SubjectView> subjects() {
        return em.createQuery("SELECT s FROM Subject s ORDER BY s.code", Subject.class).getResultList().stream()
                .map(SchoolDirectory::view).toList();
    }

    public Optional<SubjectView> subject(String code) {
        return em.createNamedQuery("Subject.byCode", Subject.class).setParameter("code", code)
                .getResultStream().findFirst().map(SchoolDirectory::view);
    }

    public SubjectView createSubject(String code, String nameVi, String nameEn, boolean commentaryOnly, int grade, int periodsPerYear) {
        Subject subject = new Subject(code, nameVi, nameEn, commentaryOnly);
        subject.offerAtGrade(grade, periodsPerYear);
        em.persist(subject);
        return view(subject);
    }

    public List<ClassView> classes(Optional<String> yearCode) {
        String jpql = yearCode.isPresent()
                ? "SELECT c FROM SchoolClass c WHERE c.schoolYear.code = :year ORDER BY c.code"
                : "SELECT c FROM SchoolClass c WHERE c.schoolYear.current = true ORDER BY c.code";
        var query = em.createQuery(jpql, SchoolClass.class);
        yearCode.ifPresent(y -> query.setParameter("year", y));
        return query.getResultList().stream().map(SchoolDirectory::view).toList();
    }

    public Optional<List<StudentView>> studentsOf(String classCode) {
        return em.createQuery("SELECT c FROM SchoolClass c WHERE c.schoolYear.current = true AND c.code = :code", SchoolClass.class)
                .setParameter("code", classCode).getResultStream().findFirst()
                .map(c -> c.students().stream()
                        .map(s -> new StudentView(s.code(), s.fullName(), s.birthDate(), s.gender(), s.studentNumber()))
                        .toList());
    }

    public long studentCount() {
        return em.createQuery("SELECT COUNT(s) FROM Student s", Long.class).getSingleResult();
    }

    public List<TeacherView> teachers() {
        return em.createQuery("SELECT t FROM Teacher t ORDER BY t.code", Teacher.class).getResultList().stream()
                .map(t -> new TeacherView(t.code(), t.fullName(), t.account() == null ? null : t.account().username(),
                        t.mayProctor(), t.subjects().stream().map(Subject::code).sorted().toList()))
                .toList();
    }

    public List<GroupView> groups() {
        return em.createQuery("SELECT g FROM SubjectGroup g ORDER BY g.code", SubjectGroup.class).getResultList().stream()
                .map(g -> new GroupView(g.code(), g.name(), g.head() == null ? null : g.head().code(),
                        g.subjects().stream().map(Subject::code).sorted().toList(),
                        g.members().stream().map(Teacher::code).sorted().toList()))
                .toList();
    }

    /** A class of the current school year, optionally with its homeroom teacher (by teacher code). */
    public ClassView createClass(String code, int grade, String homeroomTeacherCode) {
        SchoolYear year = em.createQuery("SELECT y FROM SchoolYear y WHERE y.current = true", SchoolYear.class)
                .getResultStream().findFirst().orElseThrow(() -> new DirectoryException(false, "No current school year"));
        if (!em.createNamedQuery("SchoolClass.byYearAndCode", SchoolClass.class).setParameter("year", year)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new DirectoryException(true, "Class " + code + " already exists in " + year.code());
        }
        SchoolClass schoolClass = new SchoolClass(year, grade, code);
        if (homeroomTeacherCode != null && !homeroomTeacherCode.isBlank()) {
            schoolClass.setHomeroomTeacher(teacher(homeroomTeacherCode));
        }
        em.persist(schoolClass);
        return view(schoolClass);
    }

    /** Phân công: a teacher teaches a subject to a class of the current year. */
    public AssignmentView assign(String teacherCode, String classCode, String subjectCode) {
        Teacher teacher = teacher(teacherCode);
        SchoolClass schoolClass = em.createQuery(
                "SELECT c FROM SchoolClass c WHERE c.schoolYear.current = true AND c.code = :code", SchoolClass.class)
                .setParameter("code", classCode).getResultStream().findFirst()
                .orElseThrow(() -> new DirectoryException(false, "Class " + classCode + " not found in the current year"));
        Subject subject = em.createNamedQuery("Subject.byCode", Subject.class).setParameter("code", subjectCode)
                .getResultStream().findFirst().orElseThrow(() -> new DirectoryException(false, "Subject " + subjectCode + " not found"));
        boolean exists = !em.createQuery("SELECT a FROM TeachingAssignment a WHERE a.teacher = :t AND a.schoolClass = :c AND a.subject = :s")
                .setParameter("t", teacher).setParameter("c", schoolClass).setParameter("s", subject).getResultList().isEmpty();
        if (exists) {
            throw new DirectoryException(true, teacherCode + " already teaches " + subjectCode + " to " + classCode);
        }
        em.persist(new TeachingAssignment(teacher, schoolClass, subject));
        return new AssignmentView(teacherCode, classCode, subjectCode);
    }

    public List<AssignmentView> assignments() {
        return em.createQuery("SELECT a FROM TeachingAssignment a WHERE a.schoolClass.schoolYear.current = true "
                + "ORDER BY a.schoolClass.code, a.subject.code", TeachingAssignment.class).getResultList().stream()
                .map(a -> new AssignmentView(a.teacher().code(), a.schoolClass().code(), a.subject().code())).toList();
    }

    private Teacher teacher(String code) {
        return em.createNamedQuery("Teacher.byCode", Teacher.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new DirectoryException(false, "Teacher " + code + " not found"));
    }

    private static SubjectView view(Subject s) {
        return new SubjectView(s.code(), s.nameVi(), s.nameEn(), s.commentaryOnly(),
                s.offerings().stream().map(o -> new OfferingView(o.grade(), o.periodsPerYear())).toList());
    }

    private static ClassView view(SchoolClass c) {
        return new ClassView(c.code(), c.grade(), c.schoolYear().code(),
                c.homeroomTeacher() == null ? null : c.homeroomTeacher().fullName(), c.students().size());
    }

    /** Used by tests and the demo: a student exists. */
    public boolean studentExists(String code) {
        return !em.createNamedQuery("Student.byCode", Student.class).setParameter("code", code).getResultList().isEmpty();
    }

    // The item bank's questions (its StaffDirectory port).

    @Override
    public Set<String> subjectsOf(String username) {
        Set<String> codes = new LinkedHashSet<>(em.createQuery("SELECT s.code FROM Teacher t JOIN t.subjects s"
                + " WHERE t.account.username = :u", String.class).setParameter("u", username).getResultList());
        codes.addAll(em.createQuery("SELECT s.code FROM SubjectGroup g JOIN g.subjects s"
                + " WHERE g.head.account.username = :u", String.class).setParameter("u", username).getResultList());
        return codes;
    }

    @Override
    public boolean headsSubject(String username, String subjectCode) {
        if (username == null || subjectCode == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(g) FROM SubjectGroup g JOIN g.subjects s"
                        + " WHERE g.head.account.username = :u AND s.code = :c", Long.class)
                .setParameter("u", username).setParameter("c", subjectCode).getSingleResult() > 0;
    }

    /** A delegation of scope {@value Delegation#MATERIALS_APPROVAL} valid at {@code now} (times in UTC). */
    @Override
    public boolean holdsMaterialsDelegation(String username, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM delegation WHERE deputy_id = ?1 AND scope = ?2"
                        + " AND valid_from <= ?3 AND valid_until > ?4")
                .setParameter(1, username).setParameter(2, Delegation.MATERIALS_APPROVAL).setParameter(3, at)
                .setParameter(4, at).getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public List<StaffDirectory.SchoolSubject> schoolSubjects() {
        return em.createQuery("SELECT s FROM Subject s ORDER BY s.id", Subject.class).getResultList().stream()
                .map(s -> new StaffDirectory.SchoolSubject(s.code(), s.nameVi(), s.nameEn())).toList();
    }

    @Override
    public boolean subjectExists(String code) {
        return code != null && em.createQuery("SELECT COUNT(s) FROM Subject s WHERE s.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }
}
