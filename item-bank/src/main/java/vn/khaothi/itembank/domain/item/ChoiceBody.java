package vn.khaothi.itembank.domain.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Options of a single-choice or multiple-response item, in the author's order. */
public record ChoiceBody(List<Choice> options) implements ItemBody {

    public ChoiceBody {
        options = List.copyOf(options);
    }

    /**
     * A shuffled option order in which every locked option keeps its position. Seeded by the
     * caller, so the same paper seed gives the same order.
     */
    public List<String> shuffledOrder(Random random) {
        List<Choice> movable = new ArrayList<>(options.stream().filter(o -> !o.locked()).toList());
        Collections.shuffle(movable, random);
        List<String> order = new ArrayList<>(options.size());
        int next = 0;
        for (Choice option : options) {
            order.add(option.locked() ? option.id() : movable.get(next++).id());
        }
        return order;
    }
}
