package vn.khaothi.proctor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonitorMessagesTest {

    @Test
    void commandsAreParsedWithTheirFields() throws Exception {
        var extend = (MonitorMessage.Command) MonitorMessages.parse(
                "{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":42,\"minutes\":10}");
        assertEquals(MonitorMessage.Action.EXTEND, extend.action());
        assertEquals(42L, extend.attemptId());
        assertEquals(10, extend.minutes());
        org.junit.jupiter.api.Assertions.assertFalse(extend.overrideClose(), "capped at the close unless asked");
        var past = (MonitorMessage.Command) MonitorMessages.parse(
                "{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":42,\"minutes\":10,\"overrideClose\":true}");
        org.junit.jupiter.api.Assertions.assertTrue(past.overrideClose());
        var stringly = (MonitorMessage.Command) MonitorMessages.parse(
                "{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":42,\"minutes\":10,\"overrideClose\":\"true\"}");
        org.junit.jupiter.api.Assertions.assertFalse(stringly.overrideClose(), "only a JSON true overrides");
        var toAll = (MonitorMessage.Command) MonitorMessages.parse(
                "{\"type\":\"command\",\"action\":\"MESSAGE\",\"text\":\"  Còn 5 phút  \"}");
        assertNull(toAll.attemptId());
        assertEquals("Còn 5 phút", toAll.text());
        var pause = (MonitorMessage.Command) MonitorMessages.parse(
                "{\"type\":\"command\",\"action\":\"PAUSE\",\"attemptId\":\"7\"}");
        assertEquals(7L, pause.attemptId());
        assertEquals("tok", ((MonitorMessage.Hello) MonitorMessages.parse("{\"type\":\"hello\",\"token\":\"tok\"}")).token());
    }

    @Test
    void badCommandsAreRefusedWithACode() {
        assertEquals("INVALID_ACTION", code("{\"type\":\"command\",\"action\":\"KICK\",\"attemptId\":1}"));
        assertEquals("MISSING_FIELD", code("{\"type\":\"command\",\"action\":\"PAUSE\"}"));
        assertEquals("MISSING_FIELD", code("{\"type\":\"command\",\"action\":\"MESSAGE\",\"attemptId\":1}"));
        assertEquals("INVALID_MINUTES", code("{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":1,\"minutes\":0}"));
        assertEquals("INVALID_MINUTES", code("{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":1,\"minutes\":1.5}"));
        assertEquals("INVALID_ATTEMPT", code("{\"type\":\"command\",\"action\":\"PAUSE\",\"attemptId\":\"x\"}"));
        assertEquals("INVALID_TEXT", code("{\"type\":\"command\",\"action\":\"MESSAGE\",\"text\":\"" + "a".repeat(501) + "\"}"));
        assertEquals("MALFORMED", code("not json"));
        assertEquals("UNKNOWN_TYPE", code("{\"type\":\"answer\"}"));
    }

    @Test
    void anAnswersItemIdMayBeANumber() throws Exception {
        var answer = (ClientMessage.Answer) ClientMessages.parse("{\"type\":\"answer\",\"seq\":3,\"itemId\":1234,\"response\":{}}");
        assertEquals("1234", answer.itemId());
    }

    private static String code(String frame) {
        return assertThrows(ProtocolException.class, () -> MonitorMessages.parse(frame)).code();
    }
}
