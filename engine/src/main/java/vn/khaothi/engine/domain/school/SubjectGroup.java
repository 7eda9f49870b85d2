package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A subject group (tổ chuyên môn): teachers of some subjects, led by a head who approves the
 * group's banks and papers before the principal does.
 */
@Entity
@Table(name = "subject_group")
public class SubjectGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne
    @JoinColumn(name = "head_teacher_id")
    private Teacher head;

    @ManyToMany
    @JoinTable(name = "subject_group_subject",
            joinColumns = @JoinColumn(name = "subject_group_id"), inverseJoinColumns = @JoinColumn(name = "subject_id"))
    private Set<Subject> subjects = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "subject_group_member",
            joinColumns = @JoinColumn(name = "subject_group_id"), inverseJoinColumns = @JoinColumn(name = "teacher_id"))
    private Set<Teacher> members = new HashSet<>();

    protected SubjectGroup() {
    }

    public SubjectGroup(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void covers(Subject subject) {
        subjects.add(subject);
    }

    public void addMember(Teacher teacher) {
        members.add(teacher);
    }

    public void setHead(Teacher teacher) {
        addMember(teacher);
        this.head = teacher;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Teacher head() {
        return head;
    }

    public Set<Subject> subjects() {
        return Set.copyOf(subjects);
    }

    public Set<Teacher> members() {
        return Set.copyOf(members);
    }
}
