package vn.khaothi.itembank.domain.item;

import java.util.Objects;

/** An element to put in order, or a choice inside a cloze gap, without credit of its own. */
public record Option(String id, RichText text) {

    public Option {
        Objects.requireNonNull(id, "id");
        text = text == null ? RichText.EMPTY : text;
    }
}
