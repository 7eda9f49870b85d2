package vn.khaothi.proctor.protocol;

/** What a proctor's dashboard may send on the monitor socket (api-contract.md, "Monitor socket"). */
public sealed interface MonitorMessage {

    record Hello(String token) implements MonitorMessage {
    }

    /**
     * A command on one attempt of the sitting. {@code attemptId} may be null for MESSAGE only (to every
     * student of the sitting); {@code text} is the message or the reason of a TERMINATE; {@code minutes} is EXTEND's.
     */
    record Command(Action action, Long attemptId, String text, Integer minutes) implements MonitorMessage {
    }

    enum Action { MESSAGE, PAUSE, RESUME, EXTEND, TERMINATE, ADMIT }
}
