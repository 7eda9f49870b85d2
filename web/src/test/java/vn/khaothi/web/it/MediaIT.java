package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pictures of items (issue 18): uploaded and checked by content, moved out of item HTML into
 * bank_media when an item is saved, put back into exported files, and served to staff — and to a
 * student only while their attempt holding an item that shows the picture is in progress.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** A 2×1 PNG made for this test run (its hash is new in a kept database). */
    private static final byte[] PNG = png();

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

    private static byte[] png() {
        byte[] one = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        // Bytes after IEND are ignored by readers: a unique tail gives a picture no earlier run stored.
        byte[] tail = Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[one.length + tail.length];
        System.arraycopy(one, 0, out, 0, one.length);
        System.arraycopy(tail, 0, out, one.length, tail.length);
        return out;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private HttpResponse<byte[]> fetch(String hash, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(root() + "api/v1/bank/media/" + hash))
                .timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPictureIsCheckedByContentStoredOnceAndServedToStaff() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        Api.Reply stored = api.postBytes("api/v1/bank/media", PNG, "application/octet-stream", teacher);
        assertEquals(201, stored.status(), stored.body());
        String hash = sha256(PNG);
        assertEquals("/api/v1/bank/media/" + hash, stored.json().getString("url"));
        assertEquals("image/png", stored.json().getString("mediaType"), "judged by the bytes, not the declared type");

        HttpResponse<byte[]> got = fetch(hash, api.login("totruong.toan", "demo"));
        assertEquals(200, got.statusCode());
        assertArrayEquals(PNG, got.body());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(401, fetch(hash, null).statusCode());
        assertEquals(404, fetch("0".repeat(64), teacher).statusCode());

        Api.Reply svg = api.postBytes("api/v1/bank/media", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "image/png", teacher);
        assertEquals(400, svg.status(), svg.body());
        assertTrue(svg.body().contains("SVG"), svg.body());
        Api.Reply big = api.postBytes("api/v1/bank/media", new byte[2 * 1024 * 1024 + 1], "image/png", teacher);
        assertEquals(413, big.status(), big.body());
    }

    @Test
    void anItemsPictureMovesToTheMediaTableAndGoesOutInItsFiles() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        byte[] picture = png();
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(picture);
        String body = "{\"subject\":\"MATH\",\"grade\":9,\"chapter\":\"C1\",\"level\":\"NB\",\"content\":"
                + "{\"type\":\"TRUE_FALSE\",\"name\":\"Hình IT\",\"stem\":\"<p>Hình: <img src=\\\"" + dataUri + "\\\" alt=\\\"h\\\"></p>\","
                + "\"generalFeedback\":\"\",\"points\":1,\"tags\":[],\"source\":\"\",\"author\":\"\",\"idnumber\":\"\",\"answer\":true,"
                + "\"feedbackTrue\":\"\",\"feedbackFalse\":\"\"}}";
        Api.Reply created = api.post("api/v1/bank/items", body, teacher);
        assertTrue(created.status() == 200 || created.status() == 201, created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String stem = api.get("api/v1/bank/items/" + id, teacher).json().getJsonObject("content").getString("stem");
        String hash = sha256(picture);
        assertTrue(stem.contains("src=\"/api/v1/bank/media/" + hash + "\"") && !stem.contains("data:"), stem);
        assertEquals(200, fetch(hash, teacher).statusCode());

        HttpRequest export = HttpRequest.newBuilder(URI.create(root()
                + "api/v1/bank/items/" + id + "/export?format=moodle-xml")).header("Authorization", "Bearer " + teacher).GET().build();
        String xml = HTTP.send(export, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(xml.contains("@@PLUGINFILE@@/") && xml.contains(Base64.getEncoder().encodeToString(picture)),
                "the file carries the picture itself: " + xml);

        // GIFT cannot carry files: the download says how many things it lost, the warnings say which, with codes
        HttpRequest gift = HttpRequest.newBuilder(URI.create(root()
                + "api/v1/bank/items/" + id + "/export?format=gift")).header("Authorization", "Bearer " + teacher).GET().build();
        HttpResponse<String> giftFile = HTTP.send(gift, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, giftFile.statusCode(), giftFile.body());
        Api.Reply warnings = api.get("api/v1/bank/export/warnings?ids=" + id + "&format=gift", teacher);
        assertEquals(200, warnings.status(), warnings.body());
        assertEquals(giftFile.headers().firstValue("X-Export-Warnings").orElse(""),
                String.valueOf(warnings.json().getInt("count")), warnings.body());
        var pictures = warnings.json().getJsonArray("warnings").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(w -> w.getString("code").equals("EXPORT_GIFT_PICTURES")).findFirst().orElseThrow(() -> new AssertionError(warnings.body()));
        assertEquals(String.valueOf(id), pictures.getJsonObject("params").getString("item"), warnings.body());
        assertEquals("1", pictures.getJsonObject("params").getString("n"), warnings.body());
        assertTrue(warnings.json().getJsonArray("warnings").getValuesAs(jakarta.json.JsonObject.class).stream()
                .allMatch(w -> w.getString("code").startsWith("EXPORT_")), warnings.body());
        assertEquals(400, api.get("api/v1/bank/export/warnings?ids=x&format=gift", teacher).status());
        assertEquals(403, api.get("api/v1/bank/export/warnings?ids=" + id + "&format=gift", api.login("hs001", "demo")).status());

        // on the item's page: the download is followed by what GIFT could not carry, in Vietnamese
        org.openqa.selenium.WebDriver browser = Browsers.chromium();
        try {
            var wait = Browsers.await(browser, Duration.ofSeconds(30));
            Browsers.signIn(browser, wait, root(), "gv.toan");
            browser.get(root() + "bank.html#item=" + id);
            org.openqa.selenium.By giftButton = org.openqa.selenium.By.cssSelector("#detail [data-export='gift']");
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(giftButton));
            browser.findElement(giftButton).click();
            org.openqa.selenium.By said = org.openqa.selenium.By.cssSelector("#export-warnings li");
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textMatches(said, java.util.regex.Pattern.compile(".+")));
            String text = browser.findElement(org.openqa.selenium.By.id("export-warnings")).getText();
            assertTrue(text.contains("GIFT không mang được tệp") && text.contains("#" + id), text);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aStudentSeesAPictureOnlyWhileTheirAttemptHoldingItIsOpen() throws Exception {
        Api api = api();
        String teacher = api.login("gv.toan", "demo");
        byte[] picture = png();
        assertEquals(201, api.postBytes("api/v1/bank/media", picture, "image/png", teacher).status());
        String hash = sha256(picture);
        String student = "hs071";
        String token = api.login(student, "demo");
        assertEquals(403, fetch(hash, token).statusCode(), "no attempt yet");

        long sitting = Sittings.create(api, Sittings.approvedPaper(api), "IN_PERSON", List.of(student), 45, null);
        assertEquals(403, fetch(hash, token).statusCode(), "a sitting, but the attempt is not started");
        JsonObject started = Sittings.start(api, sitting, token);
        long attemptId = started.getJsonNumber("attemptId").longValue();
        // The paper was assembled from the demo bank: one of its pinned item versions shows the picture.
        try (Connection db = ItDatabase.connect();
             PreparedStatement q = db.prepareStatement("SELECT pvi.item_version_id FROM attempt a JOIN paper_version_item pvi "
                     + "ON pvi.paper_version_id = a.paper_version_id WHERE a.id = ? ORDER BY pvi.position LIMIT 1")) {
            q.setLong(1, attemptId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                try (PreparedStatement link = db.prepareStatement("INSERT INTO bank_item_version_media (version_id, hash) VALUES (?, ?)")) {
                    link.setLong(1, rs.getLong(1));
                    link.setString(2, hash);
                    link.executeUpdate();
                }
            }
        }
        assertEquals(403, fetch(hash, api.login("hs072", "demo")).statusCode(), "another student's attempt does not count");
        HttpResponse<byte[]> during = fetch(hash, token);
        assertEquals(200, during.statusCode());
        assertArrayEquals(picture, during.body());

        Socket socket = Socket.hello(base, "ws/attempts/" + attemptId, token);
        socket.next("state", WAIT);
        socket.send("{\"type\":\"submit\"}");
        socket.next("submitted", WAIT);
        socket.close();
        assertEquals(403, fetch(hash, token).statusCode(), "after the submit");
    }
}
