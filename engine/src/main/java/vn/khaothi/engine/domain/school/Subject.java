package vn.khaothi.engine.domain.school;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A subject (môn học). Commentary-only subjects (đánh giá bằng nhận xét: PE, arts, local
 * content, experiential activities) are assessed ĐẠT / CHƯA ĐẠT, not scored (TT22 Art. 5).
 */
@Entity
@Table(name = "subject")
@NamedQuery(name = "Subject.byCode", query = "SELECT s FROM Subject s WHERE s.code = :code")
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "commentary_only", nullable = false)
    private boolean commentaryOnly;

    @OneToMany(mappedBy = "subject", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SubjectOffering> offerings = new ArrayList<>();

    protected Subject() {
    }

    public Subject(String code, String nameVi, String nameEn, boolean commentaryOnly) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.commentaryOnly = commentaryOnly;
    }

    /** Periods per school year at a grade: TT22 Art. 6 and 7 derive counts and durations from it. */
    public void offerAtGrade(int grade, int periodsPerYear) {
        Grade.check(grade);
        if (periodsPerYear <= 0) {
            throw new IllegalArgumentException("periodsPerYear must be positive");
        }
        offerings.removeIf(o -> o.grade() == grade);
        offerings.add(new SubjectOffering(this, grade, periodsPerYear));
    }

    public OptionalInt periodsPerYear(int grade) {
        return offerings.stream().filter(o -> o.grade() == grade).mapToInt(SubjectOffering::periodsPerYear).findFirst();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean commentaryOnly() {
        return commentaryOnly;
    }

    public List<SubjectOffering> offerings() {
        return List.copyOf(offerings);
    }
}
