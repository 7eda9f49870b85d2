package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The item bank end to end on the shipped WAR (managed Payara Micro, real MariaDB, demo mode):
 * imports in every format, all or nothing; diacritic-free search; the approval workflow with its
 * 403/409 refusals and history; versions; export round trips; the demo bank; and a teacher
 * searching on bank.html in Chromium. The database outlives runs, so every test writes under a
 * chapter of its own and compares counts before and after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemBankIT {

    /** Unique per run: chapter codes and stems carry it, so a kept database does not mix runs. */
    private static final String RUN = "r" + Long.toString(System.currentTimeMillis(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** The application's root URL with exactly one trailing slash. */
    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    private Api api() {
        return new Api(base);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long total(String token, String query) throws Exception {
        Api.Reply r = api().get("api/v1/bank/items?size=1" + query, token);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private Api.Reply importFile(String token, String format, String chapter, byte[] file) throws Exception {
        return api().postBytes("api/v1/bank/imports?format=" + format + "&subject=MATH&grade=9&chapter=" + enc(chapter),
                file, "application/octet-stream", token);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- files, good and bad, in every format ---------------------------------------------------

    private static byte[] gift(String tag) {
        return utf8("// câu hỏi " + tag + "\n::g1:: Căn bậc hai số học của 49 (" + tag + ") là {=7 ~-7 ~49 ~±7}\n\n"
                + "::g2:: Giá trị của 2 + 3 (" + tag + ") bằng {#5}\n");
    }

    private static final byte[] BAD_GIFT = utf8("::b1:: Câu tốt {=1 ~2}\n\n::b2:: Câu thiếu ngoặc đóng {=1 ~2\n\n"
            + "::b3:: Câu không có đáp án đúng {~1 ~2}\n");

    private static byte[] moodle(String tag) {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice">
                    <name><text>m1</text></name>
                    <questiontext format="html"><text>Moodle TAG: nghiệm của x - 3 = 0 là</text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text>3</text></answer>
                    <answer fraction="0"><text>-3</text></answer>
                    <answer fraction="0"><text>0</text></answer>
                  </question>
                </quiz>
                """.replace("TAG", tag));
    }

    private static final byte[] BAD_MOODLE = utf8("""
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="multichoice">
                <name><text>m1</text></name>
                <questiontext format="html"><text>Thiếu thẻ đóng</text></questiontext>
                <answer fraction="100"><text>3</text>
              </question>
            </quiz>
            """);

    private static byte[] aiken(String tag) {
        return utf8("Aiken " + tag + ": số nào là số nguyên tố?\nA. 4\nB. 7\nC. 9\nD. 15\nANSWER: B\n");
    }

    private static final byte[] BAD_AIKEN = utf8("Câu một?\nA. 1\nB. 2\nANSWER: B\n\nCâu hai thiếu đáp án?\nA. 1\nB. 2\n");

    private static byte[] qti(String tag) {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q1" title="QTI TAG"
                    adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse>
                  </responseDeclaration>
                  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                  <itemBody>
                    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                      <prompt>QTI TAG: hàm số y = 2x + 1 đồng biến hay nghịch biến?</prompt>
                      <simpleChoice identifier="A">Đồng biến</simpleChoice>
                      <simpleChoice identifier="B">Nghịch biến</simpleChoice>
                    </choiceInteraction>
                  </itemBody>
                  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                </assessmentItem>
                """.replace("TAG", tag));
    }

    private static final byte[] BAD_QTI = utf8("""
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q1" title="t">
              <itemBody>
                <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                  <simpleChoice identifier="A">Một</simpleChoice>
              </itemBody>
            </assessmentItem>
            """);

    private static byte[] docx(String tag, boolean withKey) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Câu 1. Word " + tag + ": căn bậc hai số học của 16 là");
            var options = doc.createParagraph();
            options.createRun().setText("A. 2\t");
            var key = options.createRun();
            key.setText("B.");
            if (withKey) {
                key.setUnderline(UnderlinePatterns.SINGLE);
            }
            options.createRun().setText(" 4\tC. 8\tD. -4");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] json(String tag, String chapter, String level) {
        return utf8("""
                {"subject": "MATH", "grade": 9, "chapters": [{"code": "CHAP", "title": "Chương thử TAG", "items": [
                  {"type": "TRUE_FALSE", "level": "LEVEL", "stem": "JSON TAG: \\\\(\\\\sqrt{4} = 2\\\\)", "points": 0.25,
                   "tags": ["căn bậc hai"], "answer": true}
                ]}]}
                """.replace("TAG", tag).replace("CHAP", chapter).replace("LEVEL", level));
    }

    // ---- imports ---------------------------------------------------------------------------------

    @Test
    void everyFormatImportsAndItsItemsAreSearchable() throws Exception {
        String token = api().login("gv.toan", "demo");
        Map<String, byte[]> files = Map.of("gift", gift(RUN + "gift"), "moodle-xml", moodle(RUN + "moodle"),
                "aiken", aiken(RUN + "aiken"), "qti21", qti(RUN + "qti"), "docx", docx(RUN + "docx", true),
                "khaothi-json", json(RUN + "json", "IT-JSON-" + RUN, "NB"));
        for (var e : files.entrySet()) {
            String format = e.getKey();
            String tag = RUN + format.replace("-xml", "").replace("qti21", "qti").replace("khaothi-", "");
            Api.Reply reply = importFile(token, format, "IT-" + format + "-" + RUN, e.getValue());
            assertEquals(200, reply.status(), format + ": " + reply.body());
            JsonObject json = reply.json();
            int imported = json.getInt("imported");
            assertTrue(imported >= 1, format + ": " + reply.body());
            assertEquals(imported, json.getJsonArray("itemIds").size());
            assertTrue(json.containsKey("warnings"));
            Api.Reply found = api().get("api/v1/bank/items?q=" + enc(tag), token);
            assertEquals(200, found.status(), found.body());
            assertEquals(imported, found.json().getInt("total"), format + " items are found by their text: " + found.body());
            JsonObject first = found.json().getJsonArray("items").getJsonObject(0);
            for (String key : List.of("id", "type", "level", "chapter", "stem", "points", "status")) {
                assertTrue(first.containsKey(key), key + " in " + first);
            }
            assertEquals("DRAFT", first.getString("status"));
        }
    }

    @Test
    void aBadFileInEveryFormatIs422WithLineNumbersAndStoresNothing() throws Exception {
        String token = api().login("gv.toan", "demo");
        Map<String, byte[]> bad = Map.of("gift", BAD_GIFT, "moodle-xml", BAD_MOODLE, "aiken", BAD_AIKEN, "qti21", BAD_QTI,
                "docx", docx(RUN + "baddocx", false), "khaothi-json", json(RUN + "badjson", "IT-BADJSON-" + RUN, "M1"));
        for (var e : bad.entrySet()) {
            long before = total(token, "");
            Api.Reply reply = importFile(token, e.getKey(), "IT-BAD-" + RUN, e.getValue());
            assertEquals(422, reply.status(), e.getKey() + ": " + reply.body());
            JsonObject json = reply.json();
            assertEquals("IMPORT_INVALID", json.getString("error"));
            assertFalse(json.getString("message").isBlank());
            JsonArray details = json.getJsonArray("details");
            assertFalse(details.isEmpty(), reply.body());
            for (JsonObject d : details.getValuesAs(JsonObject.class)) {
                assertTrue(d.getInt("line") > 0, e.getKey() + " problems carry a line number: " + reply.body());
                assertFalse(d.getString("message").isBlank());
            }
            assertEquals(before, total(token, ""), e.getKey() + ": nothing stored");
        }
        Api.Reply tree = api().get("api/v1/bank/curriculum?subject=MATH&grade=9", token);
        assertFalse(tree.body().contains("IT-BAD-" + RUN), "not even the chapter was created");
    }

    @Test
    void importRefusals() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        Api.Reply unknownFormat = importFile(teacher, "xlsx", "X", utf8("x"));
        assertEquals(400, unknownFormat.status(), unknownFormat.body());
        Api.Reply noChapter = api().postBytes("api/v1/bank/imports?format=aiken&subject=MATH&grade=9",
                aiken(RUN + "nochapter"), "text/plain", teacher);
        assertEquals(422, noChapter.status(), noChapter.body());
        Api.Reply tooLarge = importFile(teacher, "gift", "X", new byte[20 * 1024 * 1024 + 10]);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertEquals("FILE_TOO_LARGE", tooLarge.json().getString("error"));
        String student = api().login("hs001", "demo");
        Api.Reply studentSearch = api().get("api/v1/bank/items", student);
        assertEquals(403, studentSearch.status(), "items carry their keys: no student may search");
        Api.Reply anonymous = api().get("api/v1/bank/items", null);
        assertEquals(401, anonymous.status());
    }

    // ---- search ------------------------------------------------------------------------------------

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        String token = api().login("gv.toan", "demo");
        Api.Reply plain = api().get("api/v1/bank/items?subject=MATH&grade=9&size=50&q=" + enc("can bac hai"), token);
        Api.Reply marked = api().get("api/v1/bank/items?subject=MATH&grade=9&size=50&q=" + enc("Căn Bậc Hai"), token);
        assertEquals(200, plain.status(), plain.body());
        long found = plain.json().getJsonNumber("total").longValue();
        assertTrue(found > 0, plain.body());
        assertEquals(found, marked.json().getJsonNumber("total").longValue(), "with or without diacritics, the same items");
        assertTrue(plain.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("stem").toLowerCase(Locale.ROOT).contains("căn bậc hai")), plain.body());
        for (JsonObject item : plain.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            Api.Reply detail = api().get("api/v1/bank/items/" + item.getJsonNumber("id").longValue(), token);
            JsonObject content = detail.json().getJsonObject("content");
            String text = fold(content.getString("name") + " " + content.getString("stem") + " " + content.getJsonArray("tags"));
            assertTrue(text.contains("can bac hai"), "every hit holds the phrase: " + text);
        }
        Api.Reply none = api().get("api/v1/bank/items?q=" + enc("khong co cau nao nhu the nay " + RUN), token);
        assertEquals(0, none.json().getInt("total"));
    }

    @Test
    void filtersAndPaging() throws Exception {
        String token = api().login("gv.toan", "demo");
        Api.Reply page0 = api().get("api/v1/bank/items?subject=MATH&grade=9&chapter=C3&level=NB&size=5&page=0", token);
        Api.Reply page1 = api().get("api/v1/bank/items?subject=MATH&grade=9&chapter=C3&level=NB&size=5&page=1", token);
        assertEquals(200, page0.status(), page0.body());
        long total = page0.json().getJsonNumber("total").longValue();
        assertTrue(total > 5, page0.body());
        Set<Long> ids0 = ids(page0);
        Set<Long> ids1 = ids(page1);
        assertEquals(5, ids0.size());
        assertTrue(ids0.stream().noneMatch(ids1::contains), "pages do not overlap");
        for (JsonObject i : page0.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("C3", i.getString("chapter"));
            assertEquals("NB", i.getString("level"));
        }
        Api.Reply typed = api().get("api/v1/bank/items?subject=MATH&grade=9&type=TRUE_FALSE_CLUSTER&status=PUBLISHED", token);
        typed.json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("TRUE_FALSE_CLUSTER", i.getString("type")));
        Api.Reply badSize = api().get("api/v1/bank/items?size=100000", token);
        assertEquals(400, badSize.status());
    }

    private static Set<Long> ids(Api.Reply r) {
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    // ---- approval ---------------------------------------------------------------------------------

    private long importOne(String token, String tag) throws Exception {
        Api.Reply reply = importFile(token, "aiken", "IT-FLOW-" + RUN, aiken(tag));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("itemIds").getJsonNumber(0).longValue();
    }

    private Api.Reply step(long id, String to, String token) throws Exception {
        return api().post("api/v1/bank/items/" + id + "/transition", "{\"to\":\"" + to + "\",\"note\":\"ghi chú " + to + "\"}",
                token);
    }

    @Test
    void approvalWorkflowWithRefusalsAndHistory() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        String head = api().login("totruong.toan", "demo");
        String principal = api().login("hieutruong", "demo");
        long id = importOne(teacher, RUN + "flow");

        Api.Reply skip = step(id, "PUBLISHED", principal);
        assertEquals(409, skip.status(), "DRAFT → PUBLISHED is no step: " + skip.body());
        assertEquals("TRANSITION_NOT_ALLOWED", skip.json().getString("error"));

        Api.Reply submitted = step(id, "SUBMITTED", teacher);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));

        Api.Reply teacherApproves = step(id, "GROUP_APPROVED", teacher);
        assertEquals(403, teacherApproves.status(), "only the department head approves for the group: " + teacherApproves.body());
        // the teacher is also the author: four eyes refuses first (issue 11, finding 11)
        assertEquals("OWN_WORK", teacherApproves.json().getString("error"));

        assertEquals(200, step(id, "GROUP_APPROVED", head).status());

        Api.Reply teacherPublishes = step(id, "PUBLISHED", teacher);
        assertEquals(403, teacherPublishes.status(), teacherPublishes.body());
        Api.Reply headPublishes = step(id, "PUBLISHED", head);
        assertEquals(403, headPublishes.status(), headPublishes.body());

        Api.Reply published = step(id, "PUBLISHED", principal);
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));

        Api.Reply again = step(id, "SUBMITTED", principal);
        assertEquals(409, again.status(), again.body());
        Api.Reply bad = api().post("api/v1/bank/items/" + id + "/transition", "{\"to\":\"APPROVED\"}", principal);
        assertEquals(400, bad.status(), bad.body());

        Api.Reply history = api().get("api/v1/bank/items/" + id + "/history", teacher);
        assertEquals(200, history.status(), history.body());
        List<JsonObject> steps = history.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("DRAFT", "SUBMITTED", "GROUP_APPROVED", "PUBLISHED"),
                steps.stream().map(s -> s.getString("to")).toList(), history.body());
        assertEquals(List.of("gv.toan", "gv.toan", "totruong.toan", "hieutruong"),
                steps.stream().map(s -> s.getString("actor")).toList());
        assertEquals("ghi chú PUBLISHED", steps.get(3).getString("note"));
        assertFalse(steps.get(3).getString("at").isBlank());
        assertEquals("PUBLISHED", api().get("api/v1/bank/items/" + id, teacher).json().getString("status"));

        Api.Reply retired = step(id, "RETIRED", head);
        assertEquals(200, retired.status(), retired.body());
        assertEquals(200, step(id, "DRAFT", head).status(), "back to draft to revise");
        assertEquals(404, step(999_999_999L, "SUBMITTED", teacher).status());
    }

    // ---- versions ---------------------------------------------------------------------------------

    @Test
    void editingMakesANewVersionAndKeepsTheOld() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        long id = importOne(teacher, RUN + "edit");
        JsonObject v1 = api().get("api/v1/bank/items/" + id, teacher).json();
        assertEquals(1, v1.getInt("version"));
        String newStem = "Aiken " + RUN + "edit (sửa): số nào là số nguyên tố?";
        String content = v1.getJsonObject("content").toString()
                .replace(v1.getJsonObject("content").getString("stem").replace("\"", "\\\""), newStem);
        String body = "{\"level\":\"TH\",\"note\":\"sửa đề\",\"content\":" + content + "}";
        Api.Reply edited = send("PUT", "api/v1/bank/items/" + id, body, teacher);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(2, edited.json().getInt("version"));
        assertEquals("TH", edited.json().getString("level"));
        assertEquals(newStem, edited.json().getJsonObject("content").getString("stem"));
        Api.Reply versions = api().get("api/v1/bank/items/" + id + "/versions", teacher);
        assertEquals(2, versions.structure().asJsonArray().size(), versions.body());
        Api.Reply old = api().get("api/v1/bank/items/" + id + "?version=1", teacher);
        assertEquals(v1.getJsonObject("content"), old.json().getJsonObject("content"), "version 1 is unchanged");
        assertEquals("NB", old.json().getString("level"));

        assertEquals(200, step(id, "SUBMITTED", teacher).status());
        Api.Reply underReview = send("PUT", "api/v1/bank/items/" + id, body, teacher);
        assertEquals(409, underReview.status(), "an item under review is not edited: " + underReview.body());
    }

    private java.net.http.HttpResponse<byte[]> download(String path, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(root())
                .resolve(path)).header("Authorization", "Bearer " + token).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private Api.Reply send(String method, String path, String json, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(root())
                        .resolve(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.body(), response);
    }

    // ---- export ------------------------------------------------------------------------------------

    @Test
    void exportRoundTripsInEveryWritableFormat() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        Api.Reply imported = importFile(teacher, "gift", "IT-EXPORT-" + RUN, gift(RUN + "export"));
        assertEquals(200, imported.status(), imported.body());
        List<Long> ids = imported.json().getJsonArray("itemIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        for (String format : List.of("moodle-xml", "qti21", "gift")) {
            for (long id : ids) {
                JsonObject original = api().get("api/v1/bank/items/" + id, teacher).json().getJsonObject("content");
                var file = download("api/v1/bank/items/" + id + "/export?format=" + format, teacher);
                assertEquals(200, file.statusCode(), format + ": " + new String(file.body(), StandardCharsets.UTF_8));
                assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
                Api.Reply back = importFile(teacher, format, "IT-BACK-" + RUN, file.body());
                assertEquals(200, back.status(), format + ": " + back.body());
                long copy = back.json().getJsonArray("itemIds").getJsonNumber(0).longValue();
                JsonObject again = api().get("api/v1/bank/items/" + copy, teacher).json().getJsonObject("content");
                assertEquals(original.getString("type"), again.getString("type"), format);
                assertEquals(original.getString("stem"), again.getString("stem"), format);
                assertEquals(body(original), body(again), format + " keeps the options and the key");
            }
        }
        Api.Reply aiken = api().get("api/v1/bank/items/" + ids.get(0) + "/export?format=aiken", teacher);
        assertEquals(400, aiken.status());
    }

    /** The type-specific part of stored content (everything but provenance and names). */
    private static Map<String, Object> body(JsonObject content) {
        Map<String, Object> m = new java.util.TreeMap<>(content);
        m.keySet().removeAll(List.of("name", "idnumber", "source", "author", "tags", "generalFeedback", "points"));
        return m;
    }

    // ---- demo bank -----------------------------------------------------------------------------------

    @Test
    void demoBankIsPublishedOverSixChaptersAndFourLevels() throws Exception {
        String token = api().login("totruong.toan", "demo");
        long published = total(token, "&subject=MATH&grade=9&status=PUBLISHED");
        assertTrue(published >= 200, "demo bank holds " + published);
        for (String level : List.of("NB", "TH", "VD", "VDC")) {
            assertTrue(total(token, "&subject=MATH&grade=9&status=PUBLISHED&level=" + level) > 0, level);
        }
        Api.Reply tree = api().get("api/v1/bank/curriculum?subject=MATH&grade=9", token);
        assertEquals(200, tree.status(), tree.body());
        List<JsonObject> chapters = tree.json().getJsonArray("chapters").getValuesAs(JsonObject.class);
        long withItems = chapters.stream().filter(c -> c.getJsonNumber("items").longValue() > 0).count();
        assertTrue(withItems >= 6, tree.body());
        assertEquals("C1", chapters.get(0).getString("code"), "chapters in curriculum order");
        Set<String> types = new java.util.HashSet<>();
        for (String type : List.of("SINGLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC")) {
            if (total(token, "&subject=MATH&grade=9&status=PUBLISHED&type=" + type) > 0) {
                types.add(type);
            }
        }
        assertTrue(types.size() >= 3, "several types: " + types);
    }

    @Test
    void aCategoryNamingAChapterByItsTitleFilesIntoThatChapter() throws Exception {
        String token = api().login("gv.toan", "demo");
        List<JsonObject> before = api().get("api/v1/bank/curriculum?subject=MATH&grade=9", token).json()
                .getJsonArray("chapters").getValuesAs(JsonObject.class);
        JsonObject c1 = before.stream().filter(c -> c.getString("code").equals("C1")).findFirst().orElseThrow();
        String title = c1.getString("title");
        String tag = RUN + "bytitle";
        byte[] file = utf8("$CATEGORY: $course$/top/" + title.toUpperCase(java.util.Locale.ROOT) + "\n\n"
                + "::T1:: Câu " + tag + " một {=đúng ~sai}\n\n"
                + "$CATEGORY: $course$/top/C1. " + title + "\n\n"
                + "::T2:: Câu " + tag + " hai {=đúng ~sai}\n");
        Api.Reply reply = importFile(token, "gift", "C1", file);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(2, reply.json().getInt("imported"), reply.body());
        List<JsonObject> after = api().get("api/v1/bank/curriculum?subject=MATH&grade=9", token).json()
                .getJsonArray("chapters").getValuesAs(JsonObject.class);
        assertEquals(before.size(), after.size(), "no second chapter named " + title + ": " + after);
        Api.Reply found = api().get("api/v1/bank/items?q=" + enc(tag), token);
        assertEquals(2, found.json().getInt("total"), found.body());
        for (JsonObject item : found.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("C1", item.getString("chapter"), "filed into C1: " + item);
        }
    }

    // ---- item types ----------------------------------------------------------------------------------

    /** GET /bank/item-types: every type code, in order, with both labels (the pages read their lists from it). */
    @Test
    void itemTypesListEveryTypeWithItsLabelsForStaffOnly() throws Exception {
        String teacher = api().login("gv.toan", "demo");
        Api.Reply reply = api().get("api/v1/bank/item-types", teacher);
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> types = reply.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(java.util.Arrays.stream(vn.khaothi.itembank.domain.item.ItemTypeCode.values()).map(Enum::name).toList(),
                types.stream().map(t -> t.getString("code")).toList(), "every type, in the pages' order: " + reply.body());
        for (JsonObject type : types) {
            assertFalse(type.getString("labelVi", "").isBlank(), type.toString());
            assertFalse(type.getString("labelEn", "").isBlank(), type.toString());
            assertFalse(type.getJsonArray("bodyFields").isEmpty(), type.toString());
        }
        JsonObject essay = types.stream().filter(t -> t.getString("code").equals("ESSAY")).findFirst().orElseThrow();
        assertEquals("Tự luận", essay.getString("labelVi"));
        assertFalse(essay.getBoolean("autoScored"), "a teacher grades essays");
        JsonObject single = types.get(0);
        assertEquals("Single choice", single.getString("labelEn"));
        assertEquals(0, new java.math.BigDecimal("0.25").compareTo(single.getJsonNumber("suggestedPoints").bigDecimalValue()));

        String student = api().login("hs001", "demo");
        assertEquals(403, api().get("api/v1/bank/item-types", student).status());
    }

    // ---- the page ------------------------------------------------------------------------------------

    @Test
    void teacherSearchesWithoutDiacriticsOnTheBankPage() throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            browser.get(base.toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
            browser.findElement(By.id("username")).sendKeys("gv.toan");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            browser.get(root() + "bank.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chapters [data-chapter]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items .item-stem")));
            // The type filter lists the server's types (GET bank/item-types) by their Vietnamese names.
            int typeCount = vn.khaothi.itembank.domain.item.ItemTypeCode.values().length;
            wait.withMessage(() -> "the type filter: " + browser.findElement(By.id("type")).getText())
                    .until(d -> d.findElements(By.cssSelector("#type option")).size() == 1 + typeCount);
            assertTrue(browser.findElements(By.cssSelector("#type option")).stream()
                    .anyMatch(o -> "ESSAY".equals(o.getAttribute("value")) && o.getText().equals("Tự luận")));
            browser.findElement(By.id("q")).sendKeys("can bac hai");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textMatches(By.id("result-count"), java.util.regex.Pattern.compile("\\d+")));
            // The list is drawn again when the answer comes: an element read from the earlier drawing is stale, try again.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).withMessage(() -> "a Căn bậc hai item is listed; the page shows: "
                    + browser.findElement(By.id("items")).getText()).until(d -> d.findElements(By.cssSelector(
                            "#items .item-stem")).stream().anyMatch(e -> Normalizer.normalize(e.getText(), Normalizer.Form.NFC)
                            .toLowerCase(Locale.ROOT).contains("căn bậc hai")));
            List<String> stems = new ArrayList<>();
            browser.findElements(By.cssSelector("#items .item-stem")).forEach(e -> stems.add(e.getText()));
            assertFalse(stems.isEmpty());
            assertNotEquals("0", browser.findElement(By.id("result-count")).getText().replaceAll("\\D", ""));
        } finally {
            browser.quit();
        }
    }
}
