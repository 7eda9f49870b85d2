package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform end to end: the shipped WAR on a managed Payara Micro against a real MariaDB
 * (embedded, or KHAOTHI_TEST_DB_URL), in demo mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() throws Exception {
        Api.Reply health = api().get("health", null);
        assertEquals(200, health.status(), health.body());
        JsonObject json = health.json();
        assertEquals("UP", json.getString("status"));
        assertTrue(json.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), health.body());
    }

    @Test
    void loginGivesATokenAndRoles() throws Exception {
        Api.Reply reply = api().post("api/v1/auth/login", "{\"username\":\"hieutruong\",\"password\":\"demo\"}", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.json();
        assertFalse(json.getString("token").isBlank());
        assertEquals("PRINCIPAL", json.getJsonArray("roles").getString(0));
        assertNotNull(json.getString("expiresAt"));
        Api.Reply me = api().get("api/v1/auth/me", json.getString("token"));
        assertEquals(200, me.status(), me.body());
        assertEquals("hieutruong", me.json().getString("username"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() throws Exception {
        Api.Reply wrong = api().post("api/v1/auth/login", "{\"username\":\"gv.toan\",\"password\":\"nope\"}", null);
        Api.Reply unknown = api().post("api/v1/auth/login", "{\"username\":\"no.such.user\",\"password\":\"nope\"}", null);
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("INVALID_CREDENTIALS", wrong.json().getString("error"));
        assertEquals(wrong.json().getString("message"), unknown.json().getString("message"));
    }

    @Test
    void malformedLoginGets400NamingTheField() throws Exception {
        Api.Reply missing = api().post("api/v1/auth/login", "{\"password\":\"demo\"}", null);
        assertEquals(400, missing.status(), missing.body());
        assertEquals("VALIDATION_FAILED", missing.json().getString("error"));
        assertTrue(missing.json().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("field").equals("username")), missing.body());

        Api.Reply broken = api().post("api/v1/auth/login", "{\"username\":", null);
        assertEquals(400, broken.status(), broken.body());
        assertEquals("MALFORMED_REQUEST", broken.json().getString("error"));
        assertFalse(broken.body().contains("Exception"), "no stack trace leaks: " + broken.body());
    }

    @Test
    void repeatedFailuresAreSlowedNeverLockedForMoreThanAMinute() throws Exception {
        String username = "brute" + System.currentTimeMillis();
        Api.Reply slowed = null;
        for (int i = 0; i < 10 && slowed == null; i++) {
            Api.Reply r = api().post("api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"g" + i + "\"}", null);
            if (r.status() == 429) {
                slowed = r;
            } else {
                assertEquals(401, r.status(), r.body());
            }
        }
        assertTrue(slowed != null, "failures in a row slow further tries (a growing delay)");
        assertEquals("TOO_MANY_ATTEMPTS", slowed.json().getString("error"));
        long wait = slowed.json().getJsonObject("details").getJsonNumber("retryAfterSeconds").longValue();
        assertTrue(wait >= 1 && wait <= 60, "never more than 60 s: " + slowed.body());
    }

    @Test
    void roleGuardedEndpointSays401Then403Then200() throws Exception {
        assertEquals(401, api().get("api/v1/admin/system", null).status());
        assertEquals(401, api().get("api/v1/admin/system", "not-a-token").status());
        Api.Reply teacher = api().get("api/v1/admin/system", api().login("gv.toan", "demo"));
        assertEquals(403, teacher.status(), teacher.body());
        assertEquals("FORBIDDEN", teacher.json().getString("error"));
        Api.Reply admin = api().get("api/v1/admin/system", api().login("admin", "demo"));
        assertEquals(200, admin.status(), admin.body());
        assertTrue(admin.json().getBoolean("demoMode"));
    }

    @Test
    void flywaySchemaIsPresent() throws Exception {
        Api.Reply admin = api().get("api/v1/admin/system", api().login("admin", "demo"));
        // A Flyway version (V2026_12_03_10 → 2026.12.03.10), whichever migration is the newest.
        assertTrue(admin.json().getString("schemaVersion").matches("20\\d\\d\\.\\d\\d\\.\\d\\d\\.\\d+"), admin.body());
        // Tables made by the migration hold the demo school.
        Api.Reply classes = api().get("api/v1/admin/classes", api().login("admin", "demo"));
        assertEquals(200, classes.status(), classes.body());
        var byCode = classes.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getInt("students")));
        assertEquals(40, byCode.get("9A1"), "9A1 holds hs001-hs040 (tests import into 9A2 only)");
        assertTrue(byCode.get("9A2") >= 40, "9A2 holds hs041-hs080 and whatever the import tests added");
    }

    @Test
    void badCsvImportIsRejectedWithLineNumbersAndStoresNothing() throws Exception {
        String token = api().login("admin", "demo");
        int before = students(token, "9A1").size();
        String csv = "Mã học sinh,Họ và tên,Lớp,Ngày sinh,Giới tính\n"
                + "hs901,Nguyễn Văn Mới,9A1,01/02/2011,Nam\n"     // fine on its own
                + "hs902,,9A1,31/02/2011,X\n"                      // line 3: no name, bad date, bad gender
                + "hs001,Trùng Mã,9A1,,\n"                         // line 4: code already exists
                + "hs903,Lớp Sai,9Z9,,\n";                         // line 5: no such class
        Api.Reply reply = api().postBytes("api/v1/admin/imports/students", csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertEquals(422, reply.status(), reply.body());
        assertEquals("IMPORT_INVALID", reply.json().getString("error"));
        JsonArray details = reply.json().getJsonArray("details");
        String lines = details.getValuesAs(JsonObject.class).stream().map(d -> String.valueOf(d.getInt("line")))
                .distinct().collect(Collectors.joining(","));
        assertEquals("3,4,5", lines, reply.body());
        assertEquals(before, students(token, "9A1").size(), "nothing was stored, not even the good line 2");
    }

    @Test
    void goodCsvImportEnrolsStudentsWithAccounts() throws Exception {
        String token = api().login("admin", "demo");
        int before = students(token, "9A2").size();
        String code = "it" + System.currentTimeMillis(); // the test database is kept between runs
        String csv = "code;full name;class\n" + code + ";Võ Thị Thu;9A2\n";
        Api.Reply reply = api().postBytes("api/v1/admin/imports/students", csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().getInt("imported"));
        String password = reply.json().getJsonArray("credentials").getJsonObject(0).getString("password");
        assertEquals(before + 1, students(token, "9A2").size());
        assertFalse(api().login(code, password).isBlank(), "the new student can sign in");
    }

    @Test
    void teacherImportIsAllOrNothingToo() throws Exception {
        String token = api().login("admin", "demo");
        String stamp = String.valueOf(System.currentTimeMillis());
        String bad = "Mã giáo viên;Họ và tên;Tên đăng nhập;Môn;Tổ chuyên môn\n"
                + "GV" + stamp + ";Đỗ Văn Hải;gv." + stamp + ";MATH;TO-TOAN-TIN\n"
                + "GVX" + stamp + ";Hồ Thị Lan;gv.toan;CHEMISTRY;NO-GROUP\n";   // line 3: taken username, unknown subject and group
        Api.Reply rejected = api().postBytes("api/v1/admin/imports/teachers", bad.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertEquals(422, rejected.status(), rejected.body());
        assertEquals(3, rejected.json().getJsonArray("details").size(), rejected.body());
        assertTrue(rejected.json().getJsonArray("details").getValuesAs(JsonObject.class).stream().allMatch(d -> d.getInt("line") == 3));
        assertFalse(api().get("api/v1/admin/teachers", token).body().contains("GV" + stamp), "line 2 was not stored either");

        String good = bad.lines().limit(2).collect(Collectors.joining("\n"));
        Api.Reply stored = api().postBytes("api/v1/admin/imports/teachers", good.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertEquals(200, stored.status(), stored.body());
        String password = stored.json().getJsonArray("credentials").getJsonObject(0).getString("password");
        Api.Reply me = api().get("api/v1/auth/me", api().login("gv." + stamp, password));
        assertEquals("[\"TEACHER\"]", me.json().getJsonArray("roles").toString());
        assertTrue(api().get("api/v1/admin/teachers", token).body().contains("GV" + stamp));
    }

    @Test
    void adminBuildsTheSchoolStructure() throws Exception {
        String token = api().login("admin", "demo");
        String code = "9B" + (System.currentTimeMillis() % 100_000);
        Api.Reply created = api().post("api/v1/admin/classes", "{\"code\":\"" + code + "\",\"grade\":9,\"homeroomTeacher\":\"GV-TOAN-02\"}", token);
        assertEquals(201, created.status(), created.body());
        assertEquals("Phạm Văn Bình", created.json().getString("homeroomTeacher"));
        assertEquals(409, api().post("api/v1/admin/classes", "{\"code\":\"" + code + "\",\"grade\":9}", token).status());
        assertEquals(400, api().post("api/v1/admin/classes", "{\"code\":\"" + code + "\",\"grade\":13}", token).status());

        Api.Reply assigned = api().post("api/v1/admin/teaching-assignments",
                "{\"teacher\":\"GV-TOAN-02\",\"schoolClass\":\"" + code + "\",\"subject\":\"MATH\"}", token);
        assertEquals(201, assigned.status(), assigned.body());
        assertTrue(api().get("api/v1/admin/teaching-assignments", token).body().contains(code));
        Api.Reply unknown = api().post("api/v1/admin/teaching-assignments",
                "{\"teacher\":\"NO-SUCH\",\"schoolClass\":\"" + code + "\",\"subject\":\"MATH\"}", token);
        assertEquals(404, unknown.status(), unknown.body());

        int y = 2030 + (int) (System.currentTimeMillis() % 60); // the test database is kept between runs
        String yearCode = y + "-" + (y + 1);
        Api.Reply year = api().post("api/v1/admin/school-years", "{\"code\":\"" + yearCode + "\",\"semester1Start\":\"" + y + "-09-05\","
                + "\"semester1End\":\"" + (y + 1) + "-01-15\",\"semester2Start\":\"" + (y + 1) + "-01-20\",\"semester2End\":\"" + (y + 1) + "-05-31\"}", token);
        assertTrue(year.status() == 201 || year.status() == 409, year.body()); // 409: a kept test database made it before
        Api.Reply badOrder = api().post("api/v1/admin/school-years", "{\"code\":\"2090-2091\",\"semester1Start\":\"2090-09-05\","
                + "\"semester1End\":\"2090-08-15\",\"semester2Start\":\"2091-01-20\",\"semester2End\":\"2091-05-31\"}", token);
        assertEquals(400, badOrder.status(), badOrder.body());
        assertTrue(api().get("api/v1/admin/school-years", token).body().contains(yearCode));

        JsonObject group = api().get("api/v1/admin/subject-groups", token).structure().asJsonArray().getJsonObject(0);
        assertEquals("TO-TOAN-TIN", group.getString("code"));
        assertEquals("GV-TOAN-01", group.getString("head"));
        Api.Reply subjects = api().get("api/v1/admin/subjects", token);
        assertTrue(subjects.body().contains("\"commentaryOnly\":true"), "PE and the arts are commentary-only");
        assertEquals(403, api().post("api/v1/admin/classes", "{\"code\":\"9Z1\",\"grade\":9}", api().login("hieutruong", "demo")).status(),
                "the principal may read the structure but not change it");
    }

    @Test
    void errorsOutsideTheApiAreJsonToo() throws Exception {
        Api.Reply unknownPage = api().get("no/such/page", null);
        assertEquals(404, unknownPage.status());
        assertEquals("NOT_FOUND", unknownPage.json().getString("error"));
        Api.Reply unknownApi = api().get("api/v1/no-such-resource", null);
        assertEquals(404, unknownApi.status());
        assertEquals("NOT_FOUND", unknownApi.json().getString("error"));
        Api.Reply wrongMethod = api().method("DELETE", "api/v1/auth/login", null);
        assertEquals(405, wrongMethod.status(), wrongMethod.body());
        assertEquals("METHOD_NOT_ALLOWED", wrongMethod.json().getString("error"));
    }

    @Test
    void openApiAndMetricsAreServed() throws Exception {
        Api.Reply openapi = api().get("openapi", null);
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/auth/login"), "the login path is documented");
        assertEquals(401, api().get("metrics", null).status(), "metrics need a sign-in (issue 11, finding 13)");
        assertEquals(403, api().get("metrics", api().login("gv.toan", "demo")).status());
        assertEquals(200, api().get("metrics", api().login("admin", "demo")).status());
    }

    private JsonArray students(String token, String classCode) throws Exception {
        Api.Reply reply = api().get("api/v1/admin/classes/" + classCode + "/students", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray();
    }
}
