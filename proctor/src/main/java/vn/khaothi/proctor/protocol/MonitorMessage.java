package vn.khaothi.proctor.protocol;

/** What a proctor's dashboard may send on the monitor socket (api-contract.md, "Monitor socket"). */
public sealed interface MonitorMessage {

    record Hello(String token) implements MonitorMessage {
    }

    /**
     * A command on one attempt of the sitting. {@code attemptId} may be null for MESSAGE only (to every
     * student of the sitting); {@code text} is the message or the reason of a TERMINATE; {@code minutes} is EXTEND's,
     * {@code overrideClose} lets an EXTEND go past the sitting's close (issue 17: capped otherwise).
     */
    record Command(Action action, Long attemptId, String text, Integer minutes, boolean overrideClose) implements MonitorMessage {

        /** Without {@code overrideClose}: an EXTEND is capped at the sitting's close. */
        public Command(Action action, Long attemptId, String text, Integer minutes) {
            this(action, attemptId, text, minutes, false);
        }
    }

    enum Action { MESSAGE, PAUSE, RESUME, EXTEND, TERMINATE, ADMIT }
}
