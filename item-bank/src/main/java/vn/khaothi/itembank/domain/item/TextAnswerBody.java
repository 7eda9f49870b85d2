package vn.khaothi.itembank.domain.item;

import java.util.List;

/**
 * Accepted answers of a short text item. Matching ignores case unless {@code caseSensitive};
 * diacritics always count, because in Vietnamese they change the word ("ma", "má", "mà" …).
 */
public record TextAnswerBody(List<TextAnswer> answers, boolean caseSensitive) implements ItemBody {

    public TextAnswerBody {
        answers = List.copyOf(answers);
    }
}
