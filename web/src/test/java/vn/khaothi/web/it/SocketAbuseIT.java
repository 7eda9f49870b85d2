package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, finding 8 (and 9, 13 on the socket), reproduced with real WebSocket clients on the
 * shipped WAR: a student's script floods the attempt socket. Each answer over the budget is refused
 * with {@code RATE_LIMITED} (its seq named), each event over the budget too; an over-long answer is
 * refused; a frame over the limit closes with 1009; the same event sent 50 times reaches the proctor
 * once; values no page sends are refused with a code. The normal path is the one LiveSittingIT and
 * the load benchmark use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SocketAbuseIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private record Started(long sittingId, long attemptId, String token, List<String> itemIds) {
    }

    private Started started(String student) throws Exception {
        Api api = new Api(base);
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of(student), 45, null);
        String token = api.login(student, "demo");
        JsonObject body = Sittings.start(api, sitting, token);
        List<String> items = body.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("itemId")).toList();
        return new Started(sitting, body.getJsonNumber("attemptId").longValue(), token, items);
    }

    private Socket student(Started s) throws Exception {
        Socket socket = Socket.hello(base, "ws/attempts/" + s.attemptId(), s.token());
        socket.next("state", WAIT);
        return socket;
    }

    @Test
    void aThousandAnswersAtOnceAreRateLimited() throws Exception {
        Started s = started("hs061");
        Socket socket = student(s);
        long t0 = System.nanoTime();
        for (int seq = 1; seq <= 1000; seq++) {
            socket.answer(seq, s.itemIds().get(0), "{\"choice\":\"c" + seq + "\"}");
        }
        int acks = 0;
        int limited = 0;
        for (int i = 0; i < 1000; i++) {
            JsonObject reply = socket.next(m -> m.containsKey("seq"), WAIT, "a reply to every answer");
            if (reply.getString("type").equals("ack")) {
                acks++;
            } else {
                assertEquals("RATE_LIMITED", reply.getString("code"), reply.toString());
                limited++;
            }
        }
        // The budget refills while the server works through the flood, so the bound is by the time to the last reply.
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1000, acks + limited);
        assertTrue(limited > 0, "some answers were refused");
        assertTrue(acks <= 120 + 10 * (seconds + 1), acks + " acked in " + seconds + " s: no more than the burst and the rate");
        assertTrue(acks >= 120, "the burst a page's offline queue needs is accepted: " + acks);
        socket.send("{\"type\":\"heartbeat\"}");
        socket.next("tick", WAIT);
        assertFalse(socket.isClosed(), "the socket stays open for the real answers");
        socket.close();
    }

    @Test
    void overLongAnswersAndFramesAreRefused() throws Exception {
        Started s = started("hs062");
        Socket socket = student(s);
        String essay = "Bài làm ".repeat(5_000);   // 40,000 characters: under a frame, over an answer
        for (int seq = 1; seq <= 40; seq++) {
            socket.answer(seq, s.itemIds().get(s.itemIds().size() - 1), "{\"text\":\"" + essay + "\"}");
            JsonObject error = socket.next("error", WAIT);
            assertEquals("ANSWER_TOO_LARGE", error.getString("code"), error.toString());
        }
        socket.answer(41, s.itemIds().get(0), "{\"choice\":\"A\"}");
        socket.ack(41, WAIT);
        // Values a page never sends.
        socket.send("{\"type\":\"answer\",\"seq\":18446744073709551621,\"itemId\":\"" + s.itemIds().get(0)
                + "\",\"response\":{\"choice\":\"B\"}}");
        assertEquals("INVALID_SEQ", socket.next("error", WAIT).getString("code"));
        socket.send("{\"type\":\"answer\",\"seq\":9223372036854775807,\"itemId\":\"" + s.itemIds().get(0)
                + "\",\"response\":{\"choice\":\"B\"}}");
        assertEquals("INVALID_SEQ", socket.next("error", WAIT).getString("code"));
        socket.send("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"+999999999-12-31T23:59:59Z\"}");
        assertEquals("INVALID_EVENT", socket.next("error", WAIT).getString("code"));
        socket.send("{\"type\":\"heartbeat\"}}");
        assertEquals("MALFORMED", socket.next("error", WAIT).getString("code"));
        // A 5 MB frame: closed as too big (1009), not as a server error (1011).
        socket.send("{\"type\":\"answer\",\"x\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}");
        assertEquals(1009, socket.closeCode(WAIT));
    }

    @Test
    void eventFloodsAreLimitedAndEachStoredIncidentIsPushedOnce() throws Exception {
        Started s = started("hs063");
        Socket monitor = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", new Api(base).login("gv.toan", "demo"));
        monitor.next("roster", WAIT);
        Socket socket = student(s);
        Instant at = Instant.now();
        for (int i = 0; i < 50; i++) {
            socket.send("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"" + at + "\"}");
        }
        assertEquals(1, monitor.count("incident", Duration.ofSeconds(5)), "the same event 50 times: stored once, pushed once");
        int early = socket.count("error", Duration.ofSeconds(1));
        assertTrue(early >= 15 && early <= 20, "30 events in a burst, (about) the 20 after refused: " + early);
        Instant base = Instant.now();
        for (int i = 0; i < 350; i++) {
            socket.send("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"" + base.plusMillis(i) + "\"}");
        }
        int limited = socket.count("error", Duration.ofSeconds(3));
        int pushed = monitor.count("incident", Duration.ofSeconds(5));
        assertTrue(limited >= 300, "events over the budget are refused: " + limited);
        assertTrue(pushed <= 350 - limited && pushed < 50, "the monitor is not flooded: " + pushed);
        assertTrue(pushed > 0, "events within the budget still reach the proctor");
        socket.close();
        monitor.close();
    }
}
