package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Marking (issue 13) through the page and the API on the deployed application: a blind sitting
 * marked by rubric in marking.html (codes, not names; decimal comma; an out-of-range mark refused
 * next to its criterion; names released at the end), and double marking whose disagreement goes
 * to a third marker, or to the head's decision on the page. The demo essays carry a rubric worth 1 point; the paper gives the essay 6.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarkingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** A student starts, answers the essay and submits over the attempt socket; answers the attempt id. */
    private long sitAndSubmit(Api api, long sitting, String student) throws Exception {
        String token = api.login(student, "demo");
        JsonObject started = Sittings.start(api, sitting, token);
        long attemptId = started.getJsonNumber("attemptId").longValue();
        String essay = started.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("ESSAY")).findFirst().orElseThrow().getString("itemId");
        Socket socket = Socket.hello(base, "ws/attempts/" + attemptId, token);
        socket.next("state", WAIT);
        socket.answer(1, essay, "{\"text\":\"Đặt ẩn, lập hệ phương trình, giải và kết luận.\"}");
        socket.ack(1, WAIT);
        socket.send("{\"type\":\"submit\"}");
        socket.next("submitted", WAIT);
        socket.close();
        return attemptId;
    }

    @Test
    void blindMarkingByRubricInThePageProducesTheScore() throws Exception {
        Api api = new Api(base);
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs061", "hs062"), 60,
                "\"blindMarking\":true");
        long a61 = sitAndSubmit(api, sitting, "hs061");
        long a62 = sitAndSubmit(api, sitting, "hs062");
        String teacher = api.login("gv.toan", "demo");
        JsonObject queue = api.get("api/v1/sittings/" + sitting + "/marking", teacher).json();
        assertTrue(queue.getBoolean("blind"));
        assertEquals(2, queue.getJsonArray("items").size(), queue.toString());
        assertFalse(queue.toString().contains("hs061"), "no username while blind: " + queue);
        int criteria = queue.getJsonArray("items").getJsonObject(0).getJsonArray("rubric").size();
        assertTrue(criteria >= 3, queue.toString());

        // Issue 17, item 2: before marking, the student's result says the essay is being marked, never "0 / 6".
        WebDriver pupil = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(pupil, Duration.ofSeconds(30));
            signIn(pupil, wait, "hs061");
            pupil.get(root() + "test.html?attempt=" + a61);
            wait.until(d -> d.findElement(By.id("result-score")).getText().contains("đang chấm"));
            String table = pupil.findElement(By.id("result-table")).getText();
            assertTrue(table.contains("đang chấm / 6"), table);
            assertFalse(table.contains("0 / 6"), "an ungraded essay is not 0: " + table);
        } finally {
            pupil.quit();
        }

        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "gv.toan");
            browser.get(root() + "marking.html?sitting=" + sitting);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rubric tbody input")));
            String queueText = browser.findElement(By.id("queue")).getText();
            assertTrue(queueText.contains("Phách"), queueText);
            assertTrue(browser.findElement(By.id("policy")).getText().contains("Chấm phách"));

            // Paper 1: a mark beyond the criterion is refused next to it; then every criterion at its top level.
            List<WebElement> inputs = browser.findElements(By.cssSelector("#rubric tbody input"));
            inputs.get(0).sendKeys("5");
            browser.findElement(By.id("save")).click();
            WebElement error = browser.findElement(By.cssSelector("#rubric tbody .error"));
            wait.until(d -> error.getText().contains("Từ 0 đến"));
            inputs.get(0).clear();
            for (WebElement row : browser.findElements(By.cssSelector("#rubric tbody tr"))) {
                List<WebElement> levels = row.findElements(By.cssSelector(".mk-levels button"));
                levels.get(levels.size() - 1).click();
            }
            assertEquals("6 / 6", browser.findElement(By.id("total")).getText());
            browser.findElement(By.id("comment")).sendKeys("Lời giải đầy đủ");
            browser.findElement(By.id("comment")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(d -> d.findElement(By.id("progress-text")).getText().contains("1/2"));

            // Paper 2 (selected next): 0,25 typed with a decimal comma on the first criterion, 0 on the others.
            wait.until(d -> d.findElements(By.cssSelector("#rubric tbody input")).stream().allMatch(i -> i.getAttribute("value").isEmpty())
                    && d.findElement(By.id("total")).getText().startsWith("0 /"));
            List<WebElement> second = browser.findElements(By.cssSelector("#rubric tbody input"));
            for (int i = 0; i < second.size(); i++) {
                second.get(i).sendKeys(i == 0 ? "0,25" : "0");
            }
            assertEquals("1,5 / 6", browser.findElement(By.id("total")).getText(), "0,25 of a 1-point rubric on a 6-point item");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("progress-text")).getText().contains("Đã chấm xong"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("release"))).click();
            wait.until(d -> !d.findElement(By.id("queue")).getText().contains("Phách"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth").equals(Boolean.TRUE));
        } finally {
            browser.quit();
        }
        JsonObject released = api.get("api/v1/sittings/" + sitting + "/marking", teacher).json();
        assertTrue(released.getBoolean("released"), released.toString());
        assertTrue(released.toString().contains("hs061"), "names after release: " + released);
        BigDecimal full = essayPoints(released, "hs061");
        BigDecimal quarters = essayPoints(released, "hs062");
        BigDecimal expected = new BigDecimal("1.5");
        // Which paper each student got came from the page's order of codes: one has 6, the other 1,5.
        assertTrue((full.compareTo(BigDecimal.valueOf(6)) == 0 && quarters.compareTo(expected) == 0)
                || (quarters.compareTo(BigDecimal.valueOf(6)) == 0 && full.compareTo(expected) == 0), released.toString());
        for (long attempt : List.of(a61, a62)) {
            JsonObject view = api.get("api/v1/attempts/" + attempt, teacher).json();
            assertEquals("GRADED", view.getString("status"), view.toString());
        }
        assertEquals(403, api.get("api/v1/sittings/" + sitting + "/marking", api.login("hs061", "demo")).status());
    }

    @Test
    void doubleMarkingDisagreementGoesToAThirdMark() throws Exception {
        Api api = new Api(base);
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs063"), 60,
                "\"doubleMarking\":true,\"markingThreshold\":0.5");
        long attempt = sitAndSubmit(api, sitting, "hs063");
        String first = api.login("gv.toan", "demo");
        String second = api.login("phohieutruong", "demo");
        String third = api.login("totruong.toan", "demo");
        JsonObject item = api.get("api/v1/sittings/" + sitting + "/marking", first).json().getJsonArray("items").getJsonObject(0);
        List<String> ids = item.getJsonArray("rubric").getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();

        Api.Reply one = api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0"), first);
        assertEquals(200, one.status(), one.body());
        assertEquals("AWAITING_SECOND", one.json().getString("status"));
        assertEquals(409, api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0"), first).status(),
                "the same marker cannot give the second mark");
        Api.Reply two = api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0.25"), second);
        assertEquals("DISPUTED", two.json().getString("status"), two.body());  // 0 vs 0,25 × n × 6 ≥ 4,5 apart
        JsonObject complete = api.get("api/v1/sittings/" + sitting + "/marking/complete", first).json();
        assertFalse(complete.getBoolean("complete"), complete.toString());
        Api.Reply three = api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0.25"), third);
        assertEquals("FINAL", three.json().getString("status"), three.body());
        assertTrue(api.get("api/v1/sittings/" + sitting + "/marking/complete", first).json().getBoolean("complete"));
        assertEquals("GRADED", api.get("api/v1/attempts/" + attempt, first).json().getString("status"));
        Api.Reply bad = api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0"), first);
        assertEquals(409, bad.status(), bad.body());
        assertEquals("ALREADY_FINAL", bad.json().getString("error"));
        Api.Reply threshold = api.post("api/v1/sittings", "{\"paperId\":" + Sittings.approvedPaper(api)
                + ",\"students\":[\"hs064\"],\"opensAt\":\"2030-01-01T01:00:00Z\",\"closesAt\":\"2030-01-01T03:00:00Z\","
                + "\"mode\":\"IN_PERSON\",\"doubleMarking\":true}", first);
        assertEquals(400, threshold.status(), threshold.body());
        assertTrue(threshold.body().contains("markingThreshold"), threshold.body());
    }

    @Test
    void theHeadDecidesADisagreementOnTheMarkingPage() throws Exception {
        Api api = new Api(base);
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs065"), 60,
                "\"doubleMarking\":true,\"markingThreshold\":0.5");
        long attempt = sitAndSubmit(api, sitting, "hs065");
        String first = api.login("gv.toan", "demo");
        String second = api.login("phohieutruong", "demo");
        JsonObject item = api.get("api/v1/sittings/" + sitting + "/marking", first).json().getJsonArray("items").getJsonObject(0);
        List<String> ids = item.getJsonArray("rubric").getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();
        assertEquals("AWAITING_SECOND", api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0"), first)
                .json().getString("status"));
        Api.Reply two = api.post("api/v1/sittings/" + sitting + "/marking/marks", mark(attempt, item, ids, "0.25"), second);
        assertEquals("DISPUTED", two.json().getString("status"), two.body());  // 0 vs ≥ 4,5: beyond 0,5

        // The head of Toán neither created nor proctored the sitting: the page lists the dispute for them.
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "totruong.toan");
            browser.get(root() + "marking.html");
            By open = By.cssSelector("#dispute-list button[data-sitting='" + sitting + "']");
            wait.until(ExpectedConditions.elementToBeClickable(open)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-gap")));
            String gap = browser.findElement(By.id("dispute-gap")).getText();
            assertTrue(gap.contains("ngưỡng 0,5"), gap);
            String earlier = browser.findElement(By.id("earlier")).getText();
            assertTrue(earlier.contains("Vòng 1") && earlier.contains("Vòng 2"), "the head sees both marks: " + earlier);
            assertTrue(browser.findElement(By.id("queue")).getText().contains("Lệch điểm"));
            assertFalse(browser.findElement(By.id("reason-row")).getAttribute("hidden") != null, "the decision asks for a reason");
            assertEquals("Quyết định điểm", browser.findElement(By.id("save")).getText());

            for (WebElement row : browser.findElements(By.cssSelector("#rubric tbody tr"))) {
                List<WebElement> levels = row.findElements(By.cssSelector(".mk-levels button"));
                levels.get(levels.size() - 1).click();
            }
            assertEquals("6 / 6", browser.findElement(By.id("total")).getText());
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("reason-error")).getText().contains("lí do"));
            browser.findElement(By.id("reason")).sendKeys("Bài đủ các bước; vòng 1 bỏ sót trang 2");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("progress-text")).getText().contains("Đã chấm xong"));
        } finally {
            browser.quit();
        }
        JsonObject decided = api.get("api/v1/sittings/" + sitting + "/marking", first).json().getJsonArray("items").getJsonObject(0);
        assertEquals("FINAL", decided.getString("status"), decided.toString());
        assertEquals(0, BigDecimal.valueOf(6).compareTo(decided.getJsonNumber("finalPoints").bigDecimalValue()), decided.toString());
        assertTrue(decided.getJsonArray("marks").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> "HEAD_DECISION".equals(m.getString("round")) && m.getString("reason", "").contains("trang 2")), decided.toString());
        assertEquals("GRADED", api.get("api/v1/attempts/" + attempt, first).json().getString("status"));
        assertTrue(api.get("api/v1/marking/disputes", api.login("totruong.toan", "demo")).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getJsonNumber("sittingId").longValue() == sitting),
                "decided: no longer listed");
    }

    private static String mark(long attempt, JsonObject item, List<String> ids, String each) {
        StringBuilder criteria = new StringBuilder();
        for (String id : ids) {
            criteria.append(criteria.length() == 0 ? "" : ",").append('"').append(id).append("\":").append(each);
        }
        return "{\"attemptId\":" + attempt + ",\"itemId\":\"" + item.getString("itemId") + "\",\"criteria\":{" + criteria + "}}";
    }

    private static BigDecimal essayPoints(JsonObject queue, String student) {
        return queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(x -> student.equals(x.getString("studentId", ""))).findFirst().orElseThrow()
                .getJsonNumber("finalPoints").bigDecimalValue();
    }

    private String root() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String user) {
        browser.get(root());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("app.html"));
    }
}
