package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A class (lớp), e.g. 9A1, of one school year and grade, with its enrolled students. */
@Entity
@Table(name = "school_class")
@NamedQuery(name = "SchoolClass.byYearAndCode",
        query = "SELECT c FROM SchoolClass c WHERE c.schoolYear = :year AND c.code = :code")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_year_id")
    private SchoolYear schoolYear;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false, length = 20)
    private String code;

    @ManyToOne
    @JoinColumn(name = "homeroom_teacher_id")
    private Teacher homeroomTeacher;

    @ManyToMany
    @JoinTable(name = "enrolment",
            joinColumns = @JoinColumn(name = "class_id"), inverseJoinColumns = @JoinColumn(name = "student_id"))
    @OrderBy("code")
    private List<Student> students = new ArrayList<>();

    protected SchoolClass() {
    }

    public SchoolClass(SchoolYear schoolYear, int grade, String code) {
        this.schoolYear = schoolYear;
        this.grade = Grade.check(grade);
        this.code = code;
    }

    public void enrol(Student student) {
        if (!students.contains(student)) {
            students.add(student);
        }
    }

    public void setHomeroomTeacher(Teacher teacher) {
        this.homeroomTeacher = teacher;
    }

    public Long id() {
        return id;
    }

    public SchoolYear schoolYear() {
        return schoolYear;
    }

    public int grade() {
        return grade;
    }

    public String code() {
        return code;
    }

    public Teacher homeroomTeacher() {
        return homeroomTeacher;
    }

    public List<Student> students() {
        return List.copyOf(students);
    }
}
