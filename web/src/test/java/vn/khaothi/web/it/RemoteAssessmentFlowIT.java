package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7 end to end through the real APIs of every module: an approved MIDTERM paper (papers
 * API, department head then principal; {@link Sittings}), an ONLINE sitting proctored by gv.toan, then the
 * student's attempt start refused without a request (403 ONLINE_NOT_PERMITTED with the rules'
 * reasons), a request filed with evidence, approved by the principal, the start still refused
 * while no proctor watches, and allowed once the proctor is connected to the sitting's monitor
 * socket (a real WebSocket client). A rejected request points to the make-up in person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemoteAssessmentFlowIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void fileDecideThenStartOnlineOnlyUnderAConnectedProctor() throws Exception {
        Api api = new Api(base);
        String teacher = api.login("gv.toan", "demo");
        String principal = api.login("hieutruong", "demo");
        String student = api.login("hs021", "demo");
        String rejectedStudent = api.login("hs022", "demo");

        long paper = Sittings.approvedPaper(api);
        Api.Reply stored = api.get("api/v1/papers/" + paper, principal);   // made and approved through the papers API
        assertEquals(200, stored.status(), stored.body());
        assertEquals("APPROVED", stored.json().getString("status"), stored.body());
        assertEquals("MIDTERM", stored.json().getString("kind"), stored.body());
        long sitting = Sittings.create(api, paper, "ONLINE", List.of("hs021", "hs022"), 45, null);

        // 1. no request: refused, with the rules' reasons and what is missing
        Api.Reply refused = api.post("api/v1/sittings/" + sitting + "/attempts", "", student);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("ONLINE_NOT_PERMITTED", refused.json().getString("error"));
        JsonObject details = refused.json().getJsonObject("details");
        assertFalse(details.getJsonArray("reasons").isEmpty(), refused.body());
        assertTrue(strings(details, "citations").contains("TT09 Art. 6"), refused.body());
        assertTrue(strings(details, "requires").contains("PRINCIPAL_AUTHORIZATION"), refused.body());

        // 2. the homeroom teacher files with evidence; the rules find it eligible
        String evidence = api.postBytes("api/v1/evidence?name=giay-kham.pdf", PDF, "application/pdf", teacher)
                .json().getString("id");
        Api.Reply filed = api.post("api/v1/remote-requests", """
                {"studentId":"hs021","sittingId":"%d","reason":"ILLNESS","explanation":"Gãy chân, bó bột","evidence":["%s"]}"""
                .formatted(sitting, evidence), teacher);
        assertEquals(201, filed.status(), filed.body());
        assertTrue(filed.json().getBoolean("eligible"), filed.body());
        String id = filed.json().getString("id");
        assertEquals(403, api.post("api/v1/sittings/" + sitting + "/attempts", "", student).status(), "pending is not approved");

        // 3. the principal approves a proctored online test
        Api.Reply decided = api.post("api/v1/remote-requests/" + id + "/decision",
                "{\"approve\":true,\"form\":\"ONLINE_PROCTORED\"}", principal);
        assertEquals(200, decided.status(), decided.body());

        // 4. approved, but no proctor on the monitor: still refused, for live proctoring
        Api.Reply noProctor = api.post("api/v1/sittings/" + sitting + "/attempts", "", student);
        assertEquals(403, noProctor.status(), noProctor.body());
        List<String> requires = strings(noProctor.json().getJsonObject("details"), "requires");
        assertEquals(List.of("LIVE_PROCTORING"), requires, noProctor.body());

        // 5. the proctor connects to the sitting's monitor socket: the attempt starts
        Socket monitor = Socket.hello(base, "ws/sittings/" + sitting + "/monitor", teacher);
        try {
            JsonObject roster = monitor.next("roster", Duration.ofSeconds(20));
            assertTrue(roster.containsKey("students"), roster.toString());
            Api.Reply started = api.post("api/v1/sittings/" + sitting + "/attempts", "", student);
            assertEquals(201, started.status(), started.body());
            assertTrue(started.json().containsKey("attemptId"), started.body());
            assertFalse(started.json().getJsonArray("items").isEmpty(), started.body());
            assertFalse(started.body().contains("answerKey") || started.body().contains("\"correct\""), "no key reaches a student");

            // a classmate without an approved request is still refused while the proctor watches
            Api.Reply other = api.post("api/v1/sittings/" + sitting + "/attempts", "", rejectedStudent);
            assertEquals(403, other.status(), other.body());
            List<String> missing = strings(other.json().getJsonObject("details"), "requires");
            assertTrue(missing.contains("PRINCIPAL_AUTHORIZATION") && !missing.contains("LIVE_PROCTORING"), missing.toString());
        } finally {
            monitor.close();
        }

        // 6. a rejected request: refused, pointing to the make-up in person
        String otherEvidence = api.postBytes("api/v1/evidence?name=don.pdf", PDF, "application/pdf", rejectedStudent)
                .json().getString("id");
        String second = api.post("api/v1/remote-requests", """
                {"sittingId":"%d","reason":"FAMILY_EMERGENCY","evidence":["%s"]}""".formatted(sitting, otherEvidence),
                rejectedStudent).json().getString("id");
        assertEquals(200, api.post("api/v1/remote-requests/" + second + "/decision",
                "{\"approve\":false,\"note\":\"Em kiểm tra bù tại trường\"}", principal).status());
        Api.Reply makeUp = api.post("api/v1/sittings/" + sitting + "/attempts", "", rejectedStudent);
        assertEquals(403, makeUp.status(), makeUp.body());
        assertTrue(makeUp.json().getJsonObject("details").getBoolean("makeUpInPerson"), makeUp.body());
        assertEquals("REJECTED", makeUp.json().getJsonObject("details").getString("requestStatus"));

        // every start check of the periodic sitting is in the tamper-evident trail, still intact
        assertEquals(List.of("hs021 ONLINE_START_REFUSED", "hs021 ONLINE_START_REFUSED", "hs021 ONLINE_START_REFUSED",
                "hs021 ONLINE_START_ALLOWED", "hs022 ONLINE_START_REFUSED", "hs022 ONLINE_START_REFUSED"), startChecks(sitting));
        Api.Reply audit = api.get("api/v1/remote-requests/audit", principal);
        assertTrue(audit.json().getBoolean("intact"), audit.body());
    }

    /** "actor action" of the audit entries about the sitting, in order (read from the database the server uses). */
    private static List<String> startChecks(long sitting) throws Exception {
        try (java.sql.Connection c = ItDatabase.connect();
             java.sql.PreparedStatement select = c.prepareStatement(
                     "SELECT actor, action FROM audit_entry WHERE subject_id = ? ORDER BY sequence")) {
            select.setString(1, String.valueOf(sitting));
            List<String> found = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return found;
        }
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
