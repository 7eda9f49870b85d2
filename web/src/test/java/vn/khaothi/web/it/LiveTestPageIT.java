package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student takes an online test on test.html in Chromium while the proctor watches on
 * proctor.html in a second Chromium: the roster's answered count follows the student's acks; a
 * network drop (the page's socket closed and every reconnect failing) and then a reload lose
 * nothing — the answers given meanwhile wait in the page's local queue and are acknowledged after
 * reconnection; the submit shows the result and the server holds every answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveTestPageIT {

    /** A REGULAR paper (no authorisation needed online): 6 single choice, a cluster, 2 numeric = 10 points. */
    private static final String BLUEPRINT = "{\"durationMinutes\":30,\"cells\":["
            + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":3,\"pointsEach\":1},"
            + "{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"SINGLE_CHOICE\",\"count\":3,\"pointsEach\":1},"
            + "{\"chapter\":\"C2\",\"level\":\"TH\",\"type\":\"TRUE_FALSE_CLUSTER\",\"count\":1,\"pointsEach\":2},"
            + "{\"chapter\":\"C2\",\"level\":\"VD\",\"type\":\"SHORT_NUMERIC\",\"count\":2,\"pointsEach\":1}]}";

    /** Records the page's sockets and, while {@code __offline}, points new ones at a closed port. */
    private static final String NETWORK_SWITCH = "if (!window.__sockets) { const Real = window.WebSocket; window.__sockets = [];"
            + " window.__offline = false; window.WebSocket = class extends Real { constructor(url, p) {"
            + " super(window.__offline ? 'ws://127.0.0.1:9/' : url, p); window.__sockets.push(this); } }; }";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    @Test
    void aStudentTakesATestWhileTheProctorWatchesAndADroppedNetworkLosesNothing() throws Exception {
        Api api = new Api(base);
        String head = api.login("totruong.toan", "demo");
        Api.Reply paper = api.post("api/v1/papers", "{\"title\":\"Kiểm tra 15 phút (UI)\",\"subject\":\"MATH\",\"grade\":9,"
                + "\"kind\":\"REGULAR\",\"versions\":1,\"seed\":3,\"blueprint\":" + BLUEPRINT + "}",
                api.login("gv.toan", "demo"));  // four eyes: the head never approves a paper she made
        assertEquals(201, paper.status(), paper.body());
        long paperId = paper.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/papers/" + paperId + "/approval", "{\"approve\":true}", head).status());
        assertEquals(200, api.post("api/v1/papers/" + paperId + "/approval", "{\"approve\":true}",
                api.login("hieutruong", "demo")).status());
        String student = "hs07" + (System.currentTimeMillis() % 10);
        long sitting = Sittings.create(api, paperId, "ONLINE", List.of(student), 30, "\"title\":\"Kiểm tra 15 phút (UI)\"");

        WebDriver proctor = Browsers.chromium();
        WebDriver pupil = Browsers.chromium();
        try {
            WebDriverWait proctorWait = Browsers.await(proctor, Duration.ofSeconds(30));
            WebDriverWait wait = Browsers.await(pupil, Duration.ofSeconds(30));
            signIn(proctor, proctorWait, "gv.toan");
            proctor.get(root() + "proctor.html?sitting=" + sitting);
            By row = By.cssSelector("#roster tr[data-student='" + student + "']");
            proctorWait.until(ExpectedConditions.presenceOfElementLocated(row));
            assertEquals("0", answered(proctor, row));

            signIn(pupil, wait, student);
            pupil.get(root() + "test.html");
            By startButton = By.cssSelector("button[data-sitting='" + sitting + "']");
            wait.until(ExpectedConditions.elementToBeClickable(startButton));
            ((JavascriptExecutor) pupil).executeScript(NETWORK_SWITCH);
            pupil.findElement(startButton).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#navigator button")));
            assertEquals(9, pupil.findElements(By.cssSelector("#navigator button")).size());
            assertTrue(pupil.findElement(By.id("countdown")).getText().matches("(29|30):\\d\\d"),
                    pupil.findElement(By.id("countdown")).getText());

            // 1: answered online — "đã lưu" once acknowledged, and the proctor's roster follows
            chooseFirstOption(pupil);
            wait.until(ExpectedConditions.textToBe(By.id("save-state"), "✓ Đã lưu"));
            proctorWait.until(d -> "1".equals(answered(d, row)));

            // the network drops: the page keeps answers 2 and 3 in its local queue
            ((JavascriptExecutor) pupil).executeScript("window.__offline = true; window.dispatchEvent(new Event('offline'));"
                    + " window.__sockets.forEach(s => s.close());");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offline-banner")));
            for (int q = 2; q <= 3; q++) {
                pupil.findElement(By.id("next")).click();
                chooseFirstOption(pupil);
            }
            assertTrue(pupil.findElement(By.id("save-state")).getText().startsWith("Chưa lưu"),
                    pupil.findElement(By.id("save-state")).getText());
            assertEquals(2L, queued(pupil));
            assertEquals("1", answered(proctor, row), "nothing reached the server while offline");

            // the network is back: the queue is replayed and acknowledged
            ((JavascriptExecutor) pupil).executeScript("window.__offline = false; window.dispatchEvent(new Event('online'));");
            wait.until(d -> queued(d) == 0L);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline-banner")));
            proctorWait.until(d -> "3".equals(answered(d, row)));

            // offline again, answer 4, then reload the page: the queue survives and is sent
            ((JavascriptExecutor) pupil).executeScript("window.__offline = true; window.__sockets.forEach(s => s.close());");
            pupil.findElement(By.id("next")).click();
            chooseFirstOption(pupil);
            assertEquals(1L, queued(pupil));
            pupil.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#navigator button.answered")));
            wait.until(d -> queued(d) == 0L);
            proctorWait.until(d -> "4".equals(answered(d, row)));
            assertEquals(4, pupil.findElements(By.cssSelector("#navigator button.answered")).size());

            // submit with confirmation; the result page follows
            pupil.findElement(By.id("submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-submit")));
            assertTrue(pupil.findElement(By.id("confirm-text")).getText().contains("4/9"),
                    pupil.findElement(By.id("confirm-text")).getText());
            pupil.findElement(By.id("confirm-yes")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-view")));
            wait.until(ExpectedConditions.textMatches(By.id("result-score"), java.util.regex.Pattern.compile(".+")));
            proctorWait.until(d -> d.findElement(row).findElement(By.cssSelector(".status")).getText().matches("Đã nộp|Đã chấm"));
        } finally {
            pupil.quit();
            proctor.quit();
        }

        JsonObject attempt = api.get("api/v1/sittings/" + sitting, api.login(student, "demo")).json().getJsonObject("myAttempt");
        JsonObject stored = api.get("api/v1/attempts/" + attempt.getJsonNumber("attemptId").longValue(),
                api.login(student, "demo")).json();
        assertEquals(4, stored.getJsonObject("answers").size(), stored.toString());
        assertTrue(List.of("SUBMITTED", "GRADED").contains(stored.getString("status")), stored.toString());
    }

    private static void chooseFirstOption(WebDriver browser) {
        browser.findElement(By.cssSelector("#question label.choice")).click();
    }

    private static String answered(WebDriver browser, By row) {
        return browser.findElement(row).findElement(By.cssSelector(".answered")).getText();
    }

    /** Answers waiting in the page's local queue (localStorage), not yet acknowledged by the server. */
    private static long queued(WebDriver browser) {
        Object n = ((JavascriptExecutor) browser).executeScript("return Object.keys(localStorage).filter(k => k.startsWith"
                + "('khaothi.attempt.')).map(k => Object.keys(JSON.parse(localStorage.getItem(k)).queue).length)"
                + ".reduce((a, b) => a + b, 0);");
        return ((Number) n).longValue();
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(root());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("app.html"));
    }
}
