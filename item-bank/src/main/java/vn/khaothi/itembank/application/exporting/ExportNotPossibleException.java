package vn.khaothi.itembank.application.exporting;

import java.util.List;

/**
 * The selection holds items the format cannot express at all (e.g. a true/false cluster in GIFT).
 * Nothing is written: dropping them silently would lose questions. REST maps this to 422.
 */
public class ExportNotPossibleException extends RuntimeException {

    private final List<String> reasons;

    public ExportNotPossibleException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
