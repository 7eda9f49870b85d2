package vn.khaothi.engine.domain.school;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A school year (năm học), e.g. 2025-2026, with its two semesters (học kì I, II). */
@Entity
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 9)
    private String code;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @OneToMany(mappedBy = "schoolYear", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Semester> semesters = new ArrayList<>();

    protected SchoolYear() {
    }

    public SchoolYear(School school, String code, LocalDate startsOn, LocalDate endsOn, boolean current) {
        if (!code.matches("\\d{4}-\\d{4}") || Integer.parseInt(code.substring(5)) != Integer.parseInt(code.substring(0, 4)) + 1) {
            throw new IllegalArgumentException("A school year code looks like 2025-2026, not " + code);
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("A school year must end after it starts");
        }
        this.school = school;
        this.code = code;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.current = current;
    }

    public Semester addSemester(int number, LocalDate starts, LocalDate ends) {
        Semester semester = new Semester(this, number, starts, ends);
        semesters.add(semester);
        return semester;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean current() {
        return current;
    }

    public List<Semester> semesters() {
        return List.copyOf(semesters);
    }
}
