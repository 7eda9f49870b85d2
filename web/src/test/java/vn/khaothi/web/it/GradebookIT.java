package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gradebook end to end on Payara with the demo school (issue 13): the grid rounds 8,25 to 8,3
 * and says so; a refusal names the article; a sitting's publish fills its column (409 NOT_GRADED
 * while an essay waits); an appeal changes a mark (history APPEAL, shown to the student); the lock
 * refuses an edit and an approved amendment goes through; a student's results at 390×844; 403s,
 * an all-or-nothing import with row numbers, the xlsx export. Robust to the kept test database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradebookIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private Api.Reply put(String json, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/gradebook/scores"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.body(), response);
    }

    private static JsonObject row(JsonObject sheet, String student) {
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("studentId").equals(student)).findFirst().orElseThrow();
    }

    private WebDriver signIn(String username, Dimension size) throws Exception {
        WebDriver browser = Browsers.chromium();
        if (size != null) {
            browser.manage().window().setSize(size);
        }
        browser.get(base.toString());
        Browsers.await(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-button")).click();
        Browsers.await(browser, WAIT).until(ExpectedConditions.urlContains("app.html"));
        return browser;
    }

    @Test
    void theGridRoundsEightTwentyFiveAndSaysSoAndRefusesInlineWithTheArticle() throws Exception {
        WebDriver browser = signIn("gv.toan", null);
        try {
            WebDriverWait wait = Browsers.await(browser, WAIT);
            browser.get(base + "gradebook.html#class=9A1&subject=MATH&semester=2");
            By first = By.cssSelector("#grid-body input[data-row='0'][data-col='0']");
            wait.until(ExpectedConditions.elementToBeClickable(first));
            WebElement cell = browser.findElement(first);
            cell.click();
            cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8,25", Keys.ENTER);
            wait.until(ExpectedConditions.textToBe(By.id("gb-state"), "Đã lưu"));
            assertEquals("8,3", browser.findElement(first).getAttribute("value"));
            String notice = browser.findElement(By.id("gb-notice")).getText();
            assertTrue(notice.contains("8,25") && notice.contains("8,3") && notice.contains("5.3.b"), notice);

            WebElement below = browser.findElement(By.cssSelector("#grid-body input[data-row='1'][data-col='0']"));
            assertEquals(below, browser.switchTo().activeElement(), "Enter moves down");
            below.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11", Keys.ENTER);
            wait.until(ExpectedConditions.attributeContains(below, "class", "invalid"));
            String error = browser.findElement(By.id("gb-error")).getText();
            assertTrue(error.contains("5.3.b") && error.contains("10"), error);
        } finally {
            browser.quit();
        }
        JsonObject sheet = api().get("api/v1/gradebook?class=9A1&subject=MATH&semester=2", api().login("gv.toan", "demo")).json();
        assertEquals(new BigDecimal("8.3"), sheet.getJsonArray("rows").getJsonObject(0).getJsonObject("scores")
                .getJsonNumber("TX1").bigDecimalValue());
    }

    @Test
    void aSittingsPublishFillsItsColumnOnceTheEssayIsMarked() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        long paper = Sittings.approvedPaper(api);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply created = api.post("api/v1/sittings", "{\"paperId\":" + paper + ",\"title\":\"Giữa kì (IT sổ điểm)\","
                + "\"classCode\":\"9A1\",\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\"" + now.plusSeconds(10800)
                + "\",\"durationMinutes\":60,\"mode\":\"IN_PERSON\",\"proctors\":[\"gv.toan\"],\"gradebookColumn\":\"TX4\"}", teacher);
        assertEquals(201, created.status(), created.body());
        long sitting = created.json().getJsonNumber("id").longValue();
        String student = api.login("hs001", "demo");
        JsonObject started = Sittings.start(api, sitting, student);
        long attempt = started.getJsonNumber("attemptId").longValue();
        List<JsonObject> items = started.getJsonArray("items").getValuesAs(JsonObject.class);
        String essay = items.stream().filter(i -> "ESSAY".equals(i.getString("type", ""))).findFirst()
                .orElse(items.get(items.size() - 1)).getString("itemId");
        Socket socket = Socket.hello(base, "ws/attempts/" + attempt, student);
        socket.answer(1, essay, "{\"text\":\"Bài làm tự luận của em\"}");
        socket.next("ack", WAIT);
        socket.send("{\"type\":\"submit\"}");
        socket.next("submitted", WAIT);

        Api.Reply waiting = api.post("api/v1/sittings/" + sitting + "/results/publish", "", teacher);
        assertEquals(409, waiting.status(), waiting.body());
        assertEquals("NOT_GRADED", waiting.json().getString("error"));
        assertEquals(403, api.post("api/v1/sittings/" + sitting + "/results/publish", "", student).status());

        // The demo essays carry a rubric: mark every criterion at its highest level on the marking API.
        JsonObject queued = api.get("api/v1/sittings/" + sitting + "/marking", teacher).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(x -> !x.isNull("attemptId") && x.getJsonNumber("attemptId").longValue() == attempt).findFirst().orElseThrow();
        StringBuilder criteria = new StringBuilder();
        for (JsonObject c : queued.getJsonArray("rubric").getValuesAs(JsonObject.class)) {
            criteria.append(criteria.length() == 0 ? "" : ",").append('"').append(c.getString("id")).append("\":")
                    .append(c.getJsonNumber("max").bigDecimalValue().toPlainString());
        }
        Api.Reply graded = api.post("api/v1/sittings/" + sitting + "/marking/marks", "{\"attemptId\":" + attempt
                + ",\"itemId\":\"" + essay + "\",\"criteria\":{" + criteria + "}}", teacher);
        assertEquals(200, graded.status(), graded.body());
        BigDecimal score = api.get("api/v1/attempts/" + attempt, teacher).json().getJsonNumber("score").bigDecimalValue();
        assertTrue(score.signum() > 0, "the essay's marks make the attempt's score");
        // The publish writes (and keeps in the history) only a mark that changes: whatever earlier tests or the demo
        // left in hs001's TX4, make it differ from the score first, so this test does not depend on the run's order.
        BigDecimal expected = score.setScale(1, java.math.RoundingMode.HALF_UP);
        String other = expected.compareTo(BigDecimal.ONE) == 0 ? "2" : "1";
        Api.Reply before = put("{\"class\":\"9A1\",\"subject\":\"MATH\",\"semester\":1,\"studentId\":\"hs001\",\"column\":\"TX4\","
                + "\"score\":" + other + ",\"reason\":\"IT: một điểm khác trước khi công bố\"}", teacher);
        assertEquals(200, before.status(), before.body());
        // Through the page, as a teacher would: "Công bố điểm vào sổ" on the scheduling page's list.
        WebDriver browser = signIn("gv.toan", null);
        try {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            browser.get(root + "sittings.html");
            By row = By.cssSelector("#mine td[data-sitting='" + sitting + "']");
            Browsers.await(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(row));
            browser.findElement(row).findElement(By.cssSelector("button.publish")).click();
            String said = Browsers.await(browser, WAIT).until(d -> {
                String text = d.findElement(row).findElement(By.cssSelector(".row-message")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(said.contains("TX4") && said.contains("học kì 1"), said);
        } finally {
            browser.quit();
        }

        JsonObject sheet = api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=1", teacher).json();
        assertEquals(score.setScale(1, java.math.RoundingMode.HALF_UP),
                row(sheet, "hs001").getJsonObject("scores").getJsonNumber("TX4").bigDecimalValue(),
                "the attempt's score, rounded half-up to one decimal (Art. 5.3.b)");
        JsonArray history = api.get("api/v1/gradebook/history?class=9A1&subject=MATH&semester=1&studentId=hs001", teacher)
                .structure().asJsonArray();
        assertTrue(history.getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> "SITTING".equals(h.getString("source")) && "TX4".equals(h.getString("column"))), history.toString());
    }

    @Test
    void aSittingOfAListOfStudentsPublishesIntoEachStudentsClass() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs003", "hs043"), 60,
                "\"title\":\"Khảo sát liên lớp (IT sổ điểm)\",\"gradebookColumn\":\"TX3\"");
        Map<String, Long> attempts = new java.util.LinkedHashMap<>();
        String essay = null;
        for (String kid : List.of("hs003", "hs043")) {
            String token = api.login(kid, "demo");
            JsonObject started = Sittings.start(api, sitting, token);
            long attempt = started.getJsonNumber("attemptId").longValue();
            List<JsonObject> items = started.getJsonArray("items").getValuesAs(JsonObject.class);
            essay = items.stream().filter(i -> "ESSAY".equals(i.getString("type", ""))).findFirst()
                    .orElse(items.get(items.size() - 1)).getString("itemId");
            Socket socket = Socket.hello(base, "ws/attempts/" + attempt, token);
            socket.answer(1, essay, "{\"text\":\"Bài làm của " + kid + "\"}");
            socket.next("ack", WAIT);
            socket.send("{\"type\":\"submit\"}");
            socket.next("submitted", WAIT);
            socket.close();
            attempts.put(kid, attempt);
        }
        JsonArray queue = api.get("api/v1/sittings/" + sitting + "/marking", teacher).json().getJsonArray("items");
        for (JsonObject x : queue.getValuesAs(JsonObject.class)) {
            StringBuilder criteria = new StringBuilder();
            for (JsonObject c : x.getJsonArray("rubric").getValuesAs(JsonObject.class)) {
                criteria.append(criteria.length() == 0 ? "" : ",").append('"').append(c.getString("id")).append("\":")
                        .append(c.getJsonNumber("max").bigDecimalValue().toPlainString());
            }
            Api.Reply marked = api.post("api/v1/sittings/" + sitting + "/marking/marks", "{\"attemptId\":"
                    + x.getJsonNumber("attemptId") + ",\"itemId\":\"" + x.getString("itemId") + "\",\"criteria\":{" + criteria + "}}",
                    teacher);
            assertEquals(200, marked.status(), marked.body());
        }
        Api.Reply published = api.post("api/v1/sittings/" + sitting + "/results/publish", "", teacher);
        assertEquals(200, published.status(), published.body());
        assertEquals(2, published.json().getJsonArray("classes").size(), published.body());
        String principal = api.login("hieutruong", "demo");  // gv.toan (the creator) teaches 9A1 only
        for (Map.Entry<String, Long> e : attempts.entrySet()) {
            String classCode = e.getKey().equals("hs003") ? "9A1" : "9A2";
            BigDecimal score = api.get("api/v1/attempts/" + e.getValue(), teacher).json().getJsonNumber("score").bigDecimalValue();
            JsonObject sheet = api.get("api/v1/gradebook?class=" + classCode + "&subject=MATH&semester=1", principal).json();
            assertEquals(score.setScale(1, java.math.RoundingMode.HALF_UP),
                    row(sheet, e.getKey()).getJsonObject("scores").getJsonNumber("TX3").bigDecimalValue(), classCode + " " + e.getKey());
        }
    }

    @Test
    void anAppealChangesAMarkAndTheStudentSeesIt() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        JsonObject before = row(api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=1", teacher).json(), "hs003");
        BigDecimal gk = before.getJsonObject("scores").getJsonNumber("GK").bigDecimalValue();
        BigDecimal changed = gk.compareTo(new BigDecimal("9.0")) > 0 ? gk.subtract(BigDecimal.ONE) : gk.add(BigDecimal.ONE);
        String student = api.login("hs003", "demo");
        Api.Reply filed = api.post("api/v1/gradebook/appeals", "{\"class\":\"9A1\",\"subject\":\"MATH\",\"semester\":1,"
                + "\"column\":\"GK\",\"reason\":\"Em nghĩ câu 5 được chấm thiếu\"}", student);
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().getJsonNumber("id").longValue();
        assertEquals(403, api.post("api/v1/gradebook/appeals/" + id + "/assign", "{\"marker\":\"gv.toan\"}", teacher).status());
        String head = api.login("totruong.toan", "demo");
        assertEquals(200, api.post("api/v1/gradebook/appeals/" + id + "/assign", "{\"marker\":\"totruong.toan\"}", head).status());
        Api.Reply outcome = api.post("api/v1/gradebook/appeals/" + id + "/outcome", "{\"score\":\"" + changed.toPlainString()
                .replace('.', ',') + "\",\"note\":\"Câu 5 đúng, cộng 1 điểm\"}", head);
        assertEquals(200, outcome.status(), outcome.body());
        assertEquals("CHANGED", outcome.json().getString("status"));

        JsonObject after = row(api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=1", teacher).json(), "hs003");
        assertEquals(0, changed.compareTo(after.getJsonObject("scores").getJsonNumber("GK").bigDecimalValue()));
        JsonArray history = api.get("api/v1/gradebook/history?class=9A1&subject=MATH&semester=1&studentId=hs003", teacher)
                .structure().asJsonArray();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("APPEAL", last.getString("source"));
        assertTrue(last.getString("reason").contains("cộng 1 điểm"), last.toString());
        JsonObject mine = api.get("api/v1/results/mine?period=1", student).json();
        assertTrue(mine.getJsonArray("appeals").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id && "CHANGED".equals(a.getString("status"))), mine.toString());
    }

    @Test
    void theLockRefusesAnEditAndAnApprovedAmendmentGoesThrough() throws Exception {
        Api api = api();
        String principal = api.login("hieutruong", "demo");
        String head = api.login("totruong.toan", "demo");
        assertEquals(403, api.post("api/v1/gradebook/lock", "{\"class\":\"9A2\",\"semester\":2}", head).status());
        Api.Reply locked = api.post("api/v1/gradebook/lock", "{\"class\":\"9A2\",\"semester\":2}", principal);
        assertEquals(200, locked.status(), locked.body());
        Api.Reply refused = put("{\"class\":\"9A2\",\"subject\":\"MATH\",\"semester\":2,\"studentId\":\"hs041\",\"column\":\"TX1\",\"score\":7}", head);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("GRADEBOOK_LOCKED", refused.json().getString("error"));

        String value = String.valueOf(1 + Instant.now().getEpochSecond() % 9);
        Api.Reply asked = api.post("api/v1/gradebook/amendments", "{\"class\":\"9A2\",\"subject\":\"MATH\",\"semester\":2,"
                + "\"studentId\":\"hs041\",\"column\":\"TX1\",\"score\":" + value + ",\"reason\":\"Nhập nhầm cột\"}", head);
        assertEquals(201, asked.status(), asked.body());
        long id = asked.json().getJsonNumber("id").longValue();
        assertEquals(403, api.post("api/v1/gradebook/amendments/" + id + "/decision", "{\"approve\":true}", head).status());
        Api.Reply approved = api.post("api/v1/gradebook/amendments/" + id + "/decision", "{\"approve\":true,\"note\":\"Đồng ý\"}", principal);
        assertEquals(200, approved.status(), approved.body());
        JsonObject sheet = api.get("api/v1/gradebook?class=9A2&subject=MATH&semester=2", head).json();
        assertTrue(sheet.getBoolean("locked"));
        assertEquals(new BigDecimal(value + ".0"), row(sheet, "hs041").getJsonObject("scores").getJsonNumber("TX1").bigDecimalValue());
        JsonArray history = api.get("api/v1/gradebook/history?class=9A2&subject=MATH&semester=2&studentId=hs041", head)
                .structure().asJsonArray();
        assertTrue(history.getValuesAs(JsonObject.class).stream().anyMatch(h -> "AMENDMENT".equals(h.getString("source"))));
    }

    @Test
    void aDeputyLocksAndApprovesOnlyUnderAGradebookDelegationGrantedOnTheDelegationsPage() throws Exception {
        Api api = api();
        String principal = api.login("hieutruong", "demo");
        String head = api.login("totruong.toan", "demo");
        String deputy = api.login("phohieutruong", "demo");
        String lock = "{\"class\":\"9A2\",\"semester\":2}";
        String value = String.valueOf(1 + (Instant.now().getEpochSecond() + 4) % 9);
        // The lock of 9A2's semester II may or may not be there yet (idempotent either way); an amendment needs it.
        assertEquals(200, api.post("api/v1/gradebook/lock", lock, principal).status());
        Api.Reply asked = api.post("api/v1/gradebook/amendments", "{\"class\":\"9A2\",\"subject\":\"MATH\",\"semester\":2,"
                + "\"studentId\":\"hs042\",\"column\":\"TX2\",\"score\":" + value + ",\"reason\":\"Chấm sót ý\"}", head);
        assertEquals(201, asked.status(), asked.body());
        long id = asked.json().getJsonNumber("id").longValue();

        // Without a GRADEBOOK_LOCK delegation (a remote-assessment or materials one is not enough): 403, nothing changes.
        Api.Reply refused = api.post("api/v1/gradebook/lock", lock, deputy);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("GRADEBOOK_LOCK"), refused.body());
        assertEquals(403, api.post("api/v1/gradebook/amendments/" + id + "/decision", "{\"approve\":true}", deputy).status());
        assertEquals("PENDING", api.get("api/v1/gradebook/amendments", principal).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow().getString("status"));

        Instant now = Instant.now();
        Api.Reply granted = api.post("api/v1/delegations", "{\"deputyId\":\"phohieutruong\",\"scope\":\"GRADEBOOK_LOCK\","
                + "\"validFrom\":\"" + now.minusSeconds(60) + "\",\"validUntil\":\"" + now.plusSeconds(1800) + "\"}", principal);
        assertEquals(201, granted.status(), granted.body());
        String delegation = granted.json().getString("id");
        try {
            Api.Reply locked = api.post("api/v1/gradebook/lock", lock, deputy);
            assertEquals(200, locked.status(), locked.body());
            Api.Reply approved = api.post("api/v1/gradebook/amendments/" + id + "/decision", "{\"approve\":true,\"note\":\"KT. HT\"}",
                    deputy);
            assertEquals(200, approved.status(), approved.body());
            assertEquals("APPROVED", approved.json().getString("status"));
            JsonObject sheet = api.get("api/v1/gradebook?class=9A2&subject=MATH&semester=2", head).json();
            assertEquals(new BigDecimal(value + ".0"), row(sheet, "hs042").getJsonObject("scores").getJsonNumber("TX2").bigDecimalValue());

            // The principal sees (and could grant) the scope on the existing delegations page.
            WebDriver browser = signIn("hieutruong", null);
            try {
                browser.get(base + "remote.html");
                WebDriverWait wait = Browsers.await(browser, WAIT);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-delegations"))).click();
                wait.until(d -> d.findElement(By.id("delegation-rows")).getText().contains("Chốt sổ điểm và duyệt đính chính"));
                assertTrue(browser.findElements(By.cssSelector("#delegation-scope option[value=GRADEBOOK_LOCK]")).size() == 1);
            } finally {
                browser.quit();
            }
        } finally {
            assertEquals(200, api.post("api/v1/delegations/" + delegation + "/revoke", "{}", principal).status());
        }
        assertEquals(403, api.post("api/v1/gradebook/lock", lock, deputy).status(), "revoked: no longer");
    }

    @Test
    void aStudentsResultsFitAPhone() throws Exception {
        WebDriver browser = signIn("hs001", new Dimension(390, 844));
        try {
            WebDriverWait wait = Browsers.await(browser, WAIT);
            browser.findElement(By.cssSelector("[data-tile=tileResults]")).click();
            wait.until(ExpectedConditions.urlContains("results.html"));
            wait.until(d -> d.findElements(By.cssSelector("#rs-subjects li")).size() == 12);
            assertFalse(browser.findElement(By.id("rs-learning")).getText().isBlank());
            assertTrue(browser.findElement(By.id("rs-subjects")).getText().contains("Toán"));
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            long innerWidth = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertTrue(scrollWidth <= innerWidth, "no sideways scroll: " + scrollWidth + " > " + innerWidth);
        } finally {
            browser.quit();
        }
    }

    @Test
    void whoMayDoWhatBadInputImportAndExport() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        String student = api.login("hs002", "demo");
        assertEquals(403, api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=1", student).status());
        assertEquals(403, put("{\"class\":\"9A2\",\"subject\":\"MATH\",\"semester\":1,\"studentId\":\"hs041\",\"column\":\"TX1\",\"score\":7}",
                teacher).status(), "gv.toan does not teach 9A2");
        Api.Reply bad = put("{\"class\":\"9A1\",\"subject\":\"MATH\",\"semester\":2,\"studentId\":\"hs002\",\"column\":\"TX2\",\"score\":\"tám\"}", teacher);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("SCORE_INVALID", bad.json().getString("error"));
        assertEquals("score", bad.json().getJsonObject("details").getString("field"));

        String before = row(api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=2", teacher).json(), "hs002")
                .getJsonObject("scores").get("TX3").toString();
        String csv = "Mã học sinh;TX3\nhs002;" + (before.equals("7.5") ? "6,5" : "7,5") + "\nhs004;12\nhs999;6\n";
        Api.Reply rejected = api.postBytes("api/v1/gradebook/imports?class=9A1&subject=MATH&semester=2&format=csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", teacher);
        assertEquals(422, rejected.status(), rejected.body());
        assertEquals("IMPORT_INVALID", rejected.json().getString("error"));
        List<Integer> rows = rejected.json().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row")).toList();
        assertEquals(List.of(3, 4), rows, rejected.body());
        assertEquals(before, row(api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=2", teacher).json(), "hs002")
                .getJsonObject("scores").get("TX3").toString(), "nothing stored by a refused import");

        Api.Reply imported = api.postBytes("api/v1/gradebook/imports?class=9A1&subject=MATH&semester=2&format=csv",
                "Mã học sinh;TX3\nhs002;7,5\n".getBytes(StandardCharsets.UTF_8), "text/csv", teacher);
        assertEquals(200, imported.status(), imported.body());

        var xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "api/v1/gradebook/export?class=9A1&subject=MATH&semester=2&format=xlsx"))
                .header("Authorization", "Bearer " + teacher).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            var sheetXlsx = book.getSheetAt(0);
            assertTrue(sheetXlsx.getRow(0).getCell(0).getStringCellValue().contains("Toán"));
            assertEquals("Mã học sinh", sheetXlsx.getRow(3).getCell(1).getStringCellValue());
            assertEquals("ĐĐGtx1", sheetXlsx.getRow(3).getCell(3).getStringCellValue(), "TT22 wording, Vietnamese intact");
            int last = sheetXlsx.getRow(3).getLastCellNum() - 1;
            assertEquals("ĐĐGgk", sheetXlsx.getRow(3).getCell(last - 2).getStringCellValue());
            assertEquals("ĐĐGck", sheetXlsx.getRow(3).getCell(last - 1).getStringCellValue());
            assertEquals("ĐTBmhk", sheetXlsx.getRow(3).getCell(last).getStringCellValue());
            assertEquals("Điểm đánh giá thường xuyên", sheetXlsx.getRow(2).getCell(3).getStringCellValue());
            String name = row(api.get("api/v1/gradebook?class=9A1&subject=MATH&semester=2", teacher).json(), "hs002").getString("name");
            assertTrue(name.matches(".*[À-ỹ].*"), name);
            assertEquals(name, sheetXlsx.getRow(5).getCell(2).getStringCellValue(), "a Vietnamese name keeps its diacritics");
            assertEquals("hs002", sheetXlsx.getRow(5).getCell(1).getStringCellValue());
            assertEquals(7.5, sheetXlsx.getRow(5).getCell(5).getNumericCellValue(), 1e-9);
        }

        JsonArray results = api.get("api/v1/results?class=9A1&period=1", teacher).structure().asJsonArray();
        assertEquals(40, results.size());
        JsonObject one = results.getJsonObject(0);
        assertTrue(one.containsKey("learningLevel") && one.containsKey("computedLevel") && one.containsKey("conductLevel"), one.toString());
        assertTrue(results.getValuesAs(JsonObject.class).stream().anyMatch(r -> !r.isNull("learningLevel")
                && r.getJsonArray("citations").toString().contains("9.2")), results.toString());
        assertEquals(403, api.get("api/v1/results?class=9A1&period=1", api.login("totruong.toan", "demo")).status(),
                "not the homeroom teacher of 9A1");
    }
}
