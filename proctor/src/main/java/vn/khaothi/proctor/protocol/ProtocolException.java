package vn.khaothi.proctor.protocol;

/** A message that breaks the protocol; the socket answers {@code {"type":"error","code","message"}}. */
public class ProtocolException extends Exception {

    private final String code;

    public ProtocolException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
