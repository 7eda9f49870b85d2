package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Analytics (issue 15) on the shipped WAR: a class sits a paper through the real attempt socket, the
 * item analysis matches a reference computed here from the stored scores, the bank accumulates the
 * statistics once per sitting, students see none of it; đối sánh and the leaders' statistics over
 * seeded gradebook rows, on the API and in Chromium with the drill-down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnalyticsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int STUDENTS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private long paper(Api api) throws Exception {
        String blueprint = "{\"durationMinutes\":45,\"cells\":["
                + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":1},"
                + "{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":1},"
                + "{\"chapter\":\"C2\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":2,\"pointsEach\":1}]}";
        Api.Reply created = api.post("api/v1/papers", "{\"title\":\"Kiểm tra thường xuyên — Toán 9 (analytics IT)\","
                + "\"subject\":\"MATH\",\"grade\":9,\"kind\":\"REGULAR\",\"versions\":2,\"seed\":15,\"mode\":\"SAME_ITEMS\","
                + "\"exposure\":\"IGNORE\",\"blueprint\":" + blueprint + "}", api.login("gv.toan", "demo"));
        // Written by the teacher: the head and the principal approve it (four eyes, issue 11).
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        for (String who : List.of("totruong.toan", "hieutruong")) {
            Api.Reply r = api.post("api/v1/papers/" + id + "/approval", "{\"approve\":true,\"note\":\"IT\"}", api.login(who, "demo"));
            assertEquals(200, r.status(), r.body());
        }
        return id;
    }

    @Test
    void aSittingsAnalysisMatchesTheReferenceFeedsTheBankOnceAndIsNeverShownToStudents() throws Exception {
        Api api = api();
        List<String> students = new ArrayList<>();
        for (int s = 1; s <= STUDENTS; s++) {
            students.add(String.format("hs%03d", 40 + s)); // 9A2: hs041…hs052
        }
        long sitting = Sittings.create(api, paper(api), "IN_PERSON", students, 45, null);
        Map<String, Map<String, String>> chosen = new HashMap<>();
        for (int s = 0; s < STUDENTS; s++) {
            String token = api.login(students.get(s), "demo");
            JsonObject started = Sittings.start(api, sitting, token);
            long attemptId = started.getJsonNumber("attemptId").longValue();
            Socket socket = Socket.hello(base, "ws/attempts/" + attemptId, token);
            socket.next("state", WAIT);
            Map<String, String> mine = new HashMap<>();
            int seq = 0;
            List<JsonObject> items = started.getJsonArray("items").getValuesAs(JsonObject.class);
            for (int j = 0; j < items.size(); j++) {
                JsonObject item = items.get(j);
                if ((s + j) % 7 == 0) {
                    continue; // left blank
                }
                List<JsonObject> options = item.getJsonArray("options").getValuesAs(JsonObject.class);
                String option = options.get((s * s + 3 * j + s * j) % options.size()).getString("id");
                mine.put(item.getString("itemId"), option);
                socket.answer(++seq, item.getString("itemId"), "{\"choice\":\"" + option + "\"}");
                socket.ack(seq, WAIT);
            }
            socket.send("{\"type\":\"submit\"}");
            socket.next("submitted", WAIT);
            socket.close();
            chosen.put(students.get(s), mine);
        }
        String teacher = api.login("gv.toan", "demo");
        JsonObject analysis = null;
        for (int tries = 0; tries < 30; tries++) {
            Api.Reply r = api.get("api/v1/analytics/sittings/" + sitting, teacher);
            assertEquals(200, r.status(), r.body());
            analysis = r.json();
            if (analysis.getInt("attempts") == STUDENTS) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(STUDENTS, analysis.getInt("attempts"), analysis.toString());
        assertFalse(analysis.getBoolean("bankUpdated"), "an open sitting does not feed the bank yet");

        Reference ref = Reference.load(sitting, chosen);
        assertEquals(ref.mean(), number(analysis, "mean"), 1e-4);
        assertEquals(ref.sd(), number(analysis, "sd"), 1e-4);
        JsonObject reliability = analysis.getJsonObject("reliability");
        assertEquals(ref.alpha(), number(reliability, "alpha"), 1e-4);
        assertEquals(ref.alpha(), number(reliability, "kr20"), 1e-4, "every item is 0/1 here: KR-20 = α");
        assertEquals(ref.sd() * Math.sqrt(1 - ref.alpha()), number(reliability, "sem"), 1e-4);
        List<JsonObject> items = analysis.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(10, items.size());
        for (JsonObject item : items) {
            long id = Long.parseLong(item.getString("itemId"));
            assertEquals(ref.facility(id), number(item, "facility"), 1e-4, "facility of " + id);
            Double r = ref.restCorrelation(id);
            if (r == null) {
                assertTrue(item.isNull("discrimination"), item.toString());
                assertTrue(item.getJsonObject("notes").containsKey("discrimination"), item.toString());
            } else {
                assertEquals(r, number(item, "discrimination"), 1e-4, "discrimination of " + id);
            }
            List<JsonObject> options = item.getJsonArray("options").getValuesAs(JsonObject.class);
            assertEquals(1, options.stream().filter(o -> o.getBoolean("key")).count(), "one key: " + item);
            for (JsonObject o : options) {
                assertEquals(ref.share(id, o.getString("optionId")), number(o, "share"), 1e-4, "share " + o);
            }
        }
        assertEquals(STUDENTS, analysis.getJsonArray("distribution").getValuesAs(JsonObject.class).stream()
                .mapToInt(b -> b.getInt("count")).sum());

        // Authorisation: the subject's department head may read it; students and their results never.
        assertEquals(200, api.get("api/v1/analytics/sittings/" + sitting, api.login("totruong.toan", "demo")).status());
        String student = api.login("hs041", "demo");
        for (String path : List.of("api/v1/analytics/sittings/" + sitting, "api/v1/analytics/comparison?semester=1&subject=MATH",
                "api/v1/analytics/summary?period=1&by=class", "api/v1/analytics/summary/export?period=1&by=class",
                "api/v1/analytics/comparison/export?semester=1&subject=MATH")) {
            Api.Reply r = api.get(path, student);
            assertEquals(403, r.status(), path + " " + r.body());
            assertEquals("FORBIDDEN", r.json().getString("error"));
        }
        assertEquals(404, api.get("api/v1/analytics/sittings/999999999", teacher).status());

        // Back into the bank: once the sitting has closed, each item version gains this sitting's responses, once.
        String itemId = items.get(0).getString("itemId");
        int before = responses(api.get("api/v1/bank/items/" + itemId, teacher).json());
        try (Connection c = ItDatabase.connect();
             PreparedStatement close = c.prepareStatement("UPDATE sitting SET closes_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, "
                     + "opens_at = LEAST(opens_at, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR) WHERE id = ?")) {
            close.setLong(1, sitting);
            assertEquals(1, close.executeUpdate());
        }
        assertTrue(api.get("api/v1/analytics/sittings/" + sitting, teacher).json().getBoolean("bankUpdated"));
        JsonObject stats = api.get("api/v1/bank/items/" + itemId, teacher).json().getJsonObject("statistics");
        assertNotNull(stats);
        assertEquals(before + STUDENTS, stats.getInt("responses"), stats.toString());
        assertTrue(stats.containsKey("facility") && stats.containsKey("updatedAt"), stats.toString());
        api.get("api/v1/analytics/sittings/" + sitting, teacher);
        assertEquals(before + STUDENTS, responses(api.get("api/v1/bank/items/" + itemId, teacher).json()),
                "analysing the same sitting again replaces its figures, never adds them twice");
    }

    private static int responses(JsonObject item) {
        return item.containsKey("statistics") && !item.isNull("statistics") ? item.getJsonObject("statistics").getInt("responses") : 0;
    }

    private static double number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        assertTrue(v instanceof JsonNumber, name + " is not a number in " + o);
        return ((JsonNumber) v).doubleValue();
    }

    /** The textbook formulas over the scores the server stored, written out here. */
    record Reference(List<Map<Long, Double>> scores, Map<Long, Double> max, List<Map<Long, String>> choices) {

        static Reference load(long sitting, Map<String, Map<String, String>> chosen) throws Exception {
            Map<Long, Map<Long, Double>> byAttempt = new LinkedHashMap<>();
            Map<Long, String> studentOf = new HashMap<>();
            Map<Long, Double> max = new HashMap<>();
            try (Connection c = ItDatabase.connect();
                 PreparedStatement s = c.prepareStatement("SELECT a.id, acc.username, x.item_id, x.points, x.max_points"
                         + " FROM attempt a JOIN student st ON st.id = a.student_id JOIN account acc ON acc.id = st.account_id"
                         + " JOIN attempt_item_score x ON x.attempt_id = a.id WHERE a.sitting_id = ? ORDER BY a.id")) {
                s.setLong(1, sitting);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byAttempt.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(3), rs.getDouble(4));
                        studentOf.put(rs.getLong(1), rs.getString(2));
                        max.put(rs.getLong(3), rs.getDouble(5));
                    }
                }
            }
            List<Map<Long, Double>> scores = new ArrayList<>(byAttempt.values());
            List<Map<Long, String>> choices = new ArrayList<>();
            for (long attempt : byAttempt.keySet()) {
                Map<Long, String> m = new HashMap<>();
                chosen.get(studentOf.get(attempt)).forEach((item, option) -> m.put(Long.parseLong(item), option));
                choices.add(m);
            }
            return new Reference(scores, max, choices);
        }

        double total(int a) {
            return scores.get(a).values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double mean() {
            double s = 0;
            for (int a = 0; a < scores.size(); a++) {
                s += total(a);
            }
            return s / scores.size();
        }

        static double variance(double[] x) {
            double m = 0;
            for (double v : x) {
                m += v;
            }
            m /= x.length;
            double s = 0;
            for (double v : x) {
                s += (v - m) * (v - m);
            }
            return s / (x.length - 1);
        }

        double sd() {
            double[] t = new double[scores.size()];
            for (int a = 0; a < t.length; a++) {
                t[a] = total(a);
            }
            return Math.sqrt(variance(t));
        }

        double alpha() {
            int k = max.size();
            double items = 0;
            for (long id : max.keySet()) {
                double[] x = new double[scores.size()];
                for (int a = 0; a < x.length; a++) {
                    x[a] = scores.get(a).get(id);
                }
                items += variance(x);
            }
            return k / (k - 1.0) * (1 - items / (sd() * sd()));
        }

        double facility(long id) {
            double s = 0;
            for (Map<Long, Double> m : scores) {
                s += m.get(id);
            }
            return s / scores.size() / max.get(id);
        }

        Double restCorrelation(long id) {
            int n = scores.size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int a = 0; a < n; a++) {
                x[a] = scores.get(a).get(id);
                y[a] = total(a) - x[a];
            }
            double mx = 0;
            double my = 0;
            for (int a = 0; a < n; a++) {
                mx += x[a] / n;
                my += y[a] / n;
            }
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int a = 0; a < n; a++) {
                sxy += (x[a] - mx) * (y[a] - my);
                sxx += (x[a] - mx) * (x[a] - mx);
                syy += (y[a] - my) * (y[a] - my);
            }
            return sxx < 1e-12 || syy < 1e-12 ? null : sxy / Math.sqrt(sxx * syy);
        }

        double share(long id, String option) {
            return choices.stream().filter(m -> option.equals(m.get(id))).count() / (double) choices.size();
        }
    }

    // ---- gradebook: đối sánh and the leaders' statistics -----------------------------------------------

    /** hs001…hs006 in 9A1, Mathematics, semester 1: TX1, TX2, GK, CK. hs002 falls 2.6 below, hs006 rises 3.1 above. */
    private static final Object[][] GRADEBOOK = {
        {"hs001", 8.0, 9.0, 8.0, 9.0}, {"hs002", 7.0, 7.0, 5.0, 4.0}, {"hs003", 6.0, 6.0, 6.0, 7.0},
        {"hs004", 9.0, 8.0, 9.0, 8.5}, {"hs005", 5.0, 6.0, 6.0, 6.0}, {"hs006", 4.0, 5.0, 7.0, 8.0},
    };

    private static void seedGradebook() throws Exception {
        // The demo school has a semester of marks (TX1…TXn): keep only the columns this test sets, so
        // the figures are the table's above whatever the demo or another test wrote.
        try (Connection c = ItDatabase.connect();
             PreparedStatement clear = c.prepareStatement("""
                     DELETE g FROM gradebook_entry g
                       JOIN school_class sc ON sc.id = g.class_id AND sc.code = '9A1'
                       JOIN school_year y ON y.id = sc.school_year_id AND y.is_current = TRUE
                       JOIN subject sub ON sub.id = g.subject_id AND sub.code = 'MATH'
                       JOIN student st ON st.id = g.student_id
                      WHERE g.semester = 1 AND st.code BETWEEN 'hs001' AND 'hs006'
                        AND g.column_code NOT IN ('TX1', 'TX2', 'GK', 'CK')""")) {
            clear.executeUpdate();
        }
        try (Connection c = ItDatabase.connect();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO gradebook_entry (class_id, subject_id, semester, student_id, column_code, score, updated_at, updated_by)
                     SELECT sc.id, sub.id, 1, st.id, ?, ?, UTC_TIMESTAMP(6), 'analytics-it'
                       FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id AND y.is_current = TRUE
                       JOIN subject sub ON sub.code = 'MATH' JOIN student st ON st.code = ?
                      WHERE sc.code = '9A1'
                     ON DUPLICATE KEY UPDATE score = VALUES(score)""")) {
            String[] columns = {"TX1", "TX2", "GK", "CK"};
            for (Object[] row : GRADEBOOK) {
                for (int i = 0; i < 4; i++) {
                    s.setString(1, columns[i]);
                    s.setDouble(2, (Double) row[i + 1]);
                    s.setString(3, (String) row[0]);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    @Test
    void comparisonAndLeadersStatisticsOverTheGradebookOnTheApiAndThePage() throws Exception {
        seedGradebook();
        Api api = api();
        String principal = api.login("hieutruong", "demo");
        Api.Reply reply = api.get("api/v1/analytics/comparison?semester=1&subject=MATH&class=9A1", principal);
        assertEquals(200, reply.status(), reply.body());
        JsonObject comparison = reply.json();
        Map<String, JsonObject> students = new HashMap<>();
        comparison.getJsonArray("students").getValuesAs(JsonObject.class).forEach(s -> students.put(s.getString("studentId"), s));
        JsonObject hs002 = students.get("hs002");
        assertEquals(7.0, number(hs002, "regularMean"), 1e-9);
        assertEquals(4.4, number(hs002, "periodicMean"), 1e-9, "(2·5 + 3·4)/5");
        assertEquals(-2.6, number(hs002, "gap"), 1e-9);
        assertTrue(hs002.getBoolean("flagged"));
        assertTrue(students.get("hs006").getBoolean("flagged"));
        assertFalse(students.get("hs001").getBoolean("flagged"));
        JsonObject group = comparison.getJsonArray("groups").getJsonObject(0);
        assertEquals("9A1", group.getString("class"));
        assertEquals("gv.toan", group.getString("teacher"));
        double meanOfStudents = students.values().stream().filter(s -> !s.isNull("regularMean"))
                .mapToDouble(s -> number(s, "regularMean")).average().orElseThrow();
        assertEquals(meanOfStudents, number(group, "regularMean"), 0.006, "a group's figure is its students' mean");
        assertTrue(group.containsKey("correlation") && group.containsKey("flagged"), group.toString());
        // A stricter threshold flags more; a bad one is a 400 naming the field.
        Api.Reply strict = api.get("api/v1/analytics/comparison?semester=1&subject=MATH&class=9A1&gap=0.5", principal);
        assertTrue(strict.json().getJsonArray("students").getValuesAs(JsonObject.class).stream()
                .filter(s -> "hs003".equals(s.getString("studentId"))).findFirst().orElseThrow().getBoolean("flagged"));
        Api.Reply bad = api.get("api/v1/analytics/comparison?semester=3&subject=MATH", principal);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("VALIDATION_FAILED", bad.json().getString("error"));

        // Teachers: gv.toan teaches 9A1 Mathematics and is its homeroom teacher; totruong.toan heads Mathematics.
        assertEquals(200, api.get("api/v1/analytics/comparison?semester=1&subject=MATH&class=9A1", api.login("gv.toan", "demo")).status());
        assertEquals(403, api.get("api/v1/analytics/summary?period=1&by=class", api.login("gv.toan", "demo")).status());

        Api.Reply summary = api.get("api/v1/analytics/summary?period=1&by=class", principal);
        assertEquals(200, summary.status(), summary.body());
        JsonObject a1 = summary.json().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("group").equals("9A1")).findFirst().orElseThrow();
        assertTrue(a1.getInt("students") >= 6, a1.toString());
        assertEquals(a1.getInt("students"), a1.getJsonObject("levels").values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum());
        assertFalse(summary.json().getJsonArray("citations").isEmpty(), "levels and averages come from the rules");
        Api.Reply xlsx = api.get("api/v1/analytics/summary/export?period=1&by=class", principal);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.raw().headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));

        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            browser.get(root);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
            browser.findElement(By.id("username")).sendKeys("hieutruong");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            browser.findElement(By.cssSelector("[data-tile=tileReports]")).click();
            wait.until(ExpectedConditions.urlContains("analytics.html"));
            browser.findElement(By.id("summary-by")).sendKeys("Lớp");
            browser.findElement(By.id("summary-load")).click();
            wait.until(d -> d.findElements(By.cssSelector("#summary-table tbody tr")).stream().anyMatch(tr -> tr.getText().startsWith("9A1")));
            assertFalse(browser.findElements(By.cssSelector("#chart-box svg g title")).isEmpty(), "box plots explain themselves");
            assertTrue(browser.findElement(By.id("summary-footnote")).getText().contains("Thông tư 22/2021/TT-BGDĐT"),
                    browser.findElement(By.id("summary-footnote")).getText());

            browser.findElement(By.id("tab-comparison")).click();
            browser.findElement(By.id("comparison-class")).sendKeys("9A1");
            browser.findElement(By.id("comparison-gap")).sendKeys("2,0");
            browser.findElement(By.id("comparison-load")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison-groups tr[data-class='9A1']")));
            browser.findElement(By.cssSelector("#comparison-groups tr[data-class='9A1']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#drill-students tr[data-student='hs002']")));
            String row = browser.findElement(By.cssSelector("#drill-students tr[data-student='hs002']")).getText();
            assertTrue(row.contains("−2,6") || row.contains("-2,6"), "decimal comma and the gap: " + row);
            assertTrue(browser.findElement(By.cssSelector("#drill-students tr[data-student='hs002']")).getAttribute("class").contains("flagged"));
            assertTrue(browser.findElement(By.id("comparison-footnote")).getText().contains("(2·GK + 3·CK)/5"));
            int points = browser.findElements(By.cssSelector("#chart-scatter circle")).size();
            assertTrue(points >= 6, "a point per student with both results: " + points);

            browser.findElement(By.cssSelector("[data-lang=en]")).click();
            wait.until(d -> d.findElement(By.id("drill-title")).getText().startsWith("Students of 9A1"));

            browser.manage().window().setSize(new Dimension(390, 844));
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "no sideways scroll at 390 px");
        } finally {
            browser.quit();
        }
    }
}
