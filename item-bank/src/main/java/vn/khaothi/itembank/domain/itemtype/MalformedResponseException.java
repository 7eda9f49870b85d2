package vn.khaothi.itembank.domain.itemtype;

/** A response that does not have its item type's shape (the engine refuses to store it). */
public class MalformedResponseException extends IllegalArgumentException {

    public MalformedResponseException(String message) {
        super(message);
    }
}
