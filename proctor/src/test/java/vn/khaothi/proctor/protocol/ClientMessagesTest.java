package vn.khaothi.proctor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientMessagesTest {

    @Test
    void parsesEveryMessageOfTheContract() throws Exception {
        assertEquals(new ClientMessage.Hello("abc"), ClientMessages.parse("{\"type\":\"hello\",\"token\":\"abc\"}"));
        ClientMessage.Answer answer = (ClientMessage.Answer) ClientMessages.parse(
                "{\"type\":\"answer\",\"seq\":7,\"itemId\":\"42\",\"response\":{\"choice\":\"B\"}}");
        assertEquals(7, answer.seq());
        assertEquals("42", answer.itemId());
        assertEquals("B", answer.response().getString("choice"));
        assertEquals(new ClientMessage.Event(ClientMessage.EventKind.PASTE, Instant.parse("2026-11-22T08:00:00Z")),
                ClientMessages.parse("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"2026-11-22T08:00:00Z\"}"));
        assertInstanceOf(ClientMessage.Heartbeat.class, ClientMessages.parse("{\"type\":\"heartbeat\"}"));
        assertInstanceOf(ClientMessage.Submit.class, ClientMessages.parse("{\"type\":\"submit\"}"));
    }

    @Test
    void refusesWhatBreaksTheProtocolWithACode() {
        assertEquals("MALFORMED", code("{\"type\":"));
        assertEquals("MALFORMED", code("[1,2]"));
        assertEquals("MISSING_FIELD", code("{\"type\":\"hello\"}"));
        assertEquals("UNKNOWN_TYPE", code("{\"type\":\"shout\"}"));
        assertEquals("INVALID_SEQ", code("{\"type\":\"answer\",\"seq\":0,\"itemId\":\"1\",\"response\":{}}"));
        assertEquals("INVALID_SEQ", code("{\"type\":\"answer\",\"seq\":1.5,\"itemId\":\"1\",\"response\":{}}"));
        assertEquals("INVALID_RESPONSE", code("{\"type\":\"answer\",\"seq\":1,\"itemId\":\"1\",\"response\":\"B\"}"));
        assertEquals("INVALID_EVENT", code("{\"type\":\"event\",\"kind\":\"DANCE\"}"));
        assertEquals("FRAME_TOO_LARGE", code("{\"type\":\"answer\",\"x\":\"" + "a".repeat(70_000) + "\"}"));
    }

    private static String code(String frame) {
        return assertThrows(ProtocolException.class, () -> ClientMessages.parse(frame)).code();
    }
}
