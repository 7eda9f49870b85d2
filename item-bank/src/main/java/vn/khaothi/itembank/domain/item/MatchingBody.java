package vn.khaothi.itembank.domain.item;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The pairs of a matching item. The answer column is the distinct {@code right} texts sorted
 * alphabetically, with ids R1, R2, … in that order ({@link #rightIds()}): sorting keeps the ids from
 * revealing which premise an answer belongs to, and two premises can share one answer.
 */
public record MatchingBody(List<MatchPair> pairs) implements ItemBody {

    public MatchingBody {
        pairs = List.copyOf(pairs);
    }

    public List<MatchPair> premises() {
        return pairs.stream().filter(p -> !p.isDistractor()).toList();
    }

    /** The answer column: distinct texts, sorted. */
    public List<String> answers() {
        return new ArrayList<>(new TreeSet<>(pairs.stream().map(MatchPair::right).toList()));
    }

    /** The id of an answer text in the answer column. */
    public String rightIdOf(String rightText) {
        int index = answers().indexOf(rightText);
        if (index < 0) {
            throw new IllegalArgumentException("no such answer: " + rightText);
        }
        return "R" + (index + 1);
    }

    public List<String> rightIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < answers().size(); i++) {
            ids.add("R" + (i + 1));
        }
        return ids;
    }
}
