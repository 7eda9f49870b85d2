package vn.khaothi.itembank.domain.item;

/** What a cloze gap asks for: typed text, a typed number, or a pick from a drop-down. */
public enum GapKind {
    TEXT, NUMERIC, CHOICE
}
