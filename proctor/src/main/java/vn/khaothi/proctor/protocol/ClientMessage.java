package vn.khaothi.proctor.protocol;

import jakarta.json.JsonObject;
import java.time.Instant;

/** What a student's page may send on the attempt socket (api-contract.md, "Attempt socket"). */
public sealed interface ClientMessage {

    record Hello(String token) implements ClientMessage {
    }

    /** An answer; {@code seq} orders a student's answers and makes a resend idempotent. */
    record Answer(long seq, String itemId, JsonObject response) implements ClientMessage {
    }

    /** An integrity event seen by the browser (focus lost, paste, ...). */
    record Event(EventKind kind, Instant at) implements ClientMessage {
    }

    record Heartbeat() implements ClientMessage {
    }

    record Submit() implements ClientMessage {
    }

    enum EventKind { FOCUS_LOST, FOCUS_BACK, VISIBILITY_HIDDEN, FULLSCREEN_EXIT, PASTE, COPY, CONTEXT_MENU, DEVTOOLS, NETWORK_OFFLINE }
}
