package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Remote periodic assessment (issue 7) on the shipped WAR with the demo school: filing with
 * evidence (type by content, 10 MB), the rules' eligibility, the principal's queue and decision,
 * a deputy under a delegation signing "KT. Hiệu trưởng", every refusal, notifications, the
 * decision record PDF, the history and audit check, the report, and the principal deciding in
 * Chromium. Sittings are inserted straight into the database (one per test and run, so the kept
 * database never mixes runs), so that these tests need no paper; the whole flow through the papers
 * and sittings APIs is {@link RemoteAssessmentFlowIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemoteAssessmentIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    // ---- the whole flow up to the decision ------------------------------------------------------

    @Test
    void homeroomTeacherFilesThePrincipalApprovesEveryoneConcernedIsTold() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        String principal = api.login("hieutruong", "demo");
        String student = api.login("hs003", "demo");
        long sitting = sitting("MIDTERM", "ONLINE", 2, "totruong.toan");   // proctored by someone who did not file

        Api.Reply uploaded = api.postBytes("api/v1/evidence?name=" + enc("giấy khám bệnh.pdf"), PDF, "application/octet-stream", teacher);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("application/pdf", uploaded.json().getString("contentType"));
        assertEquals("giấy khám bệnh.pdf", uploaded.json().getString("fileName"));

        Api.Reply filed = api.post("api/v1/remote-requests", """
                {"studentId":"hs003","sittingId":"%d","reason":"ILLNESS","explanation":"Sốt xuất huyết, nằm viện",
                 "evidence":["%s"]}""".formatted(sitting, uploaded.json().getString("id")), teacher);
        assertEquals(201, filed.status(), filed.body());
        JsonObject request = filed.json();
        String id = request.getString("id");
        assertEquals("PENDING", request.getString("status"));
        assertTrue(request.getBoolean("eligible"), filed.body());
        assertFalse(request.getJsonArray("reasons").isEmpty());
        assertTrue(strings(request.getJsonArray("citations")).contains("TT09 Art. 6"), filed.body());
        assertFalse(request.getJsonArray("reasons").getJsonObject(0).getString("vi").isBlank());

        // the queue, with the rules' view of each request
        Api.Reply queue = api.get("api/v1/remote-requests?status=PENDING", principal);
        assertEquals(200, queue.status(), queue.body());
        JsonObject queued = find(queue.structure().asJsonArray(), id);
        assertTrue(queued.getBoolean("eligible"));
        assertEquals("hs003", queued.getString("studentId"));
        assertEquals("9A1", queued.getString("classCode"));
        assertFalse(queued.getJsonArray("reasons").isEmpty());
        assertEquals(1, queued.getJsonArray("evidence").size());

        // nobody but the principal (or a delegated deputy) decides, nor sees the queue
        for (String outsider : List.of(teacher, student, api.login("admin", "demo"), api.login("totruong.toan", "demo"))) {
            Api.Reply refused = api.post("api/v1/remote-requests/" + id + "/decision",
                    "{\"approve\":true,\"form\":\"ONLINE_PROCTORED\"}", outsider);
            assertEquals(403, refused.status(), refused.body());
            assertEquals("NOT_ALLOWED", refused.json().getString("error"));
            assertEquals("NOT_A_DECIDER", refused.json().getJsonObject("details").getString("reason"));
            assertFalse(refused.json().getJsonObject("details").getString("vi").isBlank());
            assertEquals(403, api.get("api/v1/remote-requests?status=PENDING", outsider).status());
        }
        assertEquals("PENDING", api.get("api/v1/remote-requests/" + id, principal).json().getString("status"));

        // an approval needs a form
        Api.Reply noForm = api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":true}", principal);
        assertEquals(422, noForm.status(), noForm.body());
        assertEquals("FORM_REQUIRED", noForm.json().getJsonObject("details").getString("reason"));

        Api.Reply decided = api.post("api/v1/remote-requests/" + id + "/decision",
                "{\"approve\":true,\"form\":\"ONLINE_PROCTORED\",\"note\":\"Có giám thị trực tuyến\"}", principal);
        assertEquals(200, decided.status(), decided.body());
        JsonObject decision = decided.json().getJsonObject("decision");
        assertEquals("APPROVED", decided.json().getString("status"));
        assertTrue(decision.getBoolean("approved"));
        assertEquals("ONLINE_PROCTORED", decision.getString("form"));
        assertEquals("hieutruong", decision.getString("decidedBy"));
        assertEquals("PRINCIPAL", decision.getString("decidedAs"));
        assertTrue(decision.isNull("onBehalfOf"));
        assertEquals("Hiệu trưởng", decision.getString("signature"));

        Api.Reply twice = api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":false,\"note\":\"x\"}", principal);
        assertEquals(409, twice.status(), twice.body());
        assertEquals("ALREADY_DECIDED", twice.json().getJsonObject("details").getString("reason"));

        // notifications: the student, the teacher who filed, the sitting's proctor; the principal only of the filing
        JsonObject studentNote = notificationAbout(api, student, id);
        assertEquals("REMOTE_REQUEST_APPROVED", studentNote.getString("kind"));
        assertFalse(studentNote.getBoolean("read"));
        assertTrue(studentNote.getString("bodyVi").contains("trực tuyến có giám sát"), studentNote.toString());
        assertEquals("REMOTE_REQUEST_APPROVED", notificationAbout(api, teacher, id).getString("kind"));
        assertEquals("REMOTE_REQUEST_APPROVED", notificationAbout(api, api.login("totruong.toan", "demo"), id).getString("kind"));
        List<String> principalKinds = api.get("api/v1/notifications", principal).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(n -> n.getString("subjectId").equals(id)).map(n -> n.getString("kind")).toList();
        assertEquals(List.of("REMOTE_REQUEST_FILED"), principalKinds, "the principal is told of the filing, not of their own decision");
        int unread = api.get("api/v1/notifications", student).json().getInt("unread");
        Api.Reply read = api.post("api/v1/notifications/" + studentNote.getJsonNumber("id").longValue() + "/read", "", student);
        assertEquals(200, read.status(), read.body());
        assertEquals(unread - 1, read.json().getInt("unread"));
        assertEquals(404, api.post("api/v1/notifications/" + studentNote.getJsonNumber("id").longValue() + "/read", "", teacher).status());

        // the student sees the decision on their own request, and the make-up pointer is off
        JsonObject seen = api.get("api/v1/remote-requests/" + id, student).json();
        assertEquals("APPROVED", seen.getString("status"));
        assertFalse(seen.getJsonObject("decision").getBoolean("makeUpInPerson"));
        assertTrue(strings(api.get("api/v1/remote-requests/mine", student).structure().asJsonArray(), "id").contains(id));

        // the history: filed then approved, with the rule firings; the chain is intact
        Api.Reply history = api.get("api/v1/remote-requests/" + id + "/history", principal);
        assertEquals(200, history.status(), history.body());
        List<String> actions = strings(history.structure().asJsonArray(), "action");
        assertEquals(List.of("REMOTE_REQUEST_FILED", "REMOTE_REQUEST_APPROVED"), actions);
        assertTrue(history.structure().asJsonArray().getJsonObject(0).getString("details").contains("TT09 Art. 6"));
        assertEquals(403, api.get("api/v1/remote-requests/" + id + "/history", teacher).status());
        Api.Reply audit = api.get("api/v1/remote-requests/audit", principal);
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.json().getBoolean("intact"), audit.body());
        assertEquals(403, api.get("api/v1/remote-requests/audit", teacher).status());

        // the printable record
        HttpResponse<byte[]> pdf = bytes("api/v1/remote-requests/" + id + "/record.pdf", principal);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String text = pdfText(pdf.body());
        assertTrue(text.contains("HIỆU TRƯỞNG"), text);
        assertFalse(text.contains("KT. HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("9A1"), text);
        assertTrue(text.contains("ốm đau"), text);
        assertTrue(text.contains("giấy khám bệnh.pdf"), text);
        // the decision record writes the article out (issue 17), never "TT09 Art. 6"
        assertTrue(text.replaceAll("\\s+", " ").contains("Điều 6, Thông tư 09/2021/TT-BGDĐT"), text);
        assertTrue(text.contains("ĐỒNG Ý"), text);
        assertTrue(text.contains(seen.getString("studentName")), text);
        assertEquals(403, bytes("api/v1/remote-requests/" + id + "/record.pdf", student).statusCode());

        // the report counts it under its reason, class and subject
        Api.Reply report = api.get("api/v1/remote-requests/report?semester=" + enc(semesterOf(api, principal, id)), principal);
        assertEquals(200, report.status(), report.body());
        assertTrue(report.json().getInt("approved") >= 1);
        assertTrue(report.json().getJsonArray("byReason").stream().anyMatch(c -> c.asJsonObject().getString("key").equals("ILLNESS")
                && c.asJsonObject().getInt("approved") >= 1));
        assertTrue(report.json().getJsonArray("byClass").stream().anyMatch(c -> c.asJsonObject().getString("key").equals("9A1")));
        assertTrue(report.json().getJsonArray("bySubject").stream().anyMatch(c -> c.asJsonObject().getString("key").equals("MATH")));
        // every request counts once in each breakdown: the three totals agree (issue 17, point 7)
        java.util.function.Function<String, Integer> total = name -> report.json().getJsonArray(name).stream()
                .mapToInt(c -> c.asJsonObject().getInt("pending") + c.asJsonObject().getInt("approved")
                        + c.asJsonObject().getInt("rejected") + c.asJsonObject().getInt("withdrawn")).sum();
        assertEquals(total.apply("byReason"), total.apply("byClass"), report.body());
        assertEquals(total.apply("byReason"), total.apply("bySubject"), report.body());
        assertEquals(403, api.get("api/v1/remote-requests/report", teacher).status());
    }

    @Test
    void aDeputyDecidesOnlyUnderACurrentDelegationAndSignsOnThePrincipalsBehalf() throws Exception {
        Api api = api();
        String principal = api.login("hieutruong", "demo");
        String deputy = api.login("phohieutruong", "demo");
        String student = api.login("hs005", "demo");
        waitUntilNoCurrentDelegation(api, principal);
        long sitting = sitting("FINAL", "ONLINE", 3, null);
        String id = fileOwn(api, student, sitting, "EPIDEMIC_ISOLATION");

        Api.Reply without = api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":false,\"note\":\"Kiểm tra bù\"}", deputy);
        assertEquals(403, without.status(), without.body());
        assertEquals("NO_CURRENT_DELEGATION", without.json().getJsonObject("details").getString("reason"));
        assertEquals(403, api.get("api/v1/remote-requests?status=PENDING", deputy).status());

        // a deputy cannot delegate to themselves; an expired delegation does not count
        assertEquals(403, api.post("api/v1/delegations", delegation(-120, -60), deputy).status());
        Api.Reply expired = api.post("api/v1/delegations", delegation(-120, -60), principal);
        assertEquals(201, expired.status(), expired.body());
        assertFalse(expired.json().getBoolean("current"));
        assertEquals(403, api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":false,\"note\":\"Kiểm tra bù\"}", deputy).status());
        Api.Reply backwards = api.post("api/v1/delegations", delegation(60, -60), principal);
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("PERIOD", backwards.json().getJsonObject("details").getString("reason"));

        // a current (short) delegation: the deputy decides, "KT. Hiệu trưởng"
        Api.Reply current = api.post("api/v1/delegations", delegation(-1, 2), principal);
        assertEquals(201, current.status(), current.body());
        assertTrue(current.json().getBoolean("current"));
        assertEquals(200, api.get("api/v1/remote-requests?status=PENDING", deputy).status());
        Api.Reply decided = api.post("api/v1/remote-requests/" + id + "/decision",
                "{\"approve\":false,\"note\":\"Không đủ minh chứng; em kiểm tra bù tại trường\"}", deputy);
        assertEquals(200, decided.status(), decided.body());
        JsonObject decision = decided.json().getJsonObject("decision");
        assertEquals("REJECTED", decided.json().getString("status"));
        assertEquals("phohieutruong", decision.getString("decidedBy"));
        assertEquals("DEPUTY_PRINCIPAL", decision.getString("decidedAs"));
        assertEquals("hieutruong", decision.getString("onBehalfOf"));
        assertEquals(current.json().getString("id"), decision.getString("delegationId"));
        assertTrue(decision.getString("signature").startsWith("KT. Hiệu trưởng"), decision.toString());
        assertTrue(decision.getBoolean("makeUpInPerson"));

        JsonObject told = notificationAbout(api, student, id);
        assertEquals("REMOTE_REQUEST_REJECTED", told.getString("kind"));
        assertTrue(told.getString("bodyVi").contains("kiểm tra bù trực tiếp"), told.toString());
        assertTrue(told.getString("bodyVi").contains("KT. Hiệu trưởng"), told.toString());

        String text = pdfText(bytes("api/v1/remote-requests/" + id + "/record.pdf", deputy).body());
        assertTrue(text.contains("KT. HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("PHÓ HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("KHÔNG ĐỒNG Ý"), text);
        assertTrue(text.contains("kiểm tra bù trực tiếp"), text);

        JsonArray history = api.get("api/v1/remote-requests/" + id + "/history", principal).structure().asJsonArray();
        JsonObject rejected = history.getJsonObject(history.size() - 1);
        assertEquals("REMOTE_REQUEST_REJECTED", rejected.getString("action"));
        assertEquals("phohieutruong", rejected.getString("actor"));
        assertEquals("hieutruong", rejected.getString("onBehalfOf"));
        assertTrue(strings(api.get("api/v1/delegations", deputy).structure().asJsonArray(), "id")
                .contains(current.json().getString("id")));
    }

    // ---- evidence -------------------------------------------------------------------------------

    @Test
    void aStudentNeverSeesAnothersEvidenceAndOnlyDecidersReadIt() throws Exception {
        Api api = api();
        String owner = api.login("hs007", "demo");
        String other = api.login("hs008", "demo");
        String principal = api.login("hieutruong", "demo");
        String homeroom = api.login("gv.toan", "demo");
        long sitting = sitting("MIDTERM", "ONLINE", 2, null);
        byte[] png = png();
        Api.Reply upload = api.postBytes("api/v1/evidence?name=xac-nhan.png", png, "image/png", owner);
        assertEquals(201, upload.status(), upload.body());
        assertEquals("image/png", upload.json().getString("contentType"));
        String fileId = upload.json().getString("id");

        // another student cannot claim the upload for their own request
        Api.Reply stolen = api.post("api/v1/remote-requests", """
                {"sittingId":"%d","reason":"ILLNESS","evidence":["%s"]}""".formatted(sitting, fileId), other);
        assertEquals(422, stolen.status(), stolen.body());
        assertEquals("EVIDENCE_ID", stolen.json().getJsonObject("details").getString("reason"));
        // nor delete it
        assertEquals(403, api.method("DELETE", "api/v1/evidence/" + fileId, other).status());

        Api.Reply filed = api.post("api/v1/remote-requests", """
                {"sittingId":"%d","reason":"DISASTER","explanation":"Lũ chia cắt đường","evidence":["%s"]}"""
                .formatted(sitting, fileId), owner);
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        assertEquals(409, api.method("DELETE", "api/v1/evidence/" + fileId, owner).status());

        // another student: neither the request nor its evidence
        for (String path : List.of("", "/evidence", "/evidence/" + fileId, "/history", "/record.pdf")) {
            HttpResponse<byte[]> refused = bytes("api/v1/remote-requests/" + id + path, other);
            assertEquals(403, refused.statusCode(), path + ": " + new String(refused.body(), StandardCharsets.UTF_8));
            assertFalse(new String(refused.body(), StandardCharsets.ISO_8859_1).contains("PNG"), path);
        }
        // the filer sees their request with the file's name, never its content
        JsonObject own = api.get("api/v1/remote-requests/" + id, owner).json();
        assertEquals(1, own.getInt("evidenceCount"));
        assertEquals("xac-nhan.png", own.getJsonArray("evidence").getJsonObject(0).getString("fileName"));
        assertTrue(own.getJsonArray("evidence").getJsonObject(0).isNull("download"));
        HttpResponse<byte[]> ownFile = bytes("api/v1/remote-requests/" + id + "/evidence/" + fileId, owner);
        assertEquals(403, ownFile.statusCode());
        assertTrue(new String(ownFile.body(), StandardCharsets.UTF_8).contains("EVIDENCE_FOR_DECIDERS_ONLY"));
        // the homeroom teacher, who did not file it, does not see it either
        assertEquals(403, api.get("api/v1/remote-requests/" + id, homeroom).status());
        assertEquals(403, bytes("api/v1/remote-requests/" + id + "/evidence/" + fileId, homeroom).statusCode());

        // the principal reads it byte for byte, with the detected type and no sniffing
        Api.Reply listed = api.get("api/v1/remote-requests/" + id + "/evidence", principal);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(fileId, listed.structure().asJsonArray().getJsonObject(0).getString("id"));
        HttpResponse<byte[]> file = bytes("api/v1/remote-requests/" + id + "/evidence/" + fileId, principal);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(png, file.body());
        assertEquals(404, bytes("api/v1/remote-requests/" + id + "/evidence/not-a-file", principal).statusCode());
    }

    @Test
    void wrongTypeOrOverTenMegabytesIsRefusedAndNothingIsStored() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        long before = storedEvidenceOf("gv.toan");

        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        Api.Reply disguised = api.postBytes("api/v1/evidence?name=giay-kham.pdf", html, "application/pdf", teacher);
        assertEquals(422, disguised.status(), disguised.body());
        assertEquals("INVALID", disguised.json().getString("error"));
        assertEquals("EVIDENCE_TYPE", disguised.json().getJsonObject("details").getString("reason"));
        assertEquals("file", disguised.json().getJsonObject("details").getString("field"));

        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(422, api.postBytes("api/v1/evidence?name=anh.jpg", zip, "image/jpeg", teacher).status());
        assertEquals(422, api.postBytes("api/v1/evidence?name=empty.pdf", new byte[0], "application/pdf", teacher).status());

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply tooBig = api.postBytes("api/v1/evidence?name=big.pdf", big, "application/pdf", teacher);
        assertEquals(413, tooBig.status(), tooBig.body());
        assertEquals("EVIDENCE_TOO_LARGE", tooBig.json().getString("error"));
        assertEquals(before, storedEvidenceOf("gv.toan"), "a refused upload stores nothing");

        // exactly 10 MB is accepted (the limit is inclusive), then removed by its uploader
        byte[] limit = Arrays.copyOf(big, 10 * 1024 * 1024);
        Api.Reply atLimit = api.postBytes("api/v1/evidence?name=limit.pdf", limit, "application/pdf", teacher);
        assertEquals(201, atLimit.status(), atLimit.body());
        assertEquals(before + 1, storedEvidenceOf("gv.toan"));
        assertEquals(204, api.method("DELETE", "api/v1/evidence/" + atLimit.json().getString("id"), teacher).status());
        assertEquals(before, storedEvidenceOf("gv.toan"));

        // only those who may file upload, and nobody parks more than 20 uploads outside a request
        assertEquals(403, api.postBytes("api/v1/evidence?name=a.pdf", PDF, "application/pdf", api.login("admin", "demo")).status());
        String student = api.login("hs039", "demo");
        List<String> parked = new java.util.ArrayList<>();
        Api.Reply last;
        while ((last = api.postBytes("api/v1/evidence?name=p.pdf", PDF, "application/pdf", student)).status() == 201) {
            parked.add(last.json().getString("id"));
            assertTrue(parked.size() <= 20, "more than 20 unclaimed uploads accepted");
        }
        assertEquals(422, last.status(), last.body());
        assertEquals("TOO_MANY_UPLOADS", last.json().getJsonObject("details").getString("reason"));
        for (String id : parked) {
            assertEquals(204, api.method("DELETE", "api/v1/evidence/" + id, student).status());
        }
        Api.Reply again = api.postBytes("api/v1/evidence?name=p.pdf", PDF, "application/pdf", student);
        assertEquals(201, again.status(), again.body());
        assertEquals(204, api.method("DELETE", "api/v1/evidence/" + again.json().getString("id"), student).status());
    }

    // ---- filing refusals, eligibility, withdrawal -----------------------------------------------

    @Test
    void whoMayFileAndWhatTheRulesSay() throws Exception {
        Api api = api();
        String student = api.login("hs010", "demo");
        String otherClassTeacher = api.login("totruong.toan", "demo");   // 9A2's homeroom and Mathematics teacher
        String principal = api.login("hieutruong", "demo");
        long sitting = sitting("MIDTERM", "ONLINE", 2, null);
        String body = "{\"studentId\":\"hs010\",\"sittingId\":\"" + sitting + "\",\"reason\":\"ILLNESS\"}";

        for (String outsider : List.of(otherClassTeacher, principal, api.login("hs011", "demo"))) {
            Api.Reply refused = api.post("api/v1/remote-requests", body, outsider);
            assertEquals(403, refused.status(), refused.body());
            assertEquals("NOT_ALLOWED", refused.json().getString("error"));
            // who files is checked before anything else of the filing: an outsider learns nothing of uploads
            Api.Reply withUpload = api.post("api/v1/remote-requests", body.replace("}", ",\"evidence\":[\"no-such-upload\"]}"), outsider);
            assertEquals(403, withUpload.status(), withUpload.body());
        }
        Api.Reply noExplanation = api.post("api/v1/remote-requests",
                "{\"sittingId\":\"" + sitting + "\",\"reason\":\"OTHER\"}", student);
        assertEquals(422, noExplanation.status(), noExplanation.body());
        assertEquals("EXPLANATION_REQUIRED", noExplanation.json().getJsonObject("details").getString("reason"));
        assertEquals(400, api.post("api/v1/remote-requests", "{\"sittingId\":\"" + sitting + "\",\"reason\":\"LAZY\"}", student).status());
        assertEquals(404, api.post("api/v1/remote-requests", "{\"sittingId\":\"999999999\",\"reason\":\"ILLNESS\"}", student).status());

        // no evidence: filed, but the rules say not eligible; it can only be rejected
        Api.Reply filed = api.post("api/v1/remote-requests", "{\"sittingId\":\"" + sitting + "\",\"reason\":\"ILLNESS\"}", student);
        assertEquals(201, filed.status(), filed.body());
        assertFalse(filed.json().getBoolean("eligible"));
        assertTrue(strings(filed.json().getJsonArray("obstacles")).contains("EVIDENCE"), filed.body());
        String id = filed.json().getString("id");
        Api.Reply again = api.post("api/v1/remote-requests", "{\"sittingId\":\"" + sitting + "\",\"reason\":\"ILLNESS\"}", student);
        assertEquals(409, again.status(), again.body());
        assertEquals("ALREADY_REQUESTED", again.json().getJsonObject("details").getString("reason"));
        Api.Reply approve = api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":true,\"form\":\"ONLINE_ORAL\"}", principal);
        assertEquals(422, approve.status(), approve.body());
        assertEquals("NOT_ELIGIBLE", approve.json().getJsonObject("details").getString("reason"));

        // withdrawal: the filer only, while pending
        assertEquals(403, api.post("api/v1/remote-requests/" + id + "/withdraw", "", principal).status());
        Api.Reply withdrawn = api.post("api/v1/remote-requests/" + id + "/withdraw", "", student);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals(409, api.post("api/v1/remote-requests/" + id + "/withdraw", "", student).status());
        assertEquals(409, api.post("api/v1/remote-requests/" + id + "/decision", "{\"approve\":false,\"note\":\"x\"}", principal).status());

        // a regular test needs no request; a sitting already closed is not eligible
        long regular = sitting("REGULAR", "ONLINE", 2, null);
        Api.Reply notNeeded = api.post("api/v1/remote-requests", "{\"sittingId\":\"" + regular + "\",\"reason\":\"ILLNESS\"}", student);
        assertEquals(201, notNeeded.status(), notNeeded.body());
        assertTrue(strings(notNeeded.json().getJsonArray("obstacles")).contains("NOT_NEEDED_FOR_REGULAR"), notNeeded.body());
        long closed = sitting("MIDTERM", "ONLINE", -1, null);
        Api.Reply late = api.post("api/v1/remote-requests", "{\"sittingId\":\"" + closed + "\",\"reason\":\"ILLNESS\"}", student);
        assertEquals(201, late.status(), late.body());
        assertTrue(strings(late.json().getJsonArray("obstacles")).contains("SITTING_CLOSED"), late.body());
        assertFalse(late.json().getBoolean("eligible"));

        // the filing form's choices: a teacher's students, a student's periodic sittings
        List<String> students = strings(api.get("api/v1/remote-requests/students", api.login("gv.toan", "demo"))
                .structure().asJsonArray(), "username");
        assertTrue(students.contains("hs001") && students.contains("hs040") && !students.contains("hs041"), students.toString());
        List<String> sittings = strings(api.get("api/v1/remote-requests/sittings", student).structure().asJsonArray(), "id");
        assertTrue(sittings.contains(String.valueOf(sitting)) && !sittings.contains(String.valueOf(regular)), sittings.toString());
        assertEquals(403, api.get("api/v1/remote-requests/sittings?studentId=hs010", otherClassTeacher).status());
    }

    // ---- the page -------------------------------------------------------------------------------

    @Test
    void thePrincipalApprovesInTheQueueDialog() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        long sitting = sitting("MIDTERM", "ONLINE", 2, null);
        String evidence = api.postBytes("api/v1/evidence?name=note.pdf", PDF, "application/pdf", teacher).json().getString("id");
        String id = api.post("api/v1/remote-requests", """
                {"studentId":"hs012","sittingId":"%d","reason":"FAMILY_EMERGENCY","evidence":["%s"]}"""
                .formatted(sitting, evidence), teacher).json().getString("id");

        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "hieutruong");
            browser.get(root() + "remote.html#queue");
            By card = By.id("request-" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(card));
            WebElement request = browser.findElement(card);
            assertTrue(request.getText().contains("9A1"), request.getText());
            assertTrue(request.getText().contains("Điều 6, Thông tư 09/2021/TT-BGDĐT"), request.getText());
            request.findElement(By.cssSelector(".decide-button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decide-dialog")));
            browser.findElement(By.id("approve-yes")).click();
            new Select(browser.findElement(By.id("decide-form-select"))).selectByValue("ONLINE_PROCTORED");
            browser.findElement(By.id("decide-note")).sendKeys("Giám thị: thầy Bình");
            browser.findElement(By.id("decide-submit")).click();
            wait.until(ExpectedConditions.textMatches(By.id("page-message"), java.util.regex.Pattern.compile(".+")));
            String message = browser.findElement(By.id("page-message")).getText();
            assertTrue(message.contains("Đã duyệt"), message);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(card));

            // the student hears of it through the bell and follows the notification to the request
            browser.manage().deleteAllCookies();
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
            signIn(browser, wait, "hs012");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bell .bell-count")));
            browser.findElement(By.cssSelector("#bell .bell-button")).click();
            By link = By.cssSelector("#bell a[href='remote.html#request=" + id + "']");
            wait.until(ExpectedConditions.elementToBeClickable(link));
            assertTrue(browser.findElement(link).getText().contains("Đã duyệt"), browser.findElement(link).getText());
            browser.findElement(link).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#request-" + id + " .status.APPROVED")));
            assertTrue(browser.findElement(By.id("request-" + id)).getText().contains("Làm bài trực tuyến có giám sát"));
        } finally {
            browser.quit();
        }
        JsonObject after = api.get("api/v1/remote-requests/" + id, api.login("hieutruong", "demo")).json();
        assertEquals("APPROVED", after.getString("status"));
        assertEquals("ONLINE_PROCTORED", after.getJsonObject("decision").getString("form"));
        assertEquals("Giám thị: thầy Bình", after.getJsonObject("decision").getString("note"));
    }

    @Test
    void aTeacherFilesOnThePageWithAnUploadedFile() throws Exception {
        long sitting = sitting("FINAL", "ONLINE", 2, null);
        Path file = Files.createTempFile("giay-kham", ".pdf");
        Files.write(file, PDF);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "gv.toan");
            browser.get(root() + "remote.html#file");
            wait.until(d -> new Select(d.findElement(By.id("file-student"))).getOptions().size() > 1);
            new Select(browser.findElement(By.id("file-student"))).selectByValue("hs014");
            wait.until(d -> d.findElements(By.cssSelector("#file-sitting option[value='" + sitting + "']")).size() == 1);
            new Select(browser.findElement(By.id("file-sitting"))).selectByValue(String.valueOf(sitting));
            new Select(browser.findElement(By.id("file-reason"))).selectByValue("ILLNESS");
            browser.findElement(By.id("file-evidence")).sendKeys(file.toString());
            wait.until(ExpectedConditions.textMatches(By.id("uploads"), java.util.regex.Pattern.compile("Đã tải lên")));
            browser.findElement(By.id("file-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filed-id")));
            String result = browser.findElement(By.id("file-result")).getText();
            assertTrue(result.contains("đủ điều kiện"), result);
            String id = browser.findElement(By.id("filed-id")).getAttribute("data-id");
            JsonObject stored = api().get("api/v1/remote-requests/" + id, api().login("hieutruong", "demo")).json();
            assertEquals("hs014", stored.getString("studentId"));
            assertEquals(1, stored.getInt("evidenceCount"));
            assertEquals("HOMEROOM_TEACHER", stored.getString("filedAs"));
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(root());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("app.html"));
    }

    /**
     * A sitting of class 9A1 in Mathematics, opened an hour ago and closing in {@code closesInDays}
     * (negative: already closed), with an optional proctor — inserted as the sittings module
     * stores one (paper facts copied into kind/subject/grade).
     */
    private static long sitting(String kind, String mode, int closesInDays, String proctor) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant opens = closesInDays < 0 ? now.minus(Duration.ofDays(2)) : now.minus(Duration.ofHours(1));
        try (Connection c = ItDatabase.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO sitting (paper_id, assessment_kind, subject_code, grade,"
                     + " title, mode, opens_at, closes_at, duration_minutes, class_id) VALUES (0, ?, 'MATH', 9, ?, ?, ?, ?, 45,"
                     + " (SELECT sc.id FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id AND y.is_current"
                     + "  WHERE sc.code = '9A1'))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, "Kiểm tra " + kind + " Toán 9 (IT " + now + ")");
            insert.setString(3, mode);
            insert.setObject(4, LocalDateTime.ofInstant(opens, ZoneOffset.UTC));
            insert.setObject(5, LocalDateTime.ofInstant(now.plus(Duration.ofDays(closesInDays)), ZoneOffset.UTC));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (proctor != null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO sitting_proctor (sitting_id, account_id)"
                        + " SELECT ?, id FROM account WHERE username = ?")) {
                    p.setLong(1, id);
                    p.setString(2, proctor);
                    p.executeUpdate();
                }
            }
            return id;
        }
    }

    private static long storedEvidenceOf(String uploader) throws Exception {
        try (Connection c = ItDatabase.connect();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM evidence_file WHERE uploaded_by = ?")) {
            count.setString(1, uploader);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String fileOwn(Api api, String studentToken, long sitting, String reason) throws Exception {
        String evidence = api.postBytes("api/v1/evidence?name=minh-chung.pdf", PDF, "application/pdf", studentToken)
                .json().getString("id");
        Api.Reply filed = api.post("api/v1/remote-requests", """
                {"sittingId":"%d","reason":"%s","evidence":["%s"]}""".formatted(sitting, reason, evidence), studentToken);
        assertEquals(201, filed.status(), filed.body());
        assertTrue(filed.json().getBoolean("eligible"), filed.body());
        return filed.json().getString("id");
    }

    /** The delegation JSON from now + {@code fromMinutes} to now + {@code untilMinutes}. */
    private static String delegation(long fromMinutes, long untilMinutes) {
        Instant now = Instant.now();
        return "{\"deputyId\":\"phohieutruong\",\"validFrom\":\"" + now.plus(Duration.ofMinutes(fromMinutes))
                + "\",\"validUntil\":\"" + now.plus(Duration.ofMinutes(untilMinutes)) + "\"}";
    }

    /** The database outlives runs: a current delegation from a run minutes ago must lapse first. */
    private static void waitUntilNoCurrentDelegation(Api api, String principal) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (api.get("api/v1/delegations", principal).structure().asJsonArray().stream()
                .anyMatch(d -> d.asJsonObject().getString("deputyId").equals("phohieutruong") && d.asJsonObject().getBoolean("current"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("a delegation to phohieutruong is still current");
            }
            Thread.sleep(5000);
        }
    }

    private static JsonObject notificationAbout(Api api, String token, String requestId) throws Exception {
        Api.Reply list = api.get("api/v1/notifications", token);
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("subjectId").equals(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification about " + requestId + ": " + list.body()));
    }

    private static String semesterOf(Api api, String token, String id) throws Exception {
        return api.get("api/v1/remote-requests/" + id, token).json().getJsonObject("sitting").getString("semester");
    }

    private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static JsonObject find(JsonArray requests, String id) {
        return requests.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " is not listed: " + requests));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> strings(JsonArray objects, String field) {
        return objects.stream().map(v -> v.asJsonObject().getString(field)).toList();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A real 1×1 PNG. */
    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1d4ed8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
