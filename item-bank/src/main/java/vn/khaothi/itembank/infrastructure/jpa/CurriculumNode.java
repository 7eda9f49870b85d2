package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One node of the curriculum tree (chương trình): a chapter (chương) of a subject and grade, or a
 * lesson (bài) inside a chapter. Siblings are ordered by {@code position}.
 */
@Entity
@Table(name = "bank_curriculum_node")
public class CurriculumNode {

    public static final String CHAPTER = "CHAPTER";
    public static final String LESSON = "LESSON";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Column(nullable = false)
    private int grade;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false, length = 200)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private int position;

    protected CurriculumNode() {
    }

    public CurriculumNode(String subjectCode, int grade, Long parentId, String code, String title, int position) {
        this.subjectCode = subjectCode;
        this.grade = grade;
        this.parentId = parentId;
        this.kind = parentId == null ? CHAPTER : LESSON;
        this.code = code;
        this.title = title;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String subjectCode() {
        return subjectCode;
    }

    public int grade() {
        return grade;
    }

    public Long parentId() {
        return parentId;
    }

    public boolean isChapter() {
        return parentId == null;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public void retitle(String newTitle, int newPosition) {
        this.title = newTitle;
        this.position = newPosition;
    }
}
