package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.search.SearchText;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;

/**
 * An item of the bank (câu hỏi): where it is filed, its level, approval status and exposure, plus
 * the columns search filters on, copied from its current version. The content lives in
 * {@link ItemVersion}; every edit adds a version and moves {@code currentVersion}.
 */
@Entity
@Table(name = "bank_item")
public class BankItem {

    static final int STEM_TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Column(nullable = false)
    private int grade;

    @Column(name = "chapter_id", nullable = false)
    private Long chapterId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "item_type", nullable = false, length = 30)
    private String type;

    @Column(nullable = false, length = 4)
    private String level;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false, precision = 8, scale = 4)
    private BigDecimal points;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "stem_text", nullable = false, length = STEM_TEXT_LENGTH)
    private String stemText;

    @Column(name = "search_key", nullable = false, length = SearchKey.LENGTH)
    private String searchKey;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "exposure_count", nullable = false)
    private int exposureCount;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bank_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    private List<ItemTag> tags = new ArrayList<>();

    protected BankItem() {
    }

    public BankItem(String subjectCode, int grade, CurriculumNode chapter, CurriculumNode lesson, CognitiveLevel level,
                    ApprovalStatus status, ItemContent content, String author, LocalDateTime now) {
        this.subjectCode = subjectCode;
        this.grade = grade;
        this.author = author;
        this.status = status.name();
        this.createdAt = now;
        this.currentVersion = 0;
        file(chapter, lesson);
        describe(content, level, now);
    }

    /** Copies what lists and filters need from a new version's content. */
    public void describe(ItemContent content, CognitiveLevel newLevel, LocalDateTime now) {
        this.type = content.type().name();
        this.level = newLevel.name();
        this.points = content.defaultPoints();
        this.name = cut(content.name(), 255);
        String stem = content.stem().text();
        this.stemText = cut(stem, STEM_TEXT_LENGTH);
        this.searchKey = searchKey(content);
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : content.tags()) {
            String key = cut(SearchText.fold(tag), 150);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, cut(tag.strip(), 150));
            }
        }
        this.tags.clear();
        byKey.forEach((key, tag) -> this.tags.add(new ItemTag(key, tag, subjectCode, grade)));
        this.updatedAt = now;
    }

    /** What free-text search matches: the name, the stem and the tags, folded ("Căn" → "can"). */
    public static String searchKey(ItemContent content) {
        return SearchKey.of(content.name() + " " + content.stem().text() + " " + String.join(" ", content.tags()));
    }

    public int nextVersion() {
        return ++currentVersion;
    }

    public void file(CurriculumNode chapter, CurriculumNode lesson) {
        this.chapterId = chapter.id();
        this.lessonId = lesson == null ? null : lesson.id();
    }

    public void moveTo(ApprovalStatus next, LocalDateTime now) {
        this.status = next.name();
        this.updatedAt = now;
    }

    public void exposed() {
        exposureCount++;
    }

    private static String cut(String text, int max) {
        String s = text == null ? "" : text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
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

    public Long chapterId() {
        return chapterId;
    }

    public Long lessonId() {
        return lessonId;
    }

    public String type() {
        return type;
    }

    public CognitiveLevel level() {
        return CognitiveLevel.valueOf(level);
    }

    public ApprovalStatus status() {
        return ApprovalStatus.valueOf(status);
    }

    public BigDecimal points() {
        return points;
    }

    public String name() {
        return name;
    }

    public String stemText() {
        return stemText;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String author() {
        return author;
    }

    public int exposureCount() {
        return exposureCount;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public List<String> tags() {
        return tags.stream().map(ItemTag::tag).toList();
    }
}
