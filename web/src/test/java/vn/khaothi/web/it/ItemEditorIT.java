package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The item editor on bank.html: the live preview comes from the server's type plug-ins (problems,
 * or the student's view without a key) with math typeset by KaTeX served from the WAR; saving
 * creates a DRAFT, editing it stores a new version; several item types. And an import's progress,
 * read by the page while the server parses and stores.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemEditorIT {

    private static final String RUN = "ED" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePreviewListsProblemsOrShowsTheStudentsViewWithoutTheKey() throws Exception {
        Api api = new Api(base);
        String teacher = api.login("gv.toan", "demo");
        String noKey = "{\"type\":\"SINGLE_CHOICE\",\"stem\":\"Chọn số lớn nhất\",\"points\":1,\"tags\":[],"
                + "\"options\":[{\"id\":\"A\",\"text\":\"1\",\"fraction\":0},{\"id\":\"B\",\"text\":\"2\",\"fraction\":0}]}";
        Api.Reply problems = api.post("api/v1/bank/items/preview", noKey, teacher);
        assertEquals(200, problems.status(), problems.body());
        assertFalse(problems.json().getJsonArray("problems").isEmpty(), "no correct option is a problem");
        Api.Reply view = api.post("api/v1/bank/items/preview", noKey.replace("\"text\":\"2\",\"fraction\":0",
                "\"text\":\"2\",\"fraction\":1"), teacher);
        assertTrue(view.json().getJsonArray("problems").isEmpty(), view.body());
        JsonObject student = view.json().getJsonObject("view");
        assertEquals(2, student.getJsonArray("options").size());
        assertFalse(student.toString().contains("fraction"), "the student's view has no key: " + student);
        assertEquals(403, api.post("api/v1/bank/items/preview", noKey, api.login("hs001", "demo")).status());
    }

    @Test
    void aTeacherWritesItemsOfThreeTypesWithRenderedMathAndEditsOneIntoANewVersion() throws Exception {
        Api api = new Api(base);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            Browsers.signIn(browser, wait, root, "gv.toan");
            browser.get(root + "bank.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("new-item")));

            // 1. single choice with math: the preview typesets it
            browser.findElement(By.id("new-item")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            type(browser, "ed-chapter", RUN);
            type(browser, "ed-stem", "Giá trị của \\(\\sqrt{16}\\) là");
            List.of("4", "2", "8", "16").forEach(new java.util.function.Consumer<String>() {
                int i;
                public void accept(String text) {
                    type(browser, "ed-option-" + i++, text);
                }
            });
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ed-preview .katex")));
            assertTrue(browser.findElement(By.id("ed-preview")).getText().contains("16"));
            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            long first = itemIdShown(browser);

            // 2. the draft is edited: a new version
            browser.findElement(By.id("edit-item")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            type(browser, "ed-stem", "Giá trị của \\(\\sqrt{25}\\) là");
            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            String teacher = api.login("gv.toan", "demo");
            assertEquals(2, api.get("api/v1/bank/items/" + first + "/versions", teacher).structure().asJsonArray().size());
            assertTrue(api.get("api/v1/bank/items/" + first, teacher).json().getJsonObject("content").getString("stem")
                    .contains("sqrt{25}"));
            browser.findElement(By.cssSelector("#detail .detail-close button")).click();

            // 3. a true/false cluster and a numeric item, checked by the server as they are typed
            browser.findElement(By.id("new-item")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            new Select(browser.findElement(By.id("ed-type"))).selectByValue("TRUE_FALSE_CLUSTER");
            type(browser, "ed-chapter", RUN);
            type(browser, "ed-stem", "Cho hàm số \\(y = 2x + 1\\).");
            for (int i = 0; i < 4; i++) {
                type(browser, "ed-statement-" + i, "Ý số " + (i + 1));
            }
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ed-preview .ed-opts li")));
            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            long cluster = itemIdShown(browser);
            browser.findElement(By.cssSelector("#detail .detail-close button")).click();

            browser.findElement(By.id("new-item")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            new Select(browser.findElement(By.id("ed-type"))).selectByValue("SHORT_NUMERIC");
            type(browser, "ed-chapter", RUN);
            type(browser, "ed-stem", "Nghiệm của \\(x - 3 = 0\\) là");
            type(browser, "ed-numeric", "3");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ed-preview .ed-answer-box")));
            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            long numeric = itemIdShown(browser);

            JsonObject c = api.get("api/v1/bank/items/" + cluster, teacher).json();
            assertEquals("TRUE_FALSE_CLUSTER", c.getString("type"));
            assertEquals(4, c.getJsonObject("content").getJsonArray("statements").size());
            JsonObject n = api.get("api/v1/bank/items/" + numeric, teacher).json();
            assertEquals("SHORT_NUMERIC", n.getString("type"));
            assertEquals("DRAFT", n.getString("status"));
            assertNotNull(n.getJsonObject("content").getJsonArray("answers").getJsonObject(0).getJsonNumber("value"));
        } finally {
            browser.quit();
        }
    }

    /** A 3×2 PNG new for this run, so its hash is not in a kept database yet. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, (int) (System.nanoTime() & 0xFFFFFF));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aTeacherInsertsAPictureIntoTheStemAndSeesItInThePreview() throws Exception {
        Api api = new Api(base);
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("hinh-" + RUN, ".png");
        java.nio.file.Path notAPicture = java.nio.file.Files.createTempFile("ghi-chu-" + RUN, ".png");
        java.nio.file.Path tooLarge = java.nio.file.Files.createTempFile("lon-" + RUN, ".png");
        java.nio.file.Files.write(picture, png());
        java.nio.file.Files.writeString(notAPicture, "không phải hình");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(png(), 0, big, 0, 8); // a PNG signature, but over 2 MB
        java.nio.file.Files.write(tooLarge, big);
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            Browsers.signIn(browser, wait, root, "gv.toan");
            browser.get(root + "bank.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("new-item"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            assertEquals("Chèn hình", browser.findElement(By.id("ed-picture")).getText());
            type(browser, "ed-chapter", RUN + "IMG");
            List.of("4", "2", "8", "16").forEach(new java.util.function.Consumer<String>() {
                int i;
                public void accept(String text) {
                    type(browser, "ed-option-" + i++, text);
                }
            });
            type(browser, "ed-stem", "Quan sát hình  rồi chọn");
            // the cursor between the two spaces: the picture goes there
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const s = document.getElementById('ed-stem'); s.focus(); s.setSelectionRange(14, 14);");

            browser.findElement(By.id("ed-picture-file")).sendKeys(notAPicture.toString());
            wait.until(d -> d.findElement(By.id("ed-picture-status")).getText()
                    .equals("Tệp này không phải hình PNG, JPEG, GIF hay WebP."));
            browser.findElement(By.id("ed-picture-file")).sendKeys(tooLarge.toString());
            wait.until(d -> d.findElement(By.id("ed-picture-status")).getText().startsWith("Hình lớn hơn 2 MB"));
            assertFalse(browser.findElement(By.id("ed-stem")).getAttribute("value").contains("<img"), "a refused file inserts nothing");

            browser.findElement(By.id("ed-picture-file")).sendKeys(picture.toString());
            wait.until(d -> d.findElement(By.id("ed-stem")).getAttribute("value").contains("<img"));
            String stem = browser.findElement(By.id("ed-stem")).getAttribute("value");
            assertTrue(stem.matches("Quan sát hình <img src=\"/api/v1/bank/media/[0-9a-f]{64}\" alt=\"\"> rồi chọn"), stem);
            assertEquals("", browser.findElement(By.id("ed-picture-status")).getText());
            // media.js loads the picture with the token and shows it as a blob: URL in the preview
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ed-preview img[src^='blob:']")));

            browser.findElement(By.id("ed-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-item")));
            long id = itemIdShown(browser);
            String teacher = api.login("gv.toan", "demo");
            String stored = api.get("api/v1/bank/items/" + id, teacher).json().getJsonObject("content").getString("stem");
            assertTrue(stored.contains("/api/v1/bank/media/" + stem.replaceAll(".*media/([0-9a-f]{64}).*", "$1")), stored);

            browser.findElement(By.cssSelector("#detail .detail-close button")).click();
            browser.findElement(By.cssSelector("[data-lang=en]")).click();
            browser.findElement(By.id("new-item")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-editor")));
            assertEquals("Insert picture", browser.findElement(By.id("ed-picture")).getText());
            browser.findElement(By.id("ed-picture-file")).sendKeys(notAPicture.toString());
            wait.until(d -> d.findElement(By.id("ed-picture-status")).getText()
                    .equals("This file is not a PNG, JPEG, GIF or WebP picture."));
        } finally {
            browser.quit();
            java.nio.file.Files.deleteIfExists(picture);
            java.nio.file.Files.deleteIfExists(notAPicture);
            java.nio.file.Files.deleteIfExists(tooLarge);
        }
    }

    @Test
    void anImportReportsItsProgressUnderThePagesKey() throws Exception {
        Api api = new Api(base);
        String teacher = api.login("gv.toan", "demo");
        StringBuilder gift = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            gift.append("::P").append(i).append(":: ").append(i).append(" + 1 = ? {=").append(i + 1).append(" ~").append(i)
                    .append(" ~").append(i + 2).append("}\n\n");
        }
        String key = java.util.UUID.randomUUID().toString();
        assertEquals(404, api.get("api/v1/bank/imports/progress/" + key, teacher).status(), "unknown before the upload");
        Api.Reply imported = api.postBytes("api/v1/bank/imports?format=gift&subject=MATH&grade=9&chapter=" + RUN + "P&progress=" + key,
                gift.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", teacher);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(30, imported.json().getInt("imported"));
        JsonObject progress = api.get("api/v1/bank/imports/progress/" + key, teacher).json();
        assertEquals("DONE", progress.getString("stage"));
        assertEquals(30, progress.getInt("parsed"));
        assertEquals(30, progress.getInt("total"));
        assertEquals(403, api.get("api/v1/bank/imports/progress/" + key, api.login("hs001", "demo")).status());
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The "#123" pill of the item detail dialog. */
    private static long itemIdShown(WebDriver browser) {
        String pill = browser.findElement(By.cssSelector("#detail-body .item-meta .pill")).getText();
        return Long.parseLong(pill.replace("#", "").trim());
    }
}
