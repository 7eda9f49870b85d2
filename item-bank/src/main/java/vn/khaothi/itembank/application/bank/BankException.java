package vn.khaothi.itembank.application.bank;

import java.util.List;
import vn.khaothi.itembank.application.Problems;
import vn.khaothi.itembank.domain.Refusal;

/**
 * A request the bank refuses, with what kind of refusal it is. Nothing has been stored when it is thrown.
 */
public class BankException extends RuntimeException implements Refusal {

    private final Kind kind;
    private final String code;

    public BankException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static BankException notFound(String what) {
        return new BankException(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static BankException invalid(String message) {
        return new BankException(Kind.INVALID, "VALIDATION_FAILED", message);
    }

    public static BankException forbidden(String message) {
        return new BankException(Kind.FORBIDDEN, "FORBIDDEN", message);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String code() {
        return code;
    }

    /** An invalid item lists each problem with a code and parameters, so the editor says it in its language. */
    @Override
    public Object details() {
        if ("ITEM_INVALID".equals(code)) {
            return Problems.describeAll(getMessage());
        }
        if (!"PROBLEM".equals(Problems.code(getMessage()))) {
            return List.of(Problems.describe(getMessage()));
        }
        return null;
    }
}
