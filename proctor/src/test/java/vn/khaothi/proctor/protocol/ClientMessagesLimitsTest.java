package vn.khaothi.proctor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 11, findings 8, 9 and 13: values a page never sends are refused with a code, never wrapped or stored. */
class ClientMessagesLimitsTest {

    private static String code(String frame) {
        return assertThrows(ProtocolException.class, () -> ClientMessages.parse(frame)).code();
    }

    private static String answer(String seq) {
        return "{\"type\":\"answer\",\"seq\":" + seq + ",\"itemId\":\"1\",\"response\":{\"choice\":\"A\"}}";
    }

    @Test
    void seqNeverWraps() throws Exception {
        assertEquals("INVALID_SEQ", code(answer("18446744073709551621")));
        assertEquals("INVALID_SEQ", code(answer("9223372036854775807")));
        assertEquals("INVALID_SEQ", code(answer(String.valueOf(ClientMessages.MAX_SEQ + 1))));
        assertEquals("INVALID_SEQ", code(answer("1e400")));
        assertEquals(ClientMessages.MAX_SEQ, ((ClientMessage.Answer) ClientMessages.parse(answer(String.valueOf(ClientMessages.MAX_SEQ)))).seq());
        assertEquals(5, ((ClientMessage.Answer) ClientMessages.parse(answer("5"))).seq());
    }

    @Test
    void trailingGarbageIsNotJson() {
        assertEquals("MALFORMED", code("{\"type\":\"heartbeat\"}}"));
        assertEquals("MALFORMED", code("{\"type\":\"heartbeat\"} {\"type\":\"submit\"}"));
    }

    @Test
    void anAnswerHasASize() {
        String big = "{\"type\":\"answer\",\"seq\":1,\"itemId\":\"1\",\"response\":{\"text\":\"" + "ạ".repeat(ClientMessages.MAX_ANSWER_CHARS) + "\"}}";
        assertEquals("ANSWER_TOO_LARGE", code(big));
    }

    @Test
    void anEventHappensNearNow() throws Exception {
        assertEquals("INVALID_EVENT", code("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"+999999999-12-31T23:59:59Z\"}"));
        assertEquals("INVALID_EVENT", code("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"1970-01-01T00:00:00Z\"}"));
        assertEquals("INVALID_EVENT", code("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"2200-01-01T00:00:00Z\"}"));
        Instant recent = Instant.now().minusSeconds(90);
        assertEquals(recent, ((ClientMessage.Event) ClientMessages.parse(
                "{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"" + recent + "\"}")).at());
        String message = assertThrows(ProtocolException.class, () -> ClientMessages.parse(
                "{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"+999999999-12-31T23:59:59Z\"}")).getMessage();
        assertFalse(message.contains("Exception"), message);
    }
}
