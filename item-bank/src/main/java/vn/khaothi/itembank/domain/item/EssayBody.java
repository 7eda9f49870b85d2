package vn.khaothi.itembank.domain.item;

/**
 * An essay (câu tự luận), marked by a teacher. {@code guidance} is the marking guide (hướng dẫn
 * chấm) for the grader; {@code responseTemplate} pre-fills the student's answer box.
 */
public record EssayBody(RichText guidance, RichText responseTemplate) implements ItemBody {

    public EssayBody {
        guidance = guidance == null ? RichText.EMPTY : guidance;
        responseTemplate = responseTemplate == null ? RichText.EMPTY : responseTemplate;
    }
}
