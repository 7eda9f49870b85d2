package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, findings 4, 9, 10 and 13 on the shipped WAR: values no one could mean are a 400 (or a
 * 422 for an import) that says what is wrong in words, with no Java class name, and nothing is
 * stored. Limits: docs/security-inputs.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    private static final String RUN = "L" + Long.toString(System.currentTimeMillis(), 36);
    /** A Java class or package name, or the text of a JVM exception. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b(java|jakarta|javax|org|com|sun)\\.[a-z]+\\.|Exception\\b|Cannot invoke|\\bat [a-z]+\\.[a-z]+\\.");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private static void refused(int status, Api.Reply r, String... words) {
        assertEquals(status, r.status(), r.body());
        assertFalse(JAVA.matcher(r.body()).find(), "no library internals: " + r.body());
        String message = r.json().getString("message");
        for (String w : words) {
            assertTrue(message.contains(w), "\"" + w + "\" in: " + message);
        }
    }

    private static String item(String chapter, String points, String stem, String tags) {
        return "{\"subject\":\"MATH\",\"grade\":9,\"chapter\":\"" + chapter + "\",\"level\":\"NB\",\"content\":"
                + "{\"type\":\"TRUE_FALSE\",\"name\":\"\",\"stem\":\"" + stem + "\",\"generalFeedback\":\"\",\"points\":" + points
                + ",\"tags\":" + tags + ",\"source\":\"\",\"author\":\"\",\"idnumber\":\"\",\"answer\":true,"
                + "\"feedbackTrue\":\"\",\"feedbackFalse\":\"\"}}";
    }

    @Test
    void itemValuesThatCouldNotBeReadBackAreRefused() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        refused(400, api().post("api/v1/bank/items", item(RUN, "1e2000", "x", "[]"), teacher), "points");
        refused(400, api().post("api/v1/bank/items", item(RUN, "100000", "x", "[]"), teacher), "points", "1000");
        refused(400, api().post("api/v1/bank/items", item(RUN, "1", "x".repeat(4 * 1024 * 1024), "[]"), teacher), "200,000");
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            tags.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        refused(400, api().post("api/v1/bank/items", item(RUN, "1", "x", tags + "]"), teacher), "50 tags");
        refused(400, api().post("api/v1/bank/items", item(RUN, "1", "x", "[]") + "}", teacher), "well-formed");
        refused(400, api().post("api/v1/bank/items", item("..", "1", "x", "[]"), teacher), "code");
        refused(400, api().post("api/v1/bank/items", "{\"subject\":\"MATH\",\"grade\":9,\"chapter\":\"" + RUN
                + "\",\"level\":\"NB\",\"content\":{\"type\":\"TRUE_FALSE\"}}", teacher), "points");
        Api.Reply search = api().get("api/v1/bank/items?size=5&chapter=" + RUN, teacher);
        assertEquals(0, search.json().getJsonNumber("total").intValue(), "nothing was stored: " + search.body());
        Api.Reply fine = api().post("api/v1/bank/items", item(RUN, "0.25", "Đúng hay sai: 2 > 1", "[\"t\"]"), teacher);
        assertEquals(201, fine.status(), fine.body());
        long id = fine.json().getJsonNumber("id").longValue();
        assertEquals(200, api().get("api/v1/bank/items/" + id, teacher).status());
        assertEquals(200, api().get("api/v1/bank/items/" + id + "/export?format=gift", teacher).status());
    }

    @Test
    void previewWantsAnObject() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        for (String body : new String[] {"", "[]", "null", "\"str\"", "{\"a\":1}}", "7"}) {
            refused(400, api().post("api/v1/bank/items/preview", body, teacher), "JSON");
        }
        Api.Reply shape = api().post("api/v1/bank/items/preview", "{\"type\":\"SINGLE_CHOICE\",\"points\":1,\"tags\":[]}", teacher);
        assertEquals(200, shape.status(), shape.body());
        assertTrue(shape.body().contains("options"), shape.body());
        assertFalse(JAVA.matcher(shape.body()).find(), shape.body());
    }

    @Test
    void numbersAndTimesOutOfRange() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        refused(400, api().get("api/v1/bank/items?grade=abc", teacher), "grade");
        refused(400, api().get("api/v1/bank/items?grade=1099511627776", teacher), "grade");
        String head = api().login("totruong.toan", "demo");
        String paper = "{\"title\":\"x\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"REGULAR\",\"versions\":1,\"seed\":1,"
                + "\"supersedes\":%s,\"blueprint\":{\"durationMinutes\":15,\"cells\":[]}}";
        refused(400, api().post("api/v1/papers", paper.formatted("9223372036854775808"), head), "supersedes");
        refused(400, api().post("api/v1/papers", paper.formatted("18446744073709551621"), head), "supersedes");
        String node = "{\"subject\":\"MATH\",\"grade\":9,\"code\":\"%s\",\"title\":\"t\"}";
        refused(400, api().post("api/v1/bank/curriculum", node.formatted(".."), teacher), "code");
        refused(400, api().post("api/v1/bank/curriculum", node.formatted("../../x"), teacher), "code");
        String paperGrade = "{\"title\":\"x\",\"subject\":\"MATH\",\"grade\":1099511627785,\"kind\":\"REGULAR\",\"versions\":1,"
                + "\"seed\":1,\"blueprint\":{\"durationMinutes\":15,\"cells\":[]}}";
        refused(400, api().post("api/v1/papers", paperGrade, head), "whole number");
        Instant now = Instant.now();
        String sitting = "{\"paperId\":1,\"classCode\":\"9A1\",\"opensAt\":\"%s\",\"closesAt\":\"" + now
                + "\",\"durationMinutes\":15,\"mode\":\"IN_PERSON\",\"proctors\":[\"gv.toan\"]}";
        refused(400, api().post("api/v1/sittings", sitting.formatted("+99999-01-01T00:00:00Z"), teacher), "+99999");
        refused(400, api().post("api/v1/sittings", sitting.formatted("tomorrow"), teacher), "ISO-8601");
    }

    @Test
    void importsSayWhatIsWrongInWords() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        String chapter = RUN + "imports";
        String q = "api/v1/bank/imports?subject=MATH&grade=9&chapter=" + URLEncoder.encode(chapter, StandardCharsets.UTF_8) + "&format=";
        refused(422, api().postBytes(q + "gift", "Q {#1e99999:1e-99999}".getBytes(StandardCharsets.UTF_8),
                "text/plain", teacher));
        refused(422, api().postBytes(q + "gift", "$CATEGORY: ../../x\n\nQ {T}".getBytes(StandardCharsets.UTF_8),
                "text/plain", teacher));
        byte[] notAZip = "PK\u0003\u0004 torn".getBytes(StandardCharsets.ISO_8859_1);
        refused(422, api().postBytes(q + "docx", notAZip, "application/octet-stream", teacher));
        refused(422, api().postBytes(q + "qti21", notAZip, "application/octet-stream", teacher));
        refused(422, api().postBytes(q + "moodle-xml", "<quiz><question".getBytes(StandardCharsets.UTF_8),
                "application/xml", teacher));
        Api.Reply search = api().get("api/v1/bank/items?size=5&chapter=" + URLEncoder.encode(chapter, StandardCharsets.UTF_8), teacher);
        assertEquals(0, search.json().getJsonNumber("total").intValue(), "nothing was stored: " + search.body());
    }
}
