package vn.khaothi.engine.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.domain.school.SchoolClass;
import vn.khaothi.engine.domain.school.SchoolYear;
import vn.khaothi.engine.domain.school.Student;
import vn.khaothi.engine.domain.school.Subject;
import vn.khaothi.engine.domain.school.Teacher;

/** The school's structure as administrators read and extend it: years, subjects, classes, people. */
@ApplicationScoped
@Transactional
public class SchoolDirectory {

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

    public record StudentView(String code, String fullName, LocalDate birthDate, String gender) {
    }

    public record TeacherView(String code, String fullName, String username, boolean mayProctor, List<String> subjects) {
    }

    public List<YearView> years() {
        return em.createQuery("SELECT y FROM SchoolYear y ORDER BY y.code DESC", SchoolYear.class).getResultList().stream()
                .map(y -> new YearView(y.code(), y.startsOn(), y.endsOn(), y.current(), y.semesters().stream()
                        .map(s -> new SemesterView(s.number(), s.startsOn(), s.endsOn())).toList()))
                .toList();
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
                        .map(s -> new StudentView(s.code(), s.fullName(), s.birthDate(), s.gender())).toList());
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
}
