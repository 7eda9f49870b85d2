package vn.khaothi.itembank.domain.item;

/**
 * Identifiers for options, statements and pairs that formats without identifiers (GIFT, Aiken,
 * Word, khaothi-json) give by position: A, B, …, Z, AA, AB, … They are valid QTI identifiers and
 * read naturally on a printed paper.
 */
public final class PositionalId {

    private PositionalId() {
    }

    /** The id of the element at zero-based {@code index}. */
    public static String of(int index) {
        StringBuilder id = new StringBuilder();
        int n = index;
        do {
            id.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return id.toString();
    }
}
