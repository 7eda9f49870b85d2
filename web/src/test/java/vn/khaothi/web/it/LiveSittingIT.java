package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online tests over WebSocket (issue 6) on the shipped WAR, with real JDK WebSocket clients:
 * answers acked only once durable and resumed after a dropped socket, idempotent seq, the close
 * codes (4401, 4403, 4409, 4410), the deadline, the server's auto-submit with no client, the
 * proctor's monitor (roster, incidents, PAUSE/RESUME/EXTEND/TERMINATE/ADMIT) and the online
 * permission of issue 7. Papers are made through the papers API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveSittingIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private record Started(long sittingId, long attemptId, String token, List<String> itemIds, JsonObject body) {
    }

    private Started started(String student, String mode, int minutes, String extra) throws Exception {
        Api api = api();
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), mode, List.of(student), minutes, extra);
        String token = api.login(student, "demo");
        JsonObject body = Sittings.start(api, sitting, token);
        List<String> items = body.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("itemId")).toList();
        return new Started(sitting, body.getJsonNumber("attemptId").longValue(), token, items, body);
    }

    private Socket attemptSocket(Started s) throws Exception {
        return Socket.hello(base, "ws/attempts/" + s.attemptId(), s.token());
    }

    // ---- answers --------------------------------------------------------------------------------

    @Test
    void aDroppedSocketResumesWithEveryAckedAnswer() throws Exception {
        Started s = started("hs001", "IN_PERSON", 45, null);
        assertFalse(s.body().toString().contains("\"fraction\""), "no key is sent: " + s.body());
        Socket first = attemptSocket(s);
        JsonObject state = first.next("state", WAIT);
        assertEquals("IN_PROGRESS", state.getString("status"));
        assertEquals(0, state.getInt("lastSeq"));
        Map<String, Long> acked = new HashMap<>();
        for (int seq = 1; seq <= 8; seq++) {
            String item = s.itemIds().get(seq % 3);
            first.answer(seq, item, "{\"choice\":\"x" + seq + "\"}");
            if (seq <= 6) {
                first.ack(seq, WAIT);
                acked.merge(item, (long) seq, Math::max);
            }
        }
        first.abort();   // mid-sequence: seq 7 and 8 may or may not have been stored, never acked here

        Socket second = attemptSocket(s);
        JsonObject resumed = second.next("state", WAIT);
        JsonObject answers = resumed.getJsonObject("answers");
        for (Map.Entry<String, Long> e : acked.entrySet()) {
            long stored = answers.getJsonObject(e.getKey()).getJsonNumber("seq").longValue();
            assertTrue(stored >= e.getValue(), "item " + e.getKey() + " lost acked seq " + e.getValue() + ": " + resumed);
        }
        assertTrue(resumed.getInt("lastSeq") >= 6, resumed.toString());
        // The page replays its unacked queue with the same seqs: each is acked, stored once.
        second.answer(7, s.itemIds().get(7 % 3), "{\"choice\":\"x7\"}");
        second.answer(8, s.itemIds().get(8 % 3), "{\"choice\":\"x8\"}");
        second.ack(7, WAIT);
        second.ack(8, WAIT);
        JsonObject viaRest = api().get("api/v1/attempts/" + s.attemptId(), s.token()).json();
        assertEquals(8, viaRest.getInt("lastSeq"), viaRest.toString());
        assertEquals("{\"choice\":\"x8\"}", viaRest.getJsonObject("answers").getJsonObject(s.itemIds().get(2))
                .getJsonObject("response").toString());
        second.close();
    }

    @Test
    void aRepeatedSeqIsAckedAndStoredOnceAndAnOlderSeqNeverOverwrites() throws Exception {
        Started s = started("hs002", "IN_PERSON", 45, null);
        Socket socket = attemptSocket(s);
        socket.next("state", WAIT);
        String item = s.itemIds().get(0);
        socket.answer(5, item, "{\"choice\":\"first\"}");
        socket.ack(5, WAIT);
        socket.answer(5, item, "{\"choice\":\"resent-different\"}");
        socket.ack(5, WAIT);
        socket.answer(3, item, "{\"choice\":\"late-older\"}");
        socket.ack(3, WAIT);
        JsonObject attempt = api().get("api/v1/attempts/" + s.attemptId(), s.token()).json();
        JsonObject current = attempt.getJsonObject("answers").getJsonObject(item);
        assertEquals(5, current.getInt("seq"));
        assertEquals("first", current.getJsonObject("response").getString("choice"));
        String gv = api().login("gv.toan", "demo");
        JsonObject report = api().get("api/v1/attempts/" + s.attemptId() + "/report", gv).json();
        long fives = report.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("ANSWER") && t.getInt("seq") == 5).count();
        assertEquals(1, fives, "seq 5 stored once: " + report);
        assertEquals(403, api().get("api/v1/attempts/" + s.attemptId() + "/report", s.token()).status());
        socket.close();
    }

    // ---- close codes ----------------------------------------------------------------------------

    @Test
    void withoutHelloOrWithABadTokenTheServerCloses4401() throws Exception {
        Started s = started("hs003", "IN_PERSON", 45, null);
        Socket silent = Socket.open(base, "ws/attempts/" + s.attemptId());
        long opened = System.nanoTime();
        assertEquals(4401, silent.closeCode(Duration.ofSeconds(12)));
        long waited = (System.nanoTime() - opened) / 1_000_000;
        assertTrue(waited >= 4000, "closed after the 5 s of grace, not at once: " + waited + " ms");
        Socket forged = Socket.hello(base, "ws/attempts/" + s.attemptId(), s.token() + "x");
        assertEquals(4401, forged.closeCode(WAIT));
        Socket monitor = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", "not-a-token");
        assertEquals(4401, monitor.closeCode(WAIT));
    }

    @Test
    void bareSocketsWithoutHelloAreClosed4401AndUnknownAttempts4403() throws Exception {
        Socket silent = Socket.open(base, "ws/sittings/999999999/monitor");
        assertEquals(4401, silent.closeCode(Duration.ofSeconds(12)));
        Socket noAttempt = Socket.hello(base, "ws/attempts/999999999", api().login("hs001", "demo"));
        assertEquals(4403, noAttempt.closeCode(WAIT));
        Socket rude = Socket.open(base, "ws/attempts/999999999");
        rude.send("{\"type\":\"heartbeat\"}");
        assertEquals(4401, rude.closeCode(WAIT), "anything before hello is refused");
        assertEquals(401, api().get("api/v1/sittings/mine", null).status());
        Api.Reply none = api().get("api/v1/sittings/mine", api().login("hs001", "demo"));
        assertEquals(200, none.status(), none.body());
    }

    @Test
    void anotherStudentsAttemptIs4403AndANonProctorsMonitorIs4403() throws Exception {
        Started s = started("hs004", "IN_PERSON", 45, null);
        Socket intruder = Socket.hello(base, "ws/attempts/" + s.attemptId(), api().login("hs005", "demo"));
        assertEquals(4403, intruder.closeCode(WAIT));
        Socket head = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", api().login("totruong.toan", "demo"));
        assertEquals(4403, head.closeCode(WAIT));
        assertEquals(403, api().get("api/v1/attempts/" + s.attemptId(), api().login("hs005", "demo")).status());
    }

    @Test
    void aSecondDeviceClosesTheFirstWith4409AndRaisesAnIncident() throws Exception {
        Started s = started("hs006", "IN_PERSON", 45, null);
        Socket monitor = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", api().login("gv.toan", "demo"));
        monitor.next("roster", WAIT);
        Socket phone = attemptSocket(s);
        phone.next("state", WAIT);
        Socket laptop = attemptSocket(s);
        laptop.next("state", WAIT);
        assertEquals(4409, phone.closeCode(WAIT));
        JsonObject incident = monitor.next("incident", WAIT);
        assertEquals("SECOND_DEVICE", incident.getString("kind"));
        assertEquals("HIGH", incident.getString("severity"));
        assertEquals(s.attemptId(), incident.getJsonNumber("attemptId").longValue());
        long incidentId = incident.getJsonNumber("id").longValue();
        // The newer connection works.
        laptop.answer(1, s.itemIds().get(0), "{\"choice\":\"A\"}");
        laptop.ack(1, WAIT);
        // A proctor dismisses it; the report counts it.
        String gv = api().login("gv.toan", "demo");
        Api.Reply review = api().post("api/v1/incidents/" + incidentId + "/review", "{\"decision\":\"DISMISSED\"}", gv);
        assertEquals(200, review.status(), review.body());
        JsonObject report = api().get("api/v1/sittings/" + s.sittingId() + "/incidents/report", gv).json();
        JsonObject second = report.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("kind").equals("SECOND_DEVICE")).findFirst().orElseThrow();
        assertEquals(1, second.getInt("dismissed"));
        assertEquals(1.0, second.getJsonNumber("falsePositiveRate").doubleValue(), 1e-9);
        laptop.close();
        monitor.close();
    }

    @Test
    void integrityEventsReachTheMonitorAsIncidentsWithTheirSeverity() throws Exception {
        Started s = started("hs013", "IN_PERSON", 45, null);
        Socket monitor = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", api().login("gv.toan", "demo"));
        monitor.next("roster", WAIT);
        Socket student = attemptSocket(s);
        student.next("state", WAIT);
        student.send("{\"type\":\"event\",\"kind\":\"FOCUS_BACK\",\"at\":\"" + Instant.now() + "\"}");
        student.send("{\"type\":\"event\",\"kind\":\"PASTE\",\"at\":\"" + Instant.now() + "\"}");
        student.send("{\"type\":\"event\",\"kind\":\"FULLSCREEN_EXIT\",\"at\":\"" + Instant.now().plusMillis(5) + "\"}");
        Map<String, JsonObject> incidents = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            JsonObject incident = monitor.next("incident", WAIT);
            incidents.put(incident.getString("kind"), incident);
        }
        assertEquals(Set.of("PASTE", "FULLSCREEN_EXIT"), incidents.keySet(), "FOCUS_BACK is INFO, not an incident");
        JsonObject paste = incidents.get("PASTE");
        JsonObject exit = incidents.get("FULLSCREEN_EXIT");
        assertEquals("HIGH", paste.getString("severity"));
        assertEquals("hs013", paste.getString("studentId"));
        assertEquals("MEDIUM", exit.getString("severity"));
        student.send("{\"type\":\"event\",\"kind\":\"TELEPATHY\"}");
        assertEquals("INVALID_EVENT", student.next("error", WAIT).getString("code"));
        String gv = api().login("gv.toan", "demo");
        assertEquals(200, api().post("api/v1/incidents/" + paste.getJsonNumber("id").longValue() + "/review",
                "{\"decision\":\"CONFIRMED\"}", gv).status());
        assertEquals(403, api().post("api/v1/incidents/" + paste.getJsonNumber("id").longValue() + "/review",
                "{\"decision\":\"DISMISSED\"}", api().login("hs013", "demo")).status());
        JsonObject report = api().get("api/v1/attempts/" + s.attemptId() + "/report", gv).json();
        List<String> events = report.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("EVENT")).map(t -> t.getString("kind") + ":" + t.getString("review", "-"))
                .toList();
        assertEquals(List.of("FOCUS_BACK:-", "PASTE:CONFIRMED", "FULLSCREEN_EXIT:-"), events);
        student.close();
        monitor.close();
    }

    // ---- the proctor ----------------------------------------------------------------------------

    @Test
    void pauseStopsTheClockResumeAndExtendMoveTheDeadline() throws Exception {
        Started s = started("hs007", "IN_PERSON", 45, null);
        Instant deadline = Instant.parse(s.body().getString("deadline"));
        Socket student = attemptSocket(s);
        student.next("state", WAIT);
        Socket monitor = Socket.hello(base, "ws/sittings/" + s.sittingId() + "/monitor", api().login("gv.toan", "demo"));
        JsonObject roster = monitor.next("roster", WAIT);
        JsonObject me = roster.getJsonArray("students").getJsonObject(0);
        assertEquals("hs007", me.getString("studentId"));
        assertEquals(s.attemptId(), me.getJsonNumber("attemptId").longValue());
        assertTrue(me.getBoolean("connected"), roster.toString());

        monitor.send(command("PAUSE", s.attemptId(), ""));
        assertEquals("PAUSE", monitor.next("done", WAIT).getString("action"));
        student.next("paused", WAIT);
        student.answer(1, s.itemIds().get(0), "{\"choice\":\"A\"}");
        JsonObject refused = student.next("error", WAIT);
        assertEquals("ATTEMPT_PAUSED", refused.getString("code"));
        Thread.sleep(2_000);
        monitor.send(command("RESUME", s.attemptId(), ""));
        monitor.next("done", WAIT);
        Instant resumed = Instant.parse(student.next("resumed", WAIT).getString("deadline"));
        assertTrue(Duration.between(deadline, resumed).toMillis() >= 1_900,
                "the pause is not counted: " + deadline + " → " + resumed);
        monitor.send(command("EXTEND", s.attemptId(), ",\"minutes\":5"));
        monitor.next("done", WAIT);
        Instant extended = Instant.parse(student.next("extended", WAIT).getString("deadline"));
        assertEquals(Duration.ofMinutes(5), Duration.between(resumed, extended));
        student.answer(2, s.itemIds().get(0), "{\"choice\":\"A\"}");
        student.ack(2, WAIT);
        JsonObject update = monitor.next(m -> m.getString("type").equals("update") && m.getInt("answered", 0) == 1, WAIT, "update answered 1");
        assertEquals("hs007", update.getString("studentId"));

        monitor.send(command("MESSAGE", s.attemptId(), ",\"text\":\"Còn 10 phút\""));
        assertEquals("Còn 10 phút", student.next("message", WAIT).getString("text"));
        monitor.send(command("TERMINATE", s.attemptId(), ",\"text\":\"Sử dụng tài liệu\""));
        monitor.next("done", WAIT);
        assertEquals("Sử dụng tài liệu", student.next("terminated", WAIT).getString("reason"));
        assertEquals("PROCTOR", student.next("submitted", WAIT).getString("reason"));
        Socket again = attemptSocket(s);
        assertEquals(4410, again.closeCode(WAIT), "a closed attempt is 4410");
        monitor.send(command("PAUSE", s.attemptId(), ""));
        assertEquals("ATTEMPT_CLOSED", monitor.next("error", WAIT).getString("code"));
        monitor.close();
    }

    @Test
    void admissionKeepsAStudentWaitingUntilAProctorAdmits() throws Exception {
        Api api = api();
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs008"), 45,
                "\"admissionRequired\":true,\"accommodations\":{\"hs008\":15}");
        String token = api.login("hs008", "demo");
        Api.Reply waiting = api.post("api/v1/sittings/" + sitting + "/attempts", "", token);
        assertEquals(409, waiting.status(), waiting.body());
        assertEquals("WAITING_FOR_ADMISSION", waiting.json().getString("error"));
        JsonObject mine = api.get("api/v1/sittings/mine", token).json().getJsonArray("sittings").getValuesAs(JsonObject.class)
                .stream().filter(x -> x.getJsonNumber("id").longValue() == sitting).findFirst().orElseThrow();
        long attemptId = mine.getJsonNumber("attemptId").longValue();
        assertEquals("NOT_STARTED", mine.getString("attemptStatus"));
        Socket student = Socket.hello(base, "ws/attempts/" + attemptId, token);
        assertFalse(student.next("state", WAIT).getBoolean("admitted"));
        Socket monitor = Socket.hello(base, "ws/sittings/" + sitting + "/monitor", api.login("gv.toan", "demo"));
        monitor.next("roster", WAIT);
        monitor.send(command("ADMIT", attemptId, ""));
        monitor.next("done", WAIT);
        student.next("admitted", WAIT);
        JsonObject started = Sittings.start(api, sitting, token);
        Instant deadline = Instant.parse(started.getString("deadline"));
        long minutes = Duration.between(Instant.now(), deadline).toMinutes();
        assertTrue(minutes >= 59 && minutes <= 60, "45 minutes + 15 of accommodation: " + minutes);
        student.close();
        monitor.close();
    }

    // ---- time -----------------------------------------------------------------------------------

    /**
     * A 1-minute sitting, for real: hs009 keeps a socket open and answers just after the deadline
     * (refused, not stored); hs010 answers once and leaves — the server submits both at their
     * deadline with no client, and a late socket gets 4410.
     */
    @Test
    void afterTheDeadlineAnswersAreRefusedAndTheServerSubmitsWithNoClient() throws Exception {
        Api api = api();
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs009", "hs010"), 1, null);
        String t9 = api.login("hs009", "demo");
        String t10 = api.login("hs010", "demo");
        JsonObject a9 = Sittings.start(api, sitting, t9);
        JsonObject a10 = Sittings.start(api, sitting, t10);
        long id9 = a9.getJsonNumber("attemptId").longValue();
        long id10 = a10.getJsonNumber("attemptId").longValue();
        String item9 = a9.getJsonArray("items").getJsonObject(0).getString("itemId");
        String item10 = a10.getJsonArray("items").getJsonObject(0).getString("itemId");

        Socket gone = Socket.hello(base, "ws/attempts/" + id10, t10);
        gone.next("state", WAIT);
        gone.answer(1, item10, "{\"choice\":\"A\"}");
        gone.ack(1, WAIT);
        gone.abort();

        Socket late = Socket.hello(base, "ws/attempts/" + id9, t9);
        JsonObject state = late.next("state", WAIT);
        Instant deadline = Instant.parse(state.getString("deadline"));
        Instant serverTime = Instant.parse(state.getString("serverTime"));
        long skew = Duration.between(Instant.now(), serverTime).toMillis();   // same machine: ~0
        late.answer(1, item9, "{\"choice\":\"A\"}");
        late.ack(1, WAIT);
        long sleep = Duration.between(Instant.now().plusMillis(skew), deadline).toMillis() + 300;
        Thread.sleep(Math.max(0, sleep));
        late.answer(2, item9, "{\"choice\":\"B\"}");
        JsonObject refused = late.next("error", WAIT);
        assertTrue(List.of("TIME_UP", "ATTEMPT_CLOSED").contains(refused.getString("code")), refused.toString());
        assertEquals(2, refused.getInt("seq"));
        JsonObject submitted = late.next("submitted", Duration.ofSeconds(20));
        assertEquals("TIME_UP", submitted.getString("reason"));

        String gv = api.login("gv.toan", "demo");
        JsonObject ten = waitForClosed(api, id10, gv);
        assertEquals("TIME_UP", ten.getString("submitReason"));
        assertEquals(1, ten.getInt("lastSeq"), "the acked answer counts");
        JsonObject nine = waitForClosed(api, id9, gv);
        assertEquals(1, nine.getInt("lastSeq"), "the refused answer is not stored: " + nine);
        assertTrue(nine.containsKey("results"), nine.toString());
        Socket after = Socket.hello(base, "ws/attempts/" + id10, t10);
        assertEquals(4410, after.closeCode(WAIT));
    }

    private JsonObject waitForClosed(Api api, long attemptId, String token) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonObject a = api.get("api/v1/attempts/" + attemptId, token).json();
            String status = a.getString("status");
            if (status.equals("SUBMITTED") || status.equals("GRADED")) {
                return a;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("attempt " + attemptId + " not submitted by the server: " + a);
            }
            Thread.sleep(500);
        }
    }

    // ---- REST rules -------------------------------------------------------------------------------

    @Test
    void aMidtermOnlineWithoutAnApprovedRequestIsOnlineNotPermitted() throws Exception {
        Api api = api();
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "ONLINE", List.of("hs011"), 45, null);
        Api.Reply refused = api.post("api/v1/sittings/" + sitting + "/attempts", "", api.login("hs011", "demo"));
        assertEquals(403, refused.status(), refused.body());
        JsonObject json = refused.json();
        assertEquals("ONLINE_NOT_PERMITTED", json.getString("error"));
        assertFalse(json.getJsonObject("details").getJsonArray("reasons").isEmpty(), refused.body());
        assertFalse(json.getJsonObject("details").getJsonArray("citations").isEmpty(), refused.body());
        JsonObject mine = api.get("api/v1/sittings/" + sitting, api.login("hs011", "demo")).json();
        assertEquals("NOT_STARTED", mine.getJsonObject("myAttempt").getString("status"), "a refusal changes nothing");
    }

    @Test
    void creatingASittingNeedsAnApprovedPaperAndAStaffRole() throws Exception {
        Api api = api();
        String head = api.login("totruong.toan", "demo");
        String blueprint = "{\"durationMinutes\":15,\"cells\":[{\"chapter\":\"C2\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\","
                + "\"count\":2,\"pointsEach\":5}]}";
        Api.Reply draft = api.post("api/v1/papers", "{\"title\":\"Nháp\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"REGULAR\","
                + "\"versions\":1,\"seed\":7,\"blueprint\":" + blueprint + "}", head);
        assertEquals(201, draft.status(), draft.body());
        long draftId = draft.json().getJsonNumber("id").longValue();
        String gv = api.login("gv.toan", "demo");
        Instant now = Instant.now();
        String body = "{\"paperId\":" + draftId + ",\"classCode\":\"9A1\",\"opensAt\":\"" + now + "\",\"closesAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"durationMinutes\":15,\"mode\":\"IN_PERSON\",\"proctors\":[\"gv.toan\"]}";
        Api.Reply notApproved = api.post("api/v1/sittings", body, gv);
        assertEquals(409, notApproved.status(), notApproved.body());
        assertEquals("PAPER_NOT_APPROVED", notApproved.json().getString("error"));
        assertEquals(403, api.post("api/v1/sittings", body, api.login("hs012", "demo")).status());
        Api.Reply byClass = api.post("api/v1/sittings", body.replace("\"paperId\":" + draftId,
                "\"paperId\":" + Sittings.approvedPaper(api)), gv);
        assertEquals(201, byClass.status(), byClass.body());
        JsonObject view = api.get("api/v1/sittings/" + byClass.json().getJsonNumber("id").longValue(), gv).json();
        assertEquals(40, view.getInt("candidates"), "9A1 has 40 students");
        List<String> codes = new ArrayList<>();
        view.getJsonArray("roster").getValuesAs(JsonObject.class).forEach(r -> codes.add(r.getString("studentId")));
        assertEquals("hs001", codes.get(0));
    }

    private static String command(String action, long attemptId, String more) {
        return "{\"type\":\"command\",\"action\":\"" + action + "\",\"attemptId\":" + attemptId + more + "}";
    }
}
