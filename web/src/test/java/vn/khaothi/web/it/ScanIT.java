package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A paper test marked from photos, end to end: the server's own answer sheets (PDF) rendered, filled at the
 * published layout's bubbles with the version's key, photographed (rotated, JPEG); uploaded to an IN_PERSON
 * sitting on scan.html; the one sheet with a double mark is flagged, reviewed on the page over its photo and
 * corrected with a reason; confirming is refused while it waits and then scores every attempt with the key
 * (answer steps with source SCAN), the correction kept with who and before/after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScanIT {

    /** 4 single choice, a true/false cluster, a short numeric answer: parts I, II and III of the 2025 format. */
    private static final String BLUEPRINT = "{\"durationMinutes\":45,\"cells\":["
            + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":1},"
            + "{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"TRUE_FALSE_CLUSTER\",\"count\":1,\"pointsEach\":4},"
            + "{\"chapter\":\"C2\",\"level\":\"VD\",\"type\":\"SHORT_NUMERIC\",\"count\":1,\"pointsEach\":2}]}";
    private static final float DPI = 150;

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
    void photographedSheetsAreReviewedOnThePageConfirmedAndScored() throws Exception {
        Api api = new Api(base);
        String head = api.login("totruong.toan", "demo");
        String teacher = api.login("gv.toan", "demo");
        // Written by the teacher: the department head approves it (four eyes, issue 11).
        Api.Reply created = api.post("api/v1/papers", "{\"title\":\"Kiểm tra trên giấy (quét phiếu)\",\"subject\":\"MATH\","
                + "\"grade\":9,\"kind\":\"REGULAR\",\"versions\":2,\"seed\":7,\"blueprint\":" + BLUEPRINT + "}", teacher);
        assertEquals(201, created.status(), created.body());
        long paperId = created.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/papers/" + paperId + "/approval", "{\"approve\":true}", head).status());
        assertEquals(200, api.post("api/v1/papers/" + paperId + "/approval", "{\"approve\":true}",
                api.login("hieutruong", "demo")).status());
        JsonObject paper = api.get("api/v1/papers/" + paperId, teacher).json();
        List<String> students = List.of("hs001", "hs002", "hs003");
        long sitting = Sittings.create(api, paperId, "IN_PERSON", students, 45, "\"title\":\"Kiểm tra trên giấy (IT)\"");

        // the published layout, per contract: points from the top-left, markers, bubbles with their meaning
        JsonArray versions = paper.getJsonArray("versions");
        Map<String, JsonObject> layouts = new LinkedHashMap<>();
        for (JsonValue v : versions) {
            String code = v.asJsonObject().getString("code");
            Api.Reply layout = api.get("api/v1/papers/" + paperId + "/versions/" + code + "/answer-sheet/layout", teacher);
            assertEquals(200, layout.status(), layout.body());
            JsonObject l = layout.json();
            assertEquals("pt", l.getJsonObject("page").getString("unit"));
            assertEquals(4, l.getJsonArray("markers").size());
            assertTrue(l.getJsonArray("bubbles").stream().map(JsonValue::asJsonObject)
                    .anyMatch(b -> b.getString("field").equals("ANSWER") && b.containsKey("statement")));
            layouts.put(code, l);
        }
        byte[] all = download("api/v1/papers/" + paperId + "/answer-sheets", teacher);
        try (PDDocument doc = Loader.loadPDF(all)) {
            assertEquals(versions.size(), doc.getNumberOfPages(), "one sheet per version in one PDF");
        }

        // three students' sheets filled with their version's key; hs002 also fills a second bubble on one question
        Path dir = Files.createTempDirectory("scan-it");
        List<Path> photos = new ArrayList<>();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        int doubled = -1;
        for (int s = 0; s < students.size(); s++) {
            JsonObject version = versions.getJsonObject(s % versions.size());
            String code = version.getString("code");
            byte[] pdf = download("api/v1/papers/" + paperId + "/versions/" + code + "/answer-sheet", teacher);
            Filled filled = fill(pdf, layouts.get(code), version, String.format("9%05d", s + 1), s == 1);
            if (s == 1) {
                doubled = filled.doubled;
            }
            expected.put(students.get(s), filled.score);
            Path photo = dir.resolve("phieu-" + (s + 1) + ".jpg");
            Files.write(photo, photograph(filled.page, s * 4 - 4));
            photos.add(photo);
        }

        // refusals change nothing: a student may not upload, a file that is not an image or PDF is refused
        // (a small body: the refusal comes before the body is read)
        assertEquals(403, api.postBytes("api/v1/scans?sittingId=" + sitting, java.util.Arrays.copyOf(
                Files.readAllBytes(photos.get(0)), 64), "image/jpeg", api.login("hs001", "demo")).status());
        Api.Reply junk = api.postBytes("api/v1/scans?sittingId=" + sitting, "hello".getBytes(), "text/plain", teacher);
        assertEquals(400, junk.status(), junk.body());
        assertEquals("UNSUPPORTED_SCAN", junk.json().getString("error"));

        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(90));
            browser.get(root());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
            browser.findElement(By.id("username")).sendKeys("gv.toan");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            browser.get(root() + "scan.html?sitting=" + sitting);
            wait.until(ExpectedConditions.attributeToBe(By.id("sitting"), "value", Long.toString(sitting)));
            browser.findElement(By.id("files")).sendKeys(String.join("\n", photos.stream()
                    .map(p -> p.toAbsolutePath().toString()).toList()));
            wait.until(d -> d.findElements(By.cssSelector("#sheets .sheet-card")).size() == students.size()
                    && d.findElement(By.id("progress-text")).getText().contains(Integer.toString(students.size())));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sheet-card[data-status=NEEDS_REVIEW]")));
            assertEquals(1, browser.findElements(By.cssSelector(".sheet-card[data-status=NEEDS_REVIEW]")).size());
            assertEquals(2, browser.findElements(By.cssSelector(".sheet-card[data-status=READ]")).size());
            assertTrue(browser.findElement(By.id("confirm")).getAttribute("disabled") != null,
                    "confirm waits for the review");
            String batchId = browser.getCurrentUrl().replaceAll(".*batch=(\\d+).*", "$1");
            Api.Reply early = api.post("api/v1/scans/batches/" + batchId + "/confirm", "", teacher);
            assertEquals(409, early.status(), early.body());
            assertEquals("SHEETS_NEED_REVIEW", early.json().getString("error"));

            // the flagged sheet first in the grid; its review shows the photo and the double mark
            browser.findElement(By.cssSelector(".sheet-card[data-status=NEEDS_REVIEW]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
            assertTrue(browser.findElement(By.id("review-problems")).getText().contains("tô hai ô"),
                    browser.findElement(By.id("review-problems")).getText());
            WebElement input = browser.findElement(By.cssSelector("#answers input[data-question='" + doubled + "']"));
            assertTrue(input.findElement(By.xpath("..")).getAttribute("class").contains("problem"));
            String key = keyOf(versions.getJsonObject(1), doubled);
            input.clear();
            input.sendKeys(key);
            browser.findElement(By.id("fix-reason")).sendKeys("Học sinh tẩy chưa sạch, đáp án ghi ở lề là " + key);
            browser.findElement(By.id("fix-save")).click();
            wait.until(ExpectedConditions.textToBe(By.id("page-message"), "Đã lưu sửa."));
            wait.until(d -> d.findElements(By.cssSelector(".sheet-card[data-status=NEEDS_REVIEW]")).isEmpty());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
            for (String student : students) {
                String shown = browser.findElement(By.cssSelector("#results tr[data-student='" + student + "'] .score"))
                        .getText();
                assertEquals(expected.get(student).stripTrailingZeros().toPlainString().replace('.', ','), shown,
                        student);
            }

            // the attempts are GRADED with those scores; their steps came from the scan; the correction is kept
            JsonObject batch = api.get("api/v1/scans/batches/" + batchId, teacher).json();
            for (JsonValue v : batch.getJsonArray("sheets")) {
                JsonObject sheet = v.asJsonObject();
                JsonObject attempt = api.get("api/v1/attempts/" + sheet.getJsonNumber("attemptId").longValue(),
                        teacher).json();
                assertEquals("GRADED", attempt.getString("status"));
                assertEquals(0, expected.get(sheet.getString("studentId")).compareTo(
                        attempt.getJsonNumber("score").bigDecimalValue()), sheet.toString());
                if (sheet.getString("studentId").equals("hs002")) {
                    JsonObject detail = api.get("api/v1/scans/sheets/" + sheet.getJsonNumber("sheetId").longValue(),
                            teacher).json();
                    JsonObject correction = detail.getJsonArray("corrections").getJsonObject(0);
                    assertEquals("gv.toan", correction.getString("by"));
                    assertTrue(correction.getJsonObject("details").getString("after").contains(key));
                }
            }
            try (Connection c = ItDatabase.connect();
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(s.source = 'SCAN') FROM attempt_step s"
                         + " JOIN attempt a ON a.id = s.attempt_id WHERE a.sitting_id = ?")) {
                ps.setLong(1, sitting);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getInt(1) > 0);
                    assertEquals(rs.getInt(1), rs.getInt(2), "every step of the sitting came from the scan");
                }
            }
            Api.Reply again = api.post("api/v1/scans/batches/" + batchId + "/confirm", "", teacher);
            assertEquals(409, again.status(), again.body());
        } finally {
            browser.quit();
        }
    }

    private record Filled(BufferedImage page, BigDecimal score, int doubled) {
    }

    /** The sheet as printed (150 dpi), bubbled with the key wherever the key fits the sheet's columns. */
    private static Filled fill(byte[] pdf, JsonObject layout, JsonObject version, String studentNumber,
            boolean doubleMark) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(35, 35, 45));
        List<JsonObject> bubbles = layout.getJsonArray("bubbles").stream().map(JsonValue::asJsonObject).toList();
        for (int c = 0; c < studentNumber.length(); c++) {
            mark(g, find(bubbles, "STUDENT_NUMBER", null, null, c + 1, studentNumber.substring(c, c + 1)));
        }
        BigDecimal score = BigDecimal.ZERO;
        int doubled = -1;
        for (JsonValue v : version.getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            int q = item.getInt("position");
            String key = keyOf(version, q);
            List<JsonObject> mine = bubbles.stream().filter(b -> b.getString("field").equals("ANSWER")
                    && b.getInt("question") == q).toList();
            if (mine.isEmpty() || key == null) {
                continue;
            }
            boolean filledAll = true;
            if (mine.get(0).containsKey("statement")) {
                String[] values = key.split("\\s+");
                for (int i = 0; i < values.length; i++) {
                    mark(g, find(bubbles, "ANSWER", q, String.valueOf((char) ('a' + i)), null,
                            values[i].startsWith("Đ") ? "T" : "F"));
                }
            } else if (mine.get(0).containsKey("position")) {
                boolean fits = key.length() <= 4 && key.indexOf('-') <= 0 && (key.indexOf(',') < 0
                        || key.indexOf(',') == 1 || key.indexOf(',') == 2) && key.matches("-?[0-9]+(,[0-9]+)?");
                if (fits) {
                    for (int c = 0; c < key.length(); c++) {
                        mark(g, find(bubbles, "ANSWER", q, null, c + 1, key.substring(c, c + 1)));
                    }
                } else {
                    filledAll = false;
                }
            } else {
                mark(g, find(bubbles, "ANSWER", q, null, null, key));
                if (doubleMark && doubled < 0) {
                    doubled = q;
                    mark(g, find(bubbles, "ANSWER", q, null, null, key.equals("A") ? "B" : "A"));
                }
            }
            if (filledAll) {
                score = score.add(item.getJsonNumber("points").bigDecimalValue());
            }
        }
        g.dispose();
        return new Filled(page, score, doubled);
    }

    private static String keyOf(JsonObject version, int position) {
        JsonObject key = version.getJsonObject("answerKey");
        return key.containsKey(Integer.toString(position)) && !key.isNull(Integer.toString(position))
                ? key.getString(Integer.toString(position)).strip() : null;
    }

    private static JsonObject find(List<JsonObject> bubbles, String field, Integer question, String statement,
            Integer position, String value) {
        return bubbles.stream().filter(b -> b.getString("field").equals(field)
                && (question == null || b.getInt("question") == question)
                && (statement == null || statement.equals(b.getString("statement", null)))
                && (position == null || b.getInt("position", -1) == position)
                && b.getString("value").equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no bubble " + field + " " + question + " " + value));
    }

    private static void mark(Graphics2D g, JsonObject b) {
        double s = DPI / 72;
        double r = b.getJsonNumber("r").doubleValue() * s;
        g.fill(new Ellipse2D.Double(b.getJsonNumber("x").doubleValue() * s - r, b.getJsonNumber("y").doubleValue() * s - r,
                2 * r, 2 * r));
    }

    /** A phone photo: the page turned a few degrees on a dark table, 1600 px wide, JPEG. */
    private static byte[] photograph(BufferedImage page, double degrees) throws Exception {
        int w = 1600;
        int h = 2130;
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(70, 60, 50));
        g.fillRect(0, 0, w, h);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(degrees));
        double scale = 0.88 * h / page.getHeight();
        t.scale(scale, scale);
        t.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
        g.drawImage(page, t, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", out);
        return out.toByteArray();
    }

    private byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(root() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().length == 0);
        return r.body();
    }
}
