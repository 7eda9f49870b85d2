package vn.khaothi.itembank.domain.item;

/**
 * A single true/false judgement (câu đúng/sai). The two feedbacks are shown to a student who
 * answered true, resp. false, as in Moodle.
 */
public record TrueFalseBody(boolean answer, RichText feedbackTrue, RichText feedbackFalse) implements ItemBody {

    public TrueFalseBody {
        feedbackTrue = feedbackTrue == null ? RichText.EMPTY : feedbackTrue;
        feedbackFalse = feedbackFalse == null ? RichText.EMPTY : feedbackFalse;
    }
}
