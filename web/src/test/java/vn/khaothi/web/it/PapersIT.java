package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Papers end to end on the shipped WAR over the demo bank (Mathematics 9, PUBLISHED items):
 * generation per contract with every version meeting the blueprint, determinism by seed, the
 * unmet-blueprint report with nothing stored, the two approval steps and their refusals, exposure
 * counted on approval, and the print outputs read back (PDF text, Excel key).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PapersIT {

    /** 10 points over chapters C1/C2: 8 single choice × 0.25, 2 clusters × 1 (one per chapter), 2 numeric × 1.5, 1 essay × 3. */
    private static final String BLUEPRINT = "{\"durationMinutes\":60,\"cells\":["
            + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":0.25},"
            + "{\"chapter\":\"C2\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":0.25},"
            + "{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"TRUE_FALSE_CLUSTER\",\"count\":1,\"pointsEach\":1},"
            + "{\"chapter\":\"C2\",\"level\":\"TH\",\"type\":\"TRUE_FALSE_CLUSTER\",\"count\":1,\"pointsEach\":1},"
            + "{\"chapter\":\"C2\",\"level\":\"VD\",\"type\":\"SHORT_NUMERIC\",\"count\":2,\"pointsEach\":1.5},"
            + "{\"chapter\":\"C1\",\"level\":\"VDC\",\"type\":\"ESSAY\",\"count\":1,\"pointsEach\":3}]}";
    private static final int ITEMS = 13;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private static String request(String title, long seed, int versions, String blueprint) {
        return "{\"title\":\"" + title + "\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"MIDTERM\",\"versions\":"
                + versions + ",\"seed\":" + seed + ",\"blueprint\":" + blueprint + "}";
    }

    private JsonObject generate(String token, long seed, int versions) throws Exception {
        Api.Reply r = api().post("api/v1/papers", request("Kiểm tra giữa kì I – Toán 9", seed, versions, BLUEPRINT), token);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void aGeneratedPaperHasEveryVersionMeetingTheBlueprintAndAKeyPerPosition() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        JsonObject paper = generate(teacher, 11, 4);
        assertEquals(0, paper.getJsonNumber("totalPoints").bigDecimalValue().compareTo(java.math.BigDecimal.TEN));
        assertEquals("DRAFT", paper.getString("status"));
        JsonArray versions = paper.getJsonArray("versions");
        assertEquals(List.of("101", "102", "103", "104"),
                versions.getValuesAs(JsonObject.class).stream().map(v -> v.getString("code")).toList());
        Set<Long> firstVersionItems = null;
        for (JsonObject version : versions.getValuesAs(JsonObject.class)) {
            JsonArray items = version.getJsonArray("items");
            assertEquals(ITEMS, items.size());
            Set<Long> ids = new HashSet<>();
            for (int p = 0; p < items.size(); p++) {
                JsonObject item = items.getJsonObject(p);
                assertEquals(p + 1, item.getInt("position"));
                assertTrue(ids.add(item.getJsonNumber("itemId").longValue()), "an item twice in " + version);
                assertTrue(version.getJsonObject("answerKey").containsKey(Integer.toString(p + 1)));
            }
            // Part I (single choice) first: positions 1–8 carry four options in a shuffled order.
            assertEquals(4, items.getJsonObject(0).getJsonArray("optionOrder").size());
            // Same-items mode (the default): every version holds the same items, in its own order.
            if (firstVersionItems == null) {
                firstVersionItems = ids;
            } else {
                assertEquals(firstVersionItems, ids);
            }
        }
        assertNotEquals(versions.getJsonObject(0).getJsonArray("items"), versions.getJsonObject(1).getJsonArray("items"),
                "versions 101 and 102 should differ in item or option order");
    }

    @Test
    void theSameRequestAndSeedGiveTheSamePaperAndAnotherSeedAnother() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        JsonObject a = generate(teacher, 424242, 2);
        JsonObject b = generate(teacher, 424242, 2);
        JsonObject c = generate(teacher, 7, 2);
        assertNotEquals(a.getJsonNumber("id"), b.getJsonNumber("id"));
        assertEquals(a.getJsonArray("versions"), b.getJsonArray("versions"));
        assertNotEquals(a.getJsonArray("versions"), c.getJsonArray("versions"));
    }

    @Test
    void anUnmeetableBlueprintListsEveryShortCellAndStoresNothing() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        long before = papers();
        String blueprint = "{\"durationMinutes\":60,\"cells\":["
                + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":2,\"pointsEach\":1},"
                + "{\"chapter\":\"C1\",\"level\":\"VD\",\"type\":\"MATCHING\",\"count\":4,\"pointsEach\":1},"
                + "{\"chapter\":\"NO-SUCH\",\"level\":\"TH\",\"type\":\"SINGLE_CHOICE\",\"count\":2,\"pointsEach\":2}]}";
        Api.Reply r = api().post("api/v1/papers", request("Thiếu câu", 1, 1, blueprint), teacher);
        assertEquals(422, r.status(), r.body());
        assertEquals("BLUEPRINT_UNMET", r.json().getString("error"));
        List<JsonObject> details = r.json().getJsonArray("details").getValuesAs(JsonObject.class);
        JsonObject missing = details.stream().filter(d -> d.getString("chapter").equals("NO-SUCH")).findFirst().orElseThrow();
        assertEquals(2, missing.getInt("needed"));
        assertEquals(0, missing.getInt("available"));
        assertTrue(details.stream().noneMatch(d -> d.getString("type").equals("SINGLE_CHOICE")
                && d.getString("chapter").equals("C1")), "a cell the bank can fill is not reported: " + details);
        assertEquals(before, papers());

        Api.Reply notTen = api().post("api/v1/papers", request("Chín điểm", 1, 1, "{\"durationMinutes\":60,\"cells\":["
                + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":3,\"pointsEach\":3}]}"), teacher);
        assertEquals(422, notTen.status(), notTen.body());
        assertEquals("BLUEPRINT_INVALID", notTen.json().getString("error"));
        Api.Reply malformed = api().post("api/v1/papers", "{\"title\":\"x\",\"subject\":\"MATH\",\"grade\":9,"
                + "\"kind\":\"WEEKLY\",\"blueprint\":" + BLUEPRINT + "}", teacher);
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals(before, papers());
    }

    @Test
    void theDepartmentHeadThenThePrincipalApproveAndNobodyElse() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        String head = api().login("totruong.toan", "demo");
        String principal = api().login("hieutruong", "demo");
        long id = generate(teacher, 99, 1).getJsonNumber("id").longValue();
        String path = "api/v1/papers/" + id + "/approval";
        long itemId = api().get("api/v1/papers/" + id, teacher).json().getJsonArray("versions").getJsonObject(0)
                .getJsonArray("items").getJsonObject(0).getJsonNumber("itemId").longValue();
        int exposureBefore = exposure(itemId);

        assertEquals(403, api().post(path, "{\"approve\":true}", teacher).status());
        assertEquals(409, api().post(path, "{\"approve\":true}", principal).status(), "the principal comes second");
        Api.Reply noNote = api().post(path, "{\"approve\":false}", head);
        assertEquals(400, noNote.status(), "a rejection needs a note: " + noNote.body());
        Api.Reply group = api().post(path, "{\"approve\":true,\"note\":\"Tổ đã duyệt\"}", head);
        assertEquals(200, group.status(), group.body());
        assertEquals("GROUP_APPROVED", group.json().getString("status"));
        assertEquals(409, api().post(path, "{\"approve\":true}", head).status(), "the group step is done");
        Api.Reply approved = api().post(path, "{\"approve\":true,\"note\":\"Đồng ý\"}", principal);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        List<JsonObject> steps = approved.json().getJsonArray("approvals").getValuesAs(JsonObject.class);
        assertEquals(List.of("totruong.toan", "hieutruong"), steps.stream().map(s -> s.getString("decidedBy")).toList());
        assertEquals(409, api().post(path, "{\"approve\":false,\"note\":\"muộn\"}", principal).status());
        // a change after approval is a new paper that supersedes it; only an approved paper can be superseded
        String replace = request("Sửa sau khi duyệt", 99, 1, BLUEPRINT);
        Api.Reply next = api().post("api/v1/papers", replace.replace("{\"title\"", "{\"supersedes\":" + id + ",\"title\""), teacher);
        assertEquals(201, next.status(), next.body());
        assertEquals(id, next.json().getJsonNumber("supersedes").longValue());
        Api.Reply unknown = api().post("api/v1/papers", replace.replace("{\"title\"", "{\"supersedes\":99999999,\"title\""), teacher);
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("SUPERSEDES_INVALID", unknown.json().getString("error"));
        long draft = next.json().getJsonNumber("id").longValue();
        assertEquals(422, api().post("api/v1/papers", replace.replace("{\"title\"", "{\"supersedes\":" + draft + ",\"title\""),
                teacher).status(), "a draft is changed by generating again, not superseded");
        assertEquals(exposureBefore + 1, exposure(itemId), "an approved paper counts once in the item's exposure");
    }

    @Test
    void theVersionPdfKeepsVietnameseTextAndTheKeysOpenInExcel() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        JsonObject paper = generate(teacher, 5, 2);
        long id = paper.getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = download("api/v1/papers/" + id + "/versions/102/pdf", teacher);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("102"), "the mã đề is printed");
            assertTrue(text.contains("HẾT"), "the paper ends with HẾT");
            assertTrue(text.contains("Toán") || text.contains("TOÁN"), "the subject in Vietnamese, intact: " + text.substring(0, 300));
            assertTrue(text.contains("60"), "the duration is printed");
        }
        assertEquals(404, download("api/v1/papers/" + id + "/versions/999/pdf", teacher).statusCode());

        HttpResponse<byte[]> sheet = download("api/v1/papers/" + id + "/versions/101/answer-sheet", teacher);
        assertEquals(200, sheet.statusCode());
        try (PDDocument doc = Loader.loadPDF(sheet.body())) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }

        HttpResponse<byte[]> xlsx = download("api/v1/papers/" + id + "/keys?format=xlsx", teacher);
        assertEquals(200, xlsx.statusCode());
        JsonObject key101 = paper.getJsonArray("versions").getJsonObject(0).getJsonObject("answerKey");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder all = new StringBuilder();
            for (Sheet sheet1 : book) {
                sheet1.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            }
            assertTrue(all.toString().contains("101") && all.toString().contains("102"), all.toString());
            assertTrue(all.toString().contains(key101.getString("1")), "the key of 101 position 1 is in the sheet");
        }
        assertEquals(200, download("api/v1/papers/" + id + "/keys?format=pdf", teacher).statusCode());
        String student = api().login("hs001", "demo");
        assertEquals(403, download("api/v1/papers/" + id + "/versions/101/pdf", student).statusCode(),
                "students never see a paper outside a sitting");
    }

    @Test
    void theEditorSeesTheBanksSupplyTheRulesDurationAndSavesBlueprintsAsVersions() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        JsonObject availability = api().get("api/v1/papers/availability?subject=MATH&grade=9", teacher).json();
        JsonObject c1NbSc = availability.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("chapter").equals("C1") && c.getString("level").equals("NB")
                        && c.getString("type").equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        assertEquals(6, c1NbSc.getInt("count"), "the demo bank holds 6 published C1/NB single-choice items");
        JsonObject duration = availability.getJsonObject("periodicDuration");
        assertEquals(60, duration.getInt("minMinutes"), "Mathematics has 140 periods a year: 60-90 minutes (TT22 Art. 7)");
        assertEquals(90, duration.getInt("maxMinutes"));
        assertFalse(duration.getJsonArray("citations").isEmpty());

        Api.Reply tooShort = api().post("api/v1/papers", request("Ngắn quá", 1, 1, BLUEPRINT.replace(":60,", ":45,")), teacher);
        assertEquals(422, tooShort.status(), tooShort.body());
        assertEquals("DURATION_OUT_OF_RANGE", tooShort.json().getString("error"));
        String regular = "{\"title\":\"15 phút\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"REGULAR\",\"seed\":1,"
                + "\"blueprint\":" + BLUEPRINT.replace(":60,", ":15,") + "}";
        assertEquals(201, api().post("api/v1/papers", regular, teacher).status(), "a regular test takes any duration");

        String name = "Ma trận giữa kì I " + System.nanoTime();
        String save = "{\"name\":\"" + name + "\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"MIDTERM\",\"blueprint\":" + BLUEPRINT + "}";
        Api.Reply first = api().post("api/v1/blueprints", save, teacher);
        assertEquals(201, first.status(), first.body());
        Api.Reply second = api().post("api/v1/blueprints", save, teacher);
        assertEquals(2, second.json().getInt("version"));
        assertEquals(1, first.json().getInt("version"));
        assertEquals(6, second.json().getJsonArray("cells").size());
        long listed = api().get("api/v1/blueprints?subject=MATH&grade=9", teacher).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("name").equals(name)).count();
        assertEquals(2, listed);
        Api.Reply invalid = api().post("api/v1/blueprints", save.replace("\"pointsEach\":3", "\"pointsEach\":2"), teacher);
        assertEquals(422, invalid.status(), "9 points is not a paper on 10: " + invalid.body());
    }

    @Test
    void theOnlineFormOfAVersionShowsItemsAsStudentsSeeThemWithoutAKey() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        JsonObject paper = generate(teacher, 8, 2);
        long id = paper.getJsonNumber("id").longValue();
        Api.Reply form = api().get("api/v1/papers/" + id + "/versions/102", teacher);
        assertEquals(200, form.status(), form.body());
        List<JsonObject> items = form.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(ITEMS, items.size());
        JsonObject first = items.get(0);
        assertEquals("SINGLE_CHOICE", first.getString("type"));
        List<String> shown = first.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        List<String> order = paper.getJsonArray("versions").getJsonObject(1).getJsonArray("items").getJsonObject(0)
                .getJsonArray("optionOrder").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(order, shown, "options in the version's order");
        assertFalse(form.body().contains("fraction") || form.body().contains("\"correct\""), "no key in the online form");
    }

    @Test
    void aTeacherFillsTheMatrixOnThePageSeesTheBanksSupplyAndGeneratesTwoVersions() throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, java.time.Duration.ofSeconds(30));
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            browser.get(root);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
            browser.findElement(By.id("username")).sendKeys("gv.toan");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            browser.get(root + "papers.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-C1-NB")));
            WebElement c1nb = browser.findElement(By.id("cell-C1-NB"));
            WebElement cell = c1nb.findElement(By.xpath(".."));
            assertEquals("có 6", cell.findElement(By.className("have")).getText());
            assertTrue(browser.findElement(By.id("duration-hint")).getText().contains("60–90"),
                    browser.findElement(By.id("duration-hint")).getText());
            set(browser, "points-each", "1");
            set(browser, "cell-C1-NB", "7");
            assertTrue(cell.getAttribute("class").contains("short"), "7 asked, 6 in the bank: the cell turns red");
            set(browser, "cell-C1-NB", "4");
            assertFalse(cell.getAttribute("class").contains("short"));
            set(browser, "cell-C1-TH", "4");
            set(browser, "cell-C2-NB", "2");
            assertTrue(browser.findElement(By.id("totals")).getText().contains("10 câu · 10 điểm"),
                    browser.findElement(By.id("totals")).getText());
            set(browser, "versions", "2");
            browser.findElement(By.id("generate")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#left-items li"), 10));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#right-items li"), 10));
            assertEquals("102", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("right-version")))
                    .getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.findElement(By.id("paper-meta")).getText().contains("Bản nháp"));
        } finally {
            browser.quit();
        }
    }

    private static void set(WebDriver browser, String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long papers() throws Exception {
        try (Connection c = ItDatabase.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM paper")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int exposure(long itemId) throws Exception {
        try (Connection c = ItDatabase.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT exposure_count FROM bank_item WHERE id = " + itemId)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
