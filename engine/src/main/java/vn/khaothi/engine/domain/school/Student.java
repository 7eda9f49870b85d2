package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.khaothi.engine.domain.account.Account;

/** A student (học sinh), identified by the school's student code. */
@Entity
@Table(name = "student")
@NamedQuery(name = "Student.byCode", query = "SELECT s FROM Student s WHERE s.code = :code")
public class Student {

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

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 1)
    private String gender;

    /** The số báo danh bubbled on paper answer sheets (digits), or null. */
    @Column(name = "student_number", length = 12, unique = true)
    private String studentNumber;

    protected Student() {
    }

    public Student(String code, String fullName, LocalDate birthDate, String gender, Account account) {
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new IllegalArgumentException("gender is M or F");
        }
        this.code = code;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.gender = gender;
        this.account = account;
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

    public LocalDate birthDate() {
        return birthDate;
    }

    public String gender() {
        return gender;
    }

    public Account account() {
        return account;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }
}
