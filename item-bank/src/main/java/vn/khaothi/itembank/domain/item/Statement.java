package vn.khaothi.itembank.domain.item;

import java.util.Objects;

/** One statement (ý a–d) of a true/false cluster, with whether it is true. */
public record Statement(String id, RichText text, boolean correct) {

    public Statement {
        Objects.requireNonNull(id, "id");
        text = text == null ? RichText.EMPTY : text;
    }
}
