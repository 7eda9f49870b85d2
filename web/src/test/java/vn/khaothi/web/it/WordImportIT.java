package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Word banks through the API and bank.html (issue 18): the preview stores nothing and shows each
 * question with its key; all or nothing stays the default; mode=valid-only stores the valid
 * questions and lists the rest with their lines; a file in no layout is a 422 naming the layouts
 * tried. In Chromium a teacher previews (the page does not scroll sideways at 390 px; English
 * available), ticks "Chỉ nhập các câu hợp lệ" and imports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordImportIT {

    private static final String RUN = "w" + Long.toString(System.currentTimeMillis(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** "[1] … ANSWER: B" questions; the second has no key. */
    private static byte[] bank(String tag) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = {"[1] Word " + tag + " câu một: 1 + 1 = ?", "A. 1", "B. 2", "C. 3", "ANSWER: B",
                "[2] Word " + tag + " câu hai không có đáp án", "A. x", "B. y",
                "[3] Word " + tag + " câu ba: 2 + 2 = ?", "A. 4", "B. 5", "ANSWER: A"};
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private long found(String token, String tag) throws Exception {
        Api.Reply r = api().get("api/v1/bank/items?size=1&q=" + enc(tag), token);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private String importPath(String chapter, String mode) {
        return "api/v1/bank/imports?format=docx&subject=MATH&grade=9&chapter=" + enc(chapter)
                + (mode == null ? "" : "&mode=" + mode);
    }

    @Test
    void previewThenAllOrNothingThenValidOnly() throws Exception {
        String token = api().login("gv.toan", "demo");
        String tag = RUN + "api";
        byte[] file = bank(tag);

        Api.Reply preview = api().postBytes("api/v1/bank/imports/preview?format=docx", file, "application/octet-stream", token);
        assertEquals(200, preview.status(), preview.body());
        JsonObject p = preview.json();
        assertEquals(2, p.getInt("valid"), preview.body());
        assertEquals(1, p.getInt("skipped"));
        assertEquals("B", p.getJsonArray("questions").getJsonObject(0).getString("key"));
        assertEquals("SINGLE_CHOICE", p.getJsonArray("questions").getJsonObject(0).getString("type"));
        assertEquals(6, p.getJsonArray("problems").getJsonObject(0).getInt("line"));
        assertEquals(0, found(token, tag), "a preview stores nothing");

        Api.Reply whole = api().postBytes(importPath("IT-WORD-" + RUN, null), file, "application/octet-stream", token);
        assertEquals(422, whole.status(), "all or nothing is the default: " + whole.body());
        assertEquals(0, found(token, tag));

        Api.Reply bad = api().postBytes(importPath("IT-WORD-" + RUN, "some"), file, "application/octet-stream", token);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("VALIDATION_FAILED", bad.json().getString("error"));

        Api.Reply some = api().postBytes(importPath("IT-WORD-" + RUN, "valid-only"), file, "application/octet-stream", token);
        assertEquals(200, some.status(), some.body());
        JsonObject s = some.json();
        assertEquals(2, s.getInt("imported"));
        assertEquals(1, s.getInt("skipped"));
        JsonObject problem = s.getJsonArray("problems").getJsonObject(0);
        assertEquals(6, problem.getInt("line"));
        assertTrue(problem.containsKey("element"));
        assertTrue(problem.getString("message").contains("no key"), some.body());
        assertEquals(2, found(token, tag));
    }

    /** Two questions without any key: the answers are in a separate file. */
    private static byte[] bankWithoutKey(String tag) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = {"Câu 1. Word " + tag + " tách đáp án: 1 + 1 = ?", "A. 1   B. 2   C. 3",
                "Câu 2. Word " + tag + " tách đáp án: 2 + 2 = ?", "A. 4   B. 5   C. 6"};
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** dap-an.docx: a heading and "1-B 2-A". */
    private static byte[] keyFile() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("ĐÁP ÁN");
            doc.createParagraph().createRun().setText("1-B 2-A");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static java.util.List<String> correctTexts(JsonObject content) {
        return content.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("fraction").bigDecimalValue().signum() > 0)
                .map(o -> o.getString("text")).toList();
    }

    @Test
    void theAnswerKeyInASeparateFileAsMultipartForPreviewAndImport() throws Exception {
        String token = api().login("gv.toan", "demo");
        String tag = RUN + "key";
        byte[] bank = bankWithoutKey(tag);
        java.util.List<Api.Part> parts = java.util.List.of(new Api.Part("file", "cau-hoi.docx", bank),
                new Api.Part("answerKey", "dap-an.docx", keyFile()));

        Api.Reply without = api().postBytes("api/v1/bank/imports/preview?format=docx", bank, "application/octet-stream", token);
        assertEquals(200, without.status(), without.body());
        assertEquals(0, without.json().getInt("valid"), "without its key file no question has a key: " + without.body());

        Api.Reply preview = api().postMultipart("api/v1/bank/imports/preview?format=docx", parts, token);
        assertEquals(200, preview.status(), preview.body());
        JsonObject p = preview.json();
        assertEquals(2, p.getInt("valid"), preview.body());
        assertEquals("B", p.getJsonArray("questions").getJsonObject(0).getString("key"));
        assertEquals("A", p.getJsonArray("questions").getJsonObject(1).getString("key"));
        assertEquals(0, found(token, tag), "a preview stores nothing");

        Api.Reply imported = api().postMultipart(importPath("IT-WORDKEY-" + RUN, null), parts, token);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("imported"));
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (var id : imported.json().getJsonArray("itemIds")) {
            JsonObject content = api().get("api/v1/bank/items/" + id, token).json().getJsonObject("content");
            keys.addAll(correctTexts(content));
        }
        assertEquals(java.util.List.of("2", "4"), keys, "the stored items carry the keys of dap-an.docx");

        Api.Reply gift = api().postMultipart("api/v1/bank/imports?format=gift&subject=MATH&grade=9", parts, token);
        assertEquals(400, gift.status(), gift.body());
        assertEquals("answerKey", gift.json().getJsonArray("details").getJsonObject(0).getString("field"), gift.body());

        Api.Reply broken = api().postMultipart(importPath("IT-WORDKEY-" + RUN, null), java.util.List.of(
                new Api.Part("file", "cau-hoi.docx", bankWithoutKey(tag + "x")),
                new Api.Part("answerKey", "dap-an.docx", new byte[] {'P', 'K', 3, 4, 1, 2})), token);
        assertEquals(422, broken.status(), broken.body());
        assertEquals("IMPORT_INVALID", broken.json().getString("error"));
        assertTrue(broken.body().contains("the answer key is not a readable Word or Excel file"), broken.body());
        assertEquals(0, found(token, tag + "x"), "a refused import stores nothing");

        Api.Reply tooLarge = api().postMultipart(importPath("IT-WORDKEY-" + RUN, null), java.util.List.of(
                new Api.Part("file", "cau-hoi.docx", bank),
                new Api.Part("answerKey", "dap-an.txt", new byte[20 * 1024 * 1024])), token);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertEquals("FILE_TOO_LARGE", tooLarge.json().getString("error"));

        Api.Reply noFile = api().postMultipart("api/v1/bank/imports/preview?format=docx",
                java.util.List.of(new Api.Part("answerKey", "dap-an.docx", keyFile())), token);
        assertEquals(400, noFile.status(), noFile.body());
        assertEquals("file", noFile.json().getJsonArray("details").getJsonObject(0).getString("field"), noFile.body());
        Api.Reply garbled = api().postBytes("api/v1/bank/imports/preview?format=docx", "không phải multipart".getBytes(
                StandardCharsets.UTF_8), "multipart/form-data; boundary=xyz", token);
        assertEquals(400, garbled.status(), "a broken multipart body is the caller's mistake: " + garbled.body());
        assertFalse(garbled.body().contains("Exception") || garbled.body().contains("MIME"), garbled.body());
    }

    @Test
    void aWordFileInNoLayoutSaysWhichLayoutsWereTried() throws Exception {
        String token = api().login("gv.toan", "demo");
        byte[] file;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Biên bản họp tổ chuyên môn " + RUN);
            doc.write(out);
            file = out.toByteArray();
        }
        Api.Reply r = api().postBytes(importPath("IT-WORD-" + RUN, null), file, "application/octet-stream", token);
        assertEquals(422, r.status(), r.body());
        String first = r.json().getJsonArray("details").getJsonObject(0).getString("message");
        assertTrue(first.contains("layouts tried") && first.contains("STT | Nội dung"), first);
        assertFalse(r.body().contains("holds no questions"), r.body());
        assertTrue(r.body().contains("could not be placed: Biên bản họp tổ chuyên môn"), r.body());
    }

    @Test
    void aTeacherPreviewsAndImportsTheValidQuestionsOnTheBankPage() throws Exception {
        String token = api().login("gv.toan", "demo");
        String tag = RUN + "page";
        Path file = Files.createTempFile("bank-" + tag, ".docx");
        Files.write(file, bank(tag));
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            Browsers.signIn(browser, wait, base.toString(), "gv.toan");
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            browser.get(root + "bank.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("import-toggle"))).click();
            new Select(browser.findElement(By.id("import-format"))).selectByValue("docx");
            browser.findElement(By.id("import-chapter")).sendKeys("IT-WORDPAGE-" + RUN);
            browser.findElement(By.id("import-file")).sendKeys(file.toString());
            browser.findElement(By.id("import-preview-button")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#preview-table tbody tr"), 2));
            assertEquals(1, browser.findElements(By.cssSelector("#preview-problems li")).size());
            assertTrue(browser.findElement(By.id("preview-summary")).getText().contains("2"));
            assertEquals("B", browser.findElements(By.cssSelector("#preview-table .preview-key")).get(0).getText());
            assertEquals(0, found(token, tag), "the preview stored nothing");
            browser.findElement(By.cssSelector("[data-lang=en]")).click();
            wait.until(d -> d.findElement(By.id("import-preview-button")).getText().equals("Preview"));
            browser.findElement(By.cssSelector("[data-lang=vi]")).click();
            wait.until(d -> d.findElement(By.id("import-preview-button")).getText().equals("Xem trước"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "the preview does not scroll the page sideways at 390 px");
            browser.findElement(By.id("import-valid-only")).click();
            browser.findElement(By.id("import-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-ok")));
            assertTrue(browser.findElement(By.id("import-ok")).getText().contains("2"),
                    browser.findElement(By.id("import-result")).getText());
            assertEquals(1, browser.findElements(By.cssSelector("#import-problems li")).size());
            assertEquals(2, found(token, tag));
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTeacherChoosesTheBankAndItsAnswerKeyFileOnTheBankPage() throws Exception {
        String token = api().login("gv.toan", "demo");
        String tag = RUN + "keypage";
        Path bankFile = Files.createTempFile("cau-hoi-" + tag, ".docx");
        Path keyFile = Files.createTempFile("dap-an-" + tag, ".txt");
        Files.write(bankFile, bankWithoutKey(tag));
        Files.writeString(keyFile, "ĐÁP ÁN\n1-B\n2-A\n3-C\n", StandardCharsets.UTF_8);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            Browsers.signIn(browser, wait, base.toString(), "gv.toan");
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            browser.get(root + "bank.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("import-toggle"))).click();
            assertFalse(browser.findElement(By.id("import-key-label")).isDisplayed(), "GIFT takes no key file");
            new Select(browser.findElement(By.id("import-format"))).selectByValue("docx");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-key-label")));
            assertEquals("Đáp án ở tệp riêng (không bắt buộc)",
                    browser.findElement(By.cssSelector("#import-key-label span")).getText());
            browser.findElement(By.id("import-chapter")).sendKeys("IT-WORDKEYPAGE-" + RUN);
            browser.findElement(By.id("import-file")).sendKeys(bankFile.toString());
            browser.findElement(By.id("import-key-file")).sendKeys(keyFile.toString());
            browser.findElement(By.id("import-preview-button")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#preview-table tbody tr"), 2));
            assertEquals(java.util.List.of("B", "A"), browser.findElements(By.cssSelector("#preview-table .preview-key"))
                    .stream().map(e -> e.getText()).toList());
            java.util.List<org.openqa.selenium.WebElement> problems = browser.findElements(By.cssSelector("#preview-problems li"));
            assertEquals(1, problems.size(), "the key of question 3, which the bank does not have");
            String problem = problems.get(0).getText();
            assertTrue(problem.contains("Dòng 4") && problem.contains(keyFile.getFileName().toString())
                    && problem.contains("cho câu 3"), problem);
            assertEquals(0, found(token, tag), "the preview stored nothing");
            browser.findElement(By.cssSelector("[data-lang=en]")).click();
            wait.until(d -> d.findElement(By.cssSelector("#import-key-label span")).getText()
                    .equals("Answer key in a separate file (optional)"));
            browser.findElement(By.cssSelector("[data-lang=vi]")).click();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "two file inputs do not scroll the page sideways at 390 px");
            browser.findElement(By.id("import-valid-only")).click();
            browser.findElement(By.id("import-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-ok")));
            assertTrue(browser.findElement(By.id("import-ok")).getText().contains("2"),
                    browser.findElement(By.id("import-result")).getText());
            assertEquals(2, found(token, tag));
        } finally {
            browser.quit();
            Files.deleteIfExists(bankFile);
            Files.deleteIfExists(keyFile);
        }
    }
}
