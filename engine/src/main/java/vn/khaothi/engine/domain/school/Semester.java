package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Học kì: semester I or II of a school year. */
@Entity
@Table(name = "semester")
public class Semester {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_year_id")
    private SchoolYear schoolYear;

    @Column(nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Semester() {
    }

    Semester(SchoolYear schoolYear, int number, LocalDate startsOn, LocalDate endsOn) {
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("A semester is number 1 or 2");
        }
        this.schoolYear = schoolYear;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
