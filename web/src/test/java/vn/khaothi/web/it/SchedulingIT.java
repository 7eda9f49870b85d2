package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 through the pages: scheduling a sitting in sittings.html (errors next to the field, in
 * Vietnamese; the window in Vietnam time), "0,25" in the item editor saving 0.25, and "Cộng giờ" on
 * proctor.html giving +10 minutes (not 510), capped at the sitting's close unless overridden, and
 * logged in the attempt report with who did it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTeacherSchedulesASittingThroughThePage() throws Exception {
        Api api = new Api(base);
        long paper = Sittings.approvedPaper(api);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "gv.toan");
            browser.get(root() + "sittings.html");
            wait.until(d -> d.findElements(By.cssSelector("#paperId option[value='" + paper + "']")).size() == 1);
            browser.findElement(By.cssSelector("#paperId option[value='" + paper + "']")).click();
            browser.findElement(By.id("who-students")).click();
            browser.findElement(By.id("students")).sendKeys("hs065, khong.co.ai");
            LocalDateTime opens = LocalDateTime.now(VIETNAM).plusDays(1).withHour(7).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
            setValue(browser, "opensAt", opens.toString());
            setValue(browser, "closesAt", opens.plusMinutes(90).toString());
            WebElement duration = browser.findElement(By.id("durationMinutes"));
            duration.clear();
            duration.sendKeys("0");
            browser.findElement(By.id("blindMarking")).click();
            browser.findElement(By.id("doubleMarking")).click();
            WebElement threshold = browser.findElement(By.id("markingThreshold"));
            threshold.clear();
            threshold.sendKeys("0,75");
            browser.findElement(By.id("create")).click();
            assertTrue(error(browser, "durationMinutes").contains("từ 1 đến 600"), "checked in the page first");

            duration.clear();
            duration.sendKeys("45");
            browser.findElement(By.id("create")).click();
            wait.until(d -> !error(d, "students").isEmpty());
            assertTrue(error(browser, "students").contains("khong.co.ai"), error(browser, "students"));
            assertTrue(error(browser, "students").startsWith("Kiểm tra danh sách học sinh"), "in Vietnamese: " + error(browser, "students"));

            WebElement students = browser.findElement(By.id("students"));
            students.clear();
            students.sendKeys("hs065\nhs066");
            browser.findElement(By.id("create")).click();
            WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("created")));
            long id = Long.parseLong(created.getText().replaceAll("\\D+", ""));
            JsonObject sitting = api.get("api/v1/sittings/" + id, api.login("gv.toan", "demo")).json();
            assertEquals(paper, sitting.getJsonNumber("paperId").longValue());
            assertEquals("IN_PERSON", sitting.getString("mode"));
            assertEquals(45, sitting.getInt("durationMinutes"));
            assertEquals(opens.atZone(VIETNAM).toInstant(), Instant.parse(sitting.getString("opensAt")), "the window is Vietnam time");
            assertEquals(2, sitting.getJsonArray("roster").size(), sitting.toString());
            JsonObject marking = api.get("api/v1/sittings/" + id + "/marking", api.login("gv.toan", "demo")).json();
            assertTrue(marking.getBoolean("blind"));
            assertTrue(marking.getBoolean("doubleMarking"));
            assertEquals(0, new BigDecimal("0.75").compareTo(marking.getJsonNumber("threshold").bigDecimalValue()), marking.toString());
            wait.until(d -> d.findElement(By.id("mine")).getText().contains("#" + id));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth").equals(Boolean.TRUE));
        } finally {
            browser.quit();
        }
    }

    @Test
    void quarterPointsTypedWithACommaSaveAsAQuarter() throws Exception {
        Api api = new Api(base);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "gv.toan");
            browser.get(root() + "bank.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("new-item"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            type(browser, "ed-chapter", "DC" + Long.toString(System.currentTimeMillis(), 36).toUpperCase());
            type(browser, "ed-stem", "Số nào lớn nhất?");
            List<String> options = List.of("0,5", "0,25", "0,125", "0,05");
            for (int i = 0; i < options.size(); i++) {
                type(browser, "ed-option-" + i, options.get(i));
            }
            type(browser, "ed-points", "0,25");
            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            String pill = browser.findElement(By.cssSelector("#detail-body .item-meta .pill")).getText();
            long itemId = Long.parseLong(pill.replace("#", "").trim());
            JsonObject item = api.get("api/v1/bank/items/" + itemId, api.login("gv.toan", "demo")).json();
            BigDecimal points = item.getJsonObject("content").getJsonNumber("points").bigDecimalValue();
            assertEquals(0, new BigDecimal("0.25").compareTo(points), "0,25 is a quarter, never 25: " + item);
            assertTrue(browser.findElement(By.id("detail-body")).getText().contains("0,25 điểm"), "shown as 0,25");
        } finally {
            browser.quit();
        }
    }

    @Test
    void extendGivesTheMinutesTypedCappedAtTheClose() throws Exception {
        Api api = new Api(base);
        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of("hs067"), 60, null);
        String kid = api.login("hs067", "demo");
        JsonObject started = Sittings.start(api, sitting, kid);
        long attempt = started.getJsonNumber("attemptId").longValue();
        Instant deadline = Instant.parse(started.getString("deadline"));
        String teacher = api.login("gv.toan", "demo");
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            signIn(browser, wait, "gv.toan");
            browser.get(root() + "proctor.html?sitting=" + sitting);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#roster tr[data-attempt='" + attempt
                    + "'] button[data-action=EXTEND]"))).click();
            WebElement minutes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-input")));
            assertEquals("", minutes.getAttribute("value"), "the box starts empty");
            minutes.sendKeys("10");
            minutes.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.alertIsPresent());
            String question = browser.switchTo().alert().getText();
            assertTrue(question.contains("10 phút"), question);
            browser.switchTo().alert().accept();
            wait.until(d -> deadlineOf(api, attempt, teacher).isAfter(deadline));
        } finally {
            browser.quit();
        }
        Instant extended = Instant.parse(api.get("api/v1/attempts/" + attempt, teacher).json().getString("deadline"));
        assertEquals(Duration.ofMinutes(10), Duration.between(deadline, extended), "+10, not 510");

        JsonObject view = api.get("api/v1/sittings/" + sitting, teacher).json();
        Instant close = Instant.parse(view.getString("closesAt"));
        Socket monitor = Socket.hello(base, "ws/sittings/" + sitting + "/monitor", teacher);
        monitor.next("roster", WAIT);
        monitor.send(command(attempt, 600, false));
        JsonObject capped = monitor.next("done", WAIT);
        assertTrue(capped.getBoolean("capped"), capped.toString());
        assertEquals(Duration.between(extended, close).toSeconds(), capped.getJsonNumber("grantedSeconds").longValue());
        assertEquals(close, Instant.parse(api.get("api/v1/attempts/" + attempt, teacher).json().getString("deadline")));
        monitor.send(command(attempt, 5, false));
        assertEquals("PAST_CLOSE", monitor.next("error", WAIT).getString("code"));
        monitor.send(command(attempt, 5, true));
        assertFalse(monitor.next("done", WAIT).getBoolean("capped"));
        assertEquals(close.plus(Duration.ofMinutes(5)),
                Instant.parse(api.get("api/v1/attempts/" + attempt, teacher).json().getString("deadline")), "the explicit override");
        monitor.close();

        JsonObject report = api.get("api/v1/attempts/" + attempt + "/report", teacher).json();
        List<JsonObject> extensions = report.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> "EXTEND".equals(e.getString("type"))).toList();
        assertEquals(3, extensions.size(), report.toString());
        assertEquals("gv.toan", extensions.get(0).getJsonObject("response").getString("by"));
        assertEquals(600, extensions.get(0).getJsonObject("response").getInt("grantedSeconds"));
        assertTrue(extensions.get(1).getJsonObject("response").getBoolean("capped"));
        assertTrue(extensions.get(2).getJsonObject("response").getBoolean("overrideClose"));
    }

    private static Instant deadlineOf(Api api, long attempt, String token) {
        try {
            return Instant.parse(api.get("api/v1/attempts/" + attempt, token).json().getString("deadline"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String command(long attempt, int minutes, boolean override) {
        return "{\"type\":\"command\",\"action\":\"EXTEND\",\"attemptId\":" + attempt + ",\"minutes\":" + minutes
                + (override ? ",\"overrideClose\":true" : "") + "}";
    }

    private static String error(WebDriver browser, String field) {
        return browser.findElement(By.cssSelector("[data-error='" + field + "']")).getText();
    }

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
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
