package vn.khaothi.bench.live;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The load tools' side of the server: the set-up (a paper, students over JDBC, sittings), tokens
 * signed with the server's key, and REST calls; shared by {@link AttemptLoad} and the cluster check.
 */
final class LoadApi {

    final String base;
    private final byte[] key;
    private final String jdbcUrl;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .executor(Executors.newFixedThreadPool(4)).build();
    final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

    LoadApi(String base, byte[] key, String jdbcUrl) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.key = key;
        this.jdbcUrl = jdbcUrl;
    }

    // ---- set-up -------------------------------------------------------------------------------------

    /** A REGULAR paper of 40 single-choice items (no remote authorisation needed online), approved. */
    long approvedPaper() throws Exception {
        StringBuilder cells = new StringBuilder();
        for (int c = 1; c <= 5; c++) {
            for (String level : List.of("NB", "TH")) {
                cells.append(cells.length() == 0 ? "" : ",").append("{\"chapter\":\"C").append(c).append("\",\"level\":\"")
                        .append(level).append("\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":0.25}");
            }
        }
        String head = token("totruong.toan", "DEPARTMENT_HEAD");
        // Made by a teacher: four eyes, the head never approves a paper she made herself.
        JsonObject paper = json(post("api/v1/papers", "{\"title\":\"Tải thử\",\"subject\":\"MATH\",\"grade\":9,\"kind\":\"REGULAR\","
                + "\"versions\":4,\"seed\":1,\"blueprint\":{\"durationMinutes\":45,\"cells\":[" + cells + "]}}",
                token("gv.toan", "TEACHER"), 201));
        long id = paper.getJsonNumber("id").longValue();
        post("api/v1/papers/" + id + "/approval", "{\"approve\":true}", head, 200);
        post("api/v1/papers/" + id + "/approval", "{\"approve\":true}", token("hieutruong", "PRINCIPAL"), 200);
        return id;
    }

    /** N fresh students (accounts with the demo password hash, so they could also sign in). */
    List<String> students(int n) throws Exception {
        String prefix = "lt" + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "_";
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            String hash;
            try (var rs = c.createStatement().executeQuery("SELECT password_hash FROM account WHERE username = 'hs001'")) {
                rs.next();
                hash = rs.getString(1);
            }
            try (PreparedStatement account = c.prepareStatement("INSERT INTO account (username, password_hash, display_name)"
                    + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'STUDENT')");
                 PreparedStatement student = c.prepareStatement("INSERT INTO student (account_id, code, full_name) VALUES (?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String name = prefix + i;
                    account.setString(1, name);
                    account.setString(2, hash);
                    account.setString(3, "Học sinh " + i);
                    account.executeUpdate();
                    long id;
                    try (var keys = account.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    role.setLong(1, id);
                    role.executeUpdate();
                    student.setLong(1, id);
                    student.setString(2, name);
                    student.setString(3, "Học sinh " + i);
                    student.executeUpdate();
                    names.add(name);
                }
            }
            c.commit();
        }
        return names;
    }

    long sitting(long paper, List<String> students) throws Exception {
        var who = Json.createArrayBuilder();
        students.forEach(who::add);
        Instant now = Instant.now();
        String staggerSetting = System.getenv("STAGGER_SECONDS");
        int stagger = staggerSetting == null || staggerSetting.isBlank() ? 0 : Integer.parseInt(staggerSetting.trim());
        // issue 19: with a stagger the sitting opens now, so that the admission window is felt
        var body = Json.createObjectBuilder().add("paperId", paper).add("title", "Tải thử " + students.size())
                .add("students", who).add("opensAt", now.minusSeconds(stagger > 0 ? 0 : 60).toString())
                .add("closesAt", now.plus(Duration.ofHours(2)).toString()).add("durationMinutes", 90)
                .add("mode", "ONLINE").add("proctors", Json.createArrayBuilder().add("gv.toan"));
        if (stagger > 0) {
            body.add("staggerSeconds", stagger);
        }
        return json(post("api/v1/sittings", body.build().toString(), token("gv.toan", "TEACHER"), 201))
                .getJsonNumber("id").longValue();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    String token(String username, String role) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("khaothi").subject(username).claim("name", username)
                    .claim("groups", List.of(role)).claim("ep", 0).issueTime(new Date())  // ep: the account's token epoch
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2)))).jwtID(username + System.nanoTime())
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    String post(String path, String body, String token, int expected) throws Exception {
        HttpResponse<String> r = http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    String get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
