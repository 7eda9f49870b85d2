package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A subject taught at one grade with its number of periods per school year. */
@Entity
@Table(name = "subject_offering")
public class SubjectOffering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(nullable = false)
    private int grade;

    @Column(name = "periods_per_year", nullable = false)
    private int periodsPerYear;

    protected SubjectOffering() {
    }

    SubjectOffering(Subject subject, int grade, int periodsPerYear) {
        this.subject = subject;
        this.grade = grade;
        this.periodsPerYear = periodsPerYear;
    }

    public int grade() {
        return grade;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }
}
