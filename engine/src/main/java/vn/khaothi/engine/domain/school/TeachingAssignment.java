package vn.khaothi.engine.domain.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Phân công giảng dạy: a teacher teaches a subject to a class. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(Teacher teacher, SchoolClass schoolClass, Subject subject) {
        this.teacher = teacher;
        this.schoolClass = schoolClass;
        this.subject = subject;
    }

    public Long id() {
        return id;
    }

    public Teacher teacher() {
        return teacher;
    }

    public SchoolClass schoolClass() {
        return schoolClass;
    }

    public Subject subject() {
        return subject;
    }
}
