package vn.khaothi.itembank.domain.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The elements of an ordering item (câu sắp xếp) in the correct order. Element ids must not
 * reveal the order (a student sees them), so {@link #of(List)} derives them from the text.
 */
public record OrderingBody(List<Option> sequence) implements ItemBody {

    public OrderingBody {
        sequence = List.copyOf(sequence);
    }

    /** A body for texts in the correct order, with ids that do not follow the order. */
    public static OrderingBody of(List<RichText> textsInOrder) {
        List<Option> options = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (RichText text : textsInOrder) {
            String id = "E" + Integer.toString(Math.floorMod(text.html().hashCode(), 36 * 36 * 36 * 36), 36)
                    .toUpperCase(Locale.ROOT);
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + n;
            }
            options.add(new Option(unique, text));
        }
        return new OrderingBody(options);
    }
}
