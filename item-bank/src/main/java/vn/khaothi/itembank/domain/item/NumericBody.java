package vn.khaothi.itembank.domain.item;

import java.util.List;

/** Accepted numbers of a short numeric item (câu trả lời ngắn), best first. */
public record NumericBody(List<NumericAnswer> answers) implements ItemBody {

    public NumericBody {
        answers = List.copyOf(answers);
    }
}
