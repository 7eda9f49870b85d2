package vn.khaothi.itembank.application.bank;

/**
 * A request the bank refuses, with what kind of refusal it is so that REST can answer with the
 * right status. Nothing has been stored when it is thrown.
 */
public class BankException extends RuntimeException {

    /** The kinds of refusal, each with its HTTP status. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

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

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
