package vn.khaothi.itembank.application.exporting;

import java.util.List;
import vn.khaothi.itembank.domain.Refusal;

/**
 * The selection holds items the format cannot express at all (e.g. a true/false cluster in GIFT).
 * Nothing is written: dropping them silently would lose questions. REST maps this to 422.
 */
public class ExportNotPossibleException extends RuntimeException implements Refusal {

    private final List<String> reasons;

    public ExportNotPossibleException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String code() {
        return "EXPORT_NOT_POSSIBLE";
    }

    @Override
    public String message() {
        return "The format cannot express some of the items; nothing was written";
    }

    @Override
    public Object details() {
        return reasons;
    }
}
