package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import vn.khaothi.engine.domain.account.Account;

/** A teacher (giáo viên): the subjects they teach and whether they may proctor online sittings. */
@Entity
@Table(name = "teacher")
@NamedQuery(name = "Teacher.byCode", query = "SELECT t FROM Teacher t WHERE t.code = :code")
public class Teacher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "may_proctor", nullable = false)
    private boolean mayProctor = true;

    @ManyToMany
    @JoinTable(name = "teacher_subject",
            joinColumns = @JoinColumn(name = "teacher_id"), inverseJoinColumns = @JoinColumn(name = "subject_id"))
    private Set<Subject> subjects = new HashSet<>();

    protected Teacher() {
    }

    public Teacher(String code, String fullName, Account account, boolean mayProctor) {
        this.code = code;
        this.fullName = fullName;
        this.account = account;
        this.mayProctor = mayProctor;
    }

    public void teaches(Subject subject) {
        subjects.add(subject);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    public Account account() {
        return account;
    }

    public boolean mayProctor() {
        return mayProctor;
    }

    public Set<Subject> subjects() {
        return Set.copyOf(subjects);
    }
}
