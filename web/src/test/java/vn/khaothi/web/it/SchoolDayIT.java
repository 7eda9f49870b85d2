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
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, "school day": from the demo start, through the pages only — the teacher writes two
 * items and submits them (bank.html), the department head and the principal approve them from
 * their queue on the home page (bell notifications in the table), a blueprint over the new chapter
 * and the demo essays becomes a paper with two versions (papers.html), the head and the principal
 * approve it, the teacher schedules a sitting for class 9A2 with a gradebook column
 * (sittings.html), one student takes it at desktop size and another at 390×844 while the proctor
 * watches (proctor.html) and gives the first ten more minutes, the essays are marked
 * (marking.html) and the results published into the gradebook (sittings.html). The API is used only
 * to check what the pages did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolDayIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CHAPTER = "SD" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

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
    void aSchoolDayThroughThePages() throws Exception {
        Api api = new Api(base);
        String teacherToken = api.login("gv.toan", "demo");
        String headToken = api.login("totruong.toan", "demo");
        String principalToken = api.login("hieutruong", "demo");

        // 1. The teacher writes two items in a new chapter and submits them.
        List<Long> items = new ArrayList<>();
        WebDriver teacher = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(teacher, WAIT);
            signIn(teacher, wait, "gv.toan");
            teacher.get(root() + "bank.html");
            for (int n = 1; n <= 2; n++) {
                wait.until(ExpectedConditions.elementToBeClickable(By.id("new-item"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
                type(teacher, "ed-chapter", CHAPTER);
                type(teacher, "ed-stem", "Ngày hội trường " + CHAPTER + ", câu " + n + ": nghiệm của \\(x - " + n + " = 0\\) là");
                List<String> options = List.of(String.valueOf(n), String.valueOf(n + 1), String.valueOf(n + 2), "0");
                for (int i = 0; i < options.size(); i++) {
                    type(teacher, "ed-option-" + i, options.get(i));
                }
                teacher.findElement(By.id("ed-save")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
                long id = Long.parseLong(teacher.findElement(By.cssSelector("#detail-body .item-meta .pill")).getText()
                        .replace("#", "").trim());
                items.add(id);
                // a teacher is offered only the steps a teacher may take (issue 17, point 12)
                assertTrue(teacher.findElements(By.cssSelector("#detail-body button[data-to=GROUP_APPROVED]")).isEmpty());
                teacher.findElement(By.cssSelector("#detail-body button[data-to=SUBMITTED]")).click();
                wait.until(d -> d.findElement(By.id("transition-message")).getText().startsWith("Đã gửi duyệt"));
                assertTrue(teacher.findElements(By.cssSelector("#detail-body button[data-to=GROUP_APPROVED]")).isEmpty(),
                        "the group step is the head's");
                teacher.findElement(By.cssSelector("#detail .detail-close button")).click();
            }
            // sign-out on a sub-page
            assertTrue(teacher.findElement(By.id("logout")).isDisplayed());
        } finally {
            teacher.quit();
        }
        for (long id : items) {
            assertEquals("SUBMITTED", api.get("api/v1/bank/items/" + id, teacherToken).json().getString("status"));
        }
        String headBell = api.get("api/v1/notifications", headToken).body();
        for (long id : items) {
            assertTrue(headBell.contains("\"subjectId\":\"ITEM:" + id + "\""), "the head's bell names item " + id + ": " + headBell);
        }

        // 2. The head, then the principal, approve them from their queue on the home page.
        approveItemsFromTheQueue("totruong.toan", items, "GROUP_APPROVED", "Tổ đã duyệt");
        String principalBell = api.get("api/v1/notifications", principalToken).body();
        assertTrue(principalBell.contains("\"subjectId\":\"ITEM:" + items.get(0) + "\""), principalBell);
        approveItemsFromTheQueue("hieutruong", items, "PUBLISHED", "Đã ban hành");
        for (long id : items) {
            assertEquals("PUBLISHED", api.get("api/v1/bank/items/" + id, teacherToken).json().getString("status"));
        }

        // 3. The teacher turns a blueprint into a paper with two versions: 2 new items + 4 demo items (1 point each), 1 essay (4 points).
        long paper;
        teacher = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(teacher, WAIT);
            signIn(teacher, wait, "gv.toan");
            teacher.get(root() + "papers.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-" + CHAPTER + "-NB")));
            type(teacher, "title", "Kiểm tra thường xuyên " + CHAPTER);
            new Select(teacher.findElement(By.id("kind"))).selectByValue("REGULAR");
            type(teacher, "duration", "30");
            type(teacher, "versions", "2");
            new Select(teacher.findElement(By.id("type"))).selectByValue("SINGLE_CHOICE");
            type(teacher, "points-each", "1");
            type(teacher, "cell-" + CHAPTER + "-NB", "2");
            type(teacher, "cell-C1-NB", "4");
            new Select(teacher.findElement(By.id("type"))).selectByValue("ESSAY");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-C1-VDC")));
            type(teacher, "points-each", "4");
            type(teacher, "cell-C1-VDC", "1");
            wait.until(d -> d.findElement(By.id("totals")).getText().contains("7 câu · 10 điểm"));
            assertTrue(teacher.findElement(By.id("blueprint-summary")).getText().contains(CHAPTER), "the whole blueprint is listed");
            teacher.findElement(By.id("generate")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#left-items li"), 7));
            String title = teacher.findElement(By.id("paper-title")).getText();
            paper = Long.parseLong(title.substring(title.lastIndexOf("(#") + 2, title.lastIndexOf(')')));
            assertTrue(teacher.findElements(By.id("approve")).isEmpty(), "no approval buttons on one's own paper");
        } finally {
            teacher.quit();
        }
        JsonObject generated = api.get("api/v1/papers/" + paper, teacherToken).json();
        assertEquals("DRAFT", generated.getString("status"));
        assertEquals(2, generated.getJsonArray("versions").size());
        List<Long> used = generated.getJsonArray("versions").getJsonObject(0).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getJsonNumber("itemId").longValue()).toList();
        assertTrue(used.containsAll(items), "the paper holds the day's items: " + used);

        // 4. The head and the principal approve the paper from their queue.
        approvePaperFromTheQueue("totruong.toan", paper);
        approvePaperFromTheQueue("hieutruong", paper);
        assertEquals("APPROVED", api.get("api/v1/papers/" + paper, teacherToken).json().getString("status"));

        // 5. The teacher schedules it for class 9A2, open now, proctored by herself, into TX2.
        long sitting;
        teacher = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(teacher, WAIT);
            signIn(teacher, wait, "gv.toan");
            teacher.get(root() + "sittings.html");
            wait.until(d -> d.findElements(By.cssSelector("#paperId option[value='" + paper + "']")).size() == 1);
            new Select(teacher.findElement(By.id("paperId"))).selectByValue(String.valueOf(paper));
            type(teacher, "title", "Ngày hội trường " + CHAPTER);
            type(teacher, "classCode", "9A2");
            LocalDateTime opens = LocalDateTime.now(VIETNAM).minusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
            setValue(teacher, "opensAt", opens.toString());
            setValue(teacher, "closesAt", opens.plusHours(3).toString());
            type(teacher, "durationMinutes", "30");
            type(teacher, "proctors", "gv.toan");
            new Select(teacher.findElement(By.id("gradebookColumn"))).selectByVisibleText("TX2");
            teacher.findElement(By.id("create")).click();
            WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("created")));
            sitting = Long.parseLong(created.getText().replaceAll("\\D+", ""));
        } finally {
            teacher.quit();
        }
        JsonObject scheduled = api.get("api/v1/sittings/" + sitting, teacherToken).json();
        assertEquals(paper, scheduled.getJsonNumber("paperId").longValue());
        assertEquals(30, scheduled.getInt("durationMinutes"));

        // 6. Two students take it (desktop, phone) while the proctor watches and extends one.
        String desk = "hs058";
        String phone = "hs059";
        WebDriver proctor = Browsers.chromium();
        WebDriver pupil = Browsers.chromium();
        WebDriver small = Browsers.chromium();
        try {
            WebDriverWait proctorWait = Browsers.await(proctor, WAIT);
            WebDriverWait pupilWait = Browsers.await(pupil, WAIT);
            WebDriverWait smallWait = Browsers.await(small, WAIT);
            proctor.manage().window().setSize(new Dimension(1366, 900));
            pupil.manage().window().setSize(new Dimension(1366, 900));
            small.manage().window().setSize(new Dimension(390, 844));
            signIn(proctor, proctorWait, "gv.toan");
            proctor.get(root() + "proctor.html?sitting=" + sitting);
            proctorWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#roster tr[data-student='" + desk + "']")));

            signIn(pupil, pupilWait, desk);
            signIn(small, smallWait, phone);
            for (WebDriver b : List.of(pupil, small)) {
                WebDriverWait w = b == pupil ? pupilWait : smallWait;
                b.get(root() + "test.html");
                w.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-sitting='" + sitting + "']"))).click();
                w.until(d -> d.findElements(By.cssSelector("#navigator button")).size() == 7);
                assertFalse(b.findElement(By.cssSelector(".topbar a[href='app.html']")).isDisplayed(), "no home link during a test");
                b.findElement(By.cssSelector("#question label.choice")).click();
                w.until(ExpectedConditions.textToBe(By.id("save-state"), "✓ Đã lưu"));
                List<WebElement> nav = b.findElements(By.cssSelector("#navigator button"));
                nav.get(nav.size() - 1).click();
                WebElement essay = w.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#question textarea")));
                essay.sendKeys("Ta có x = 2 vì 2 - 2 = 0. Bài làm của " + (b == pupil ? desk : phone) + ".");
                w.until(ExpectedConditions.textToBe(By.id("save-state"), "✓ Đã lưu"));
            }
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) small).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "no sideways scroll on a phone");
            By deskRow = By.cssSelector("#roster tr[data-student='" + desk + "']");
            proctorWait.until(d -> "2".equals(d.findElement(deskRow).findElement(By.cssSelector(".answered")).getText()));

            long deskAttempt = Long.parseLong(proctor.findElement(deskRow).getAttribute("data-attempt"));
            Instant before = Instant.parse(api.get("api/v1/attempts/" + deskAttempt, teacherToken).json().getString("deadline"));
            proctor.findElement(deskRow).findElement(By.cssSelector("button[data-action=EXTEND]")).click();
            WebElement minutes = proctorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-input")));
            minutes.sendKeys("10");
            minutes.sendKeys(Keys.ENTER);
            proctorWait.until(ExpectedConditions.alertIsPresent());
            proctor.switchTo().alert().accept();
            proctorWait.until(d -> {
                try {
                    return Instant.parse(api.get("api/v1/attempts/" + deskAttempt, teacherToken).json().getString("deadline"))
                            .equals(before.plus(Duration.ofMinutes(10)));
                } catch (Exception e) {
                    return false;
                }
            });

            for (WebDriver b : List.of(pupil, small)) {
                WebDriverWait w = b == pupil ? pupilWait : smallWait;
                b.findElement(By.id("submit")).click();
                w.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
                w.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-view")));
            }
            proctorWait.until(d -> d.findElement(deskRow).findElement(By.cssSelector(".status")).getText().matches("Đã nộp|Đã chấm"));

            // The attempt report: positions, the letters the student saw, the proctor's extension with its time (point 11).
            proctor.get(root() + "proctor.html?report=" + deskAttempt);
            proctorWait.until(d -> d.findElements(By.cssSelector("#timeline tbody tr")).size() >= 3);
            String report = proctor.findElement(By.id("timeline")).getText();
            assertTrue(report.contains("Trả lời câu 1"), report);
            assertTrue(report.contains("Giám thị cộng giờ") && report.contains("gv.toan"), report);
            assertFalse(report.contains("{\"") || report.contains("seq "), "no raw JSON: " + report);
        } finally {
            small.quit();
            pupil.quit();
            proctor.quit();
        }

        // 7. The essays are marked on marking.html.
        teacher = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(teacher, WAIT);
            signIn(teacher, wait, "gv.toan");
            teacher.get(root() + "marking.html?sitting=" + sitting);
            for (int paperNo = 1; paperNo <= 2; paperNo++) {
                wait.until(d -> d.findElement(By.id("paper")).isDisplayed() && d.findElement(By.id("save")).isEnabled()
                        && d.findElement(By.id("total")).getText().startsWith("0 /"));
                if (teacher.findElement(By.id("rubric")).isDisplayed()) {
                    for (WebElement row : teacher.findElements(By.cssSelector("#rubric tbody tr"))) {
                        List<WebElement> levels = row.findElements(By.cssSelector(".mk-levels button"));
                        levels.get(levels.size() - 1).click();
                    }
                } else {
                    String total = teacher.findElement(By.id("total")).getText();
                    type(teacher, "points", total.substring(total.indexOf('/') + 1).trim());
                }
                teacher.findElement(By.id("save")).click();
                int marked = paperNo;
                wait.until(d -> d.findElement(By.id("progress-text")).getText().contains(marked == 2 ? "Đã chấm xong" : "1/2"));
            }
        } finally {
            teacher.quit();
        }

        // 8. The results are published into the gradebook from sittings.html.
        teacher = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(teacher, WAIT);
            signIn(teacher, wait, "gv.toan");
            teacher.get(root() + "sittings.html");
            By row = By.cssSelector("#mine td[data-sitting='" + sitting + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(row));
            teacher.findElement(row).findElement(By.cssSelector("button.publish")).click();
            String said = wait.until(d -> {
                String text = d.findElement(row).findElement(By.cssSelector(".row-message")).getText();
                return text.isBlank() ? null : text;
            });
            assertTrue(said.contains("TX2"), said);
        } finally {
            teacher.quit();
        }
        String deskToken = api.login(desk, "demo");
        long deskAttempt = api.get("api/v1/sittings/" + sitting, deskToken).json().getJsonObject("myAttempt")
                .getJsonNumber("attemptId").longValue();
        JsonObject attempt = api.get("api/v1/attempts/" + deskAttempt, teacherToken).json();
        assertEquals("GRADED", attempt.getString("status"), attempt.toString());
        BigDecimal score = attempt.getJsonNumber("score").bigDecimalValue();
        JsonObject sheet = null;
        for (int semester = 1; semester <= 2 && sheet == null; semester++) {
            Api.Reply read = api.get("api/v1/gradebook?class=9A2&subject=MATH&semester=" + semester, principalToken);
            assertEquals(200, read.status(), read.body());
            JsonObject s = read.json();
            JsonObject r = row(s, desk);
            if (r != null && r.getJsonObject("scores").containsKey("TX2") && !r.getJsonObject("scores").isNull("TX2")) {
                sheet = s;
            }
        }
        assertTrue(sheet != null, "TX2 of " + desk + " is written");
        assertEquals(0, score.setScale(1, java.math.RoundingMode.HALF_UP)
                .compareTo(row(sheet, desk).getJsonObject("scores").getJsonNumber("TX2").bigDecimalValue()));
    }

    /** Signs in, opens each item from the home page's queue and takes the step; checks the confirmation. */
    private void approveItemsFromTheQueue(String user, List<Long> items, String step, String confirmation) throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, WAIT);
            signIn(browser, wait, user);
            for (long id : items) {
                browser.get(root() + "app.html");
                By link = By.cssSelector("#queue-list a[data-kind=ITEM][data-id='" + id + "']");
                wait.until(ExpectedConditions.elementToBeClickable(link)).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#detail-body button[data-to=" + step + "]"))).click();
                wait.until(d -> d.findElement(By.id("transition-message")).getText().startsWith(confirmation));
            }
            browser.get(root() + "app.html");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-summary")));
            for (long id : items) {
                assertTrue(browser.findElements(By.cssSelector("#queue-list a[data-kind=ITEM][data-id='" + id + "']")).isEmpty(),
                        "item " + id + " left " + user + "'s queue");
            }
        } finally {
            browser.quit();
        }
    }

    private void approvePaperFromTheQueue(String user, long paper) throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, WAIT);
            signIn(browser, wait, user);
            browser.get(root() + "app.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#queue-list a[data-kind=PAPER][data-id='" + paper + "']")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("approve")));
            browser.findElement(By.id("approval-note")).sendKeys("Đồng ý");
            browser.findElement(By.id("approve")).click();
            wait.until(d -> d.findElements(By.id("approve")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    private static JsonObject row(JsonObject sheet, String student) {
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> student.equals(r.getString("studentId", ""))).findFirst().orElse(null);
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
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
