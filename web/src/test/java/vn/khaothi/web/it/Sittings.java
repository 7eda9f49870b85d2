package vn.khaothi.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures for sittings: an approved paper made through the papers API (created by the
 * teacher gv.toan — four eyes: never approved by its maker — approved by totruong.toan then hieutruong;
 * points total 10, TT22 Art. 5.3), and sittings over it.
 */
final class Sittings {

    /** One approved MIDTERM paper per server (the kept test database may hold older ones, which is fine). */
    private static final Map<String, Long> PAPERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Sittings() {
    }

    static long approvedPaper(Api api) throws Exception {
        Long known = PAPERS.get("midterm");
        if (known != null) {
            return known;
        }
        String head = api.login("totruong.toan", "demo");
        String blueprint = "{\"durationMinutes\":60,\"cells\":["
                + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":3,\"pointsEach\":1},"
                + "{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"TRUE_FALSE_CLUSTER\",\"count\":1,\"pointsEach\":1},"
                + "{\"chapter\":\"C1\",\"level\":\"VDC\",\"type\":\"ESSAY\",\"count\":1,\"pointsEach\":6}]}";
        Api.Reply created = api.post("api/v1/papers", "{\"title\":\"Kiểm tra giữa kì I — Toán 9 (IT)\",\"subject\":\"MATH\","
                + "\"grade\":9,\"kind\":\"MIDTERM\",\"versions\":2,\"seed\":42,\"blueprint\":" + blueprint + "}",
                api.login("gv.toan", "demo"));
        if (created.status() != 201) {
            throw new AssertionError("paper: " + created.status() + " " + created.body());
        }
        long id = created.json().getJsonNumber("id").longValue();
        approve(api, id, head);
        approve(api, id, api.login("hieutruong", "demo"));
        PAPERS.put("midterm", id);
        return id;
    }

    private static void approve(Api api, long paperId, String token) throws Exception {
        Api.Reply r = api.post("api/v1/papers/" + paperId + "/approval", "{\"approve\":true,\"note\":\"IT\"}", token);
        if (r.status() != 200) {
            throw new AssertionError("approval: " + r.status() + " " + r.body());
        }
    }

    /** A sitting open now for these students, proctored by gv.toan; answers its id. */
    static long create(Api api, long paperId, String mode, List<String> students, int minutes, String extra)
            throws Exception {
        JsonArrayBuilder who = Json.createArrayBuilder();
        students.forEach(who::add);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = Json.createObjectBuilder().add("paperId", paperId).add("students", who)
                .add("opensAt", now.minus(Duration.ofMinutes(1)).toString())
                .add("closesAt", now.plus(Duration.ofHours(3)).toString())
                .add("durationMinutes", minutes).add("mode", mode)
                .add("proctors", Json.createArrayBuilder().add("gv.toan")).build().toString();
        if (extra != null) {
            body = body.substring(0, body.length() - 1) + "," + extra + "}";
        }
        Api.Reply r = api.post("api/v1/sittings", body, api.login("gv.toan", "demo"));
        if (r.status() != 201) {
            throw new AssertionError("sitting: " + r.status() + " " + r.body());
        }
        return r.json().getJsonNumber("id").longValue();
    }

    /** The student starts the attempt: the 201 body. */
    static JsonObject start(Api api, long sittingId, String studentToken) throws Exception {
        Api.Reply r = api.post("api/v1/sittings/" + sittingId + "/attempts", "", studentToken);
        if (r.status() != 201) {
            throw new AssertionError("start: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static String hello(String token) {
        return Json.createObjectBuilder().add("type", "hello").add("token", token).build().toString();
    }
}
