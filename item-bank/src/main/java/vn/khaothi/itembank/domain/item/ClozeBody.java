package vn.khaothi.itembank.domain.item;

import java.util.List;

/** The gaps of a cloze item; the item's stem holds a {@link Gap#placeholder()} for each. */
public record ClozeBody(List<Gap> gaps) implements ItemBody {

    public ClozeBody {
        gaps = List.copyOf(gaps);
    }
}
