package vn.khaothi.itembank.domain.item;

/**
 * An essay (câu tự luận), marked by a teacher. {@code guidance} is the marking guide (hướng dẫn
 * chấm) for the grader; {@code responseTemplate} pre-fills the student's answer box; {@code rubric}
 * (optional, empty when none) the criteria × levels the marker scores by.
 */
public record EssayBody(RichText guidance, RichText responseTemplate, Rubric rubric) implements ItemBody {

    public EssayBody {
        guidance = guidance == null ? RichText.EMPTY : guidance;
        responseTemplate = responseTemplate == null ? RichText.EMPTY : responseTemplate;
        rubric = rubric == null ? Rubric.NONE : rubric;
    }

    /** An essay without a rubric. */
    public EssayBody(RichText guidance, RichText responseTemplate) {
        this(guidance, responseTemplate, Rubric.NONE);
    }
}
