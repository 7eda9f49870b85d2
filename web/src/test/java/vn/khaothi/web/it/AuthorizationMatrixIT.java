package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix (issue 11, "make it systematic"): every operation of the OpenAPI
 * document at {@code /openapi}, called as every role, gives the outcome declared for it in
 * {@code authz-expectations.txt} (test resources, one line per operation; its header says how to
 * write one). An operation without a line fails the test, naming it and the line that would
 * describe what it does now — to be checked, not pasted blindly.
 *
 * <p>Outcome classes: {@code 401}, {@code 403}, {@code 404}, or {@code ok} = anything but 401/403
 * (a 400 for the dummy body, a 404 for a dummy id, a 409… the guard let the caller in). Paths
 * naming an attempt, a remote request or a sitting get a real one of STUDENT, so that
 * OTHER_STUDENT's call shows the scope rule (403), not a 404; every other id is a dummy. Bodies are dummies ({@code {}}).
 * The demo school has no teacher of another subject, so that role is not in the matrix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /** The roles of the matrix, in column order, with the demo account playing each. */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("ANON", null);
        ROLES.put("STUDENT", "hs005");
        ROLES.put("OTHER_STUDENT", "hs045");
        ROLES.put("TEACHER", "gv.toan");
        ROLES.put("DEPARTMENT_HEAD", "totruong.toan");
        ROLES.put("DEPUTY_PRINCIPAL", "phohieutruong");
        ROLES.put("PRINCIPAL", "hieutruong");
        ROLES.put("ADMIN", "admin");
    }

    private static final String DUMMY = "987654321";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** One line of the table: the expected class per role, and whether each call needs a token of its own. */
    record Expectation(String method, String path, Map<String, String> outcomes, boolean fresh, int line) {
    }

    static Map<String, Expectation> expectations() throws Exception {
        Map<String, Expectation> table = new TreeMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authz-expectations.txt")) {
            if (in == null) {
                throw new AssertionError("authz-expectations.txt is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                String line = text.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length < 3) {
                    throw new AssertionError("authz-expectations.txt:" + number + ": METHOD PATH ROLE=OUTCOME… expected: " + line);
                }
                Map<String, String> outcomes = new LinkedHashMap<>();
                boolean fresh = false;
                String fallback = null;
                for (int i = 2; i < parts.length; i++) {
                    if (parts[i].equals("fresh")) {
                        fresh = true;
                        continue;
                    }
                    String[] kv = parts[i].split("=", 2);
                    if (kv.length != 2 || !List.of("ok", "401", "403", "404").contains(kv[1])
                            || !(kv[0].equals("*") || ROLES.containsKey(kv[0]))) {
                        throw new AssertionError("authz-expectations.txt:" + number + ": '" + parts[i]
                                + "' is not ROLE=ok|401|403|404 with ROLE one of * " + ROLES.keySet());
                    }
                    if (kv[0].equals("*")) {
                        fallback = kv[1];
                    } else {
                        outcomes.put(kv[0], kv[1]);
                    }
                }
                for (String role : ROLES.keySet()) {
                    if (!outcomes.containsKey(role)) {
                        if (fallback == null) {
                            throw new AssertionError("authz-expectations.txt:" + number + ": no outcome for " + role
                                    + " (name it or give *=…)");
                        }
                        outcomes.put(role, fallback);
                    }
                }
                String key = parts[0].toUpperCase() + " " + parts[1];
                if (table.put(key, new Expectation(parts[0].toUpperCase(), parts[1], outcomes, fresh, number)) != null) {
                    throw new AssertionError("authz-expectations.txt:" + number + ": " + key + " is listed twice");
                }
            }
        }
        return table;
    }

    @Test
    void everyOperationAnswersEveryRoleAsDeclared() throws Exception {
        Map<String, Expectation> table = expectations();
        Api api = new Api(base);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            tokens.put(role.getKey(), role.getValue() == null ? null : api.login(role.getValue(), "demo"));
        }
        Map<String, String> fixtures = fixtures(api);

        JsonObject paths = openApi().getJsonObject("paths");
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Boolean> seen = new TreeMap<>();
        int calls = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String key = method + " " + path.getKey();
                seen.put(key, true);
                Expectation expected = table.get(key);
                Map<String, String> actual = new LinkedHashMap<>();
                for (String role : ROLES.keySet()) {
                    String token = tokens.get(role);
                    if (expected != null && expected.fresh() && token != null) {
                        token = api.login(ROLES.get(role), "demo");
                    }
                    int status = call(method, path.getKey(), op.getValue().asJsonObject(), token, fixtures);
                    calls++;
                    actual.put(role, classOf(status));
                    if (expected != null && !matches(expected.outcomes().get(role), status)) {
                        problems.add(key + " as " + role + ": expected " + expected.outcomes().get(role) + ", got " + status
                                + " (authz-expectations.txt:" + expected.line() + ")");
                    }
                }
                if (expected == null) {
                    StringBuilder line = new StringBuilder(key);
                    actual.forEach((role, outcome) -> line.append(' ').append(role).append('=').append(outcome));
                    missing.add(line.toString());
                }
            }
        }
        for (String key : table.keySet()) {
            if (!seen.containsKey(key)) {
                problems.add(key + " is in authz-expectations.txt:" + table.get(key).line() + " but not in /openapi");
            }
        }
        assertTrue(calls > 100, "the matrix made only " + calls + " calls: is /openapi complete?");
        if (!missing.isEmpty()) {
            problems.add("Operations in /openapi without a line in authz-expectations.txt — decide who may call each; "
                    + "what they answer now is:\n    " + String.join("\n    ", missing));
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " authorisation problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void theTableRefusesALineWithoutEveryRole() throws Exception {
        // the parser itself must be able to fail: the shipped table parses, and covers the guard's basics
        Map<String, Expectation> table = expectations();
        Expectation me = table.get("GET /api/v1/auth/me");
        assertEquals("401", me.outcomes().get("ANON"), "GET /auth/me must say ANON=401");
        assertEquals("403", table.get("GET /api/v1/admin/system").outcomes().get("TEACHER"));
    }

    static boolean matches(String expected, int status) {
        return switch (expected) {
            case "ok" -> status != 401 && status != 403;
            default -> Integer.toString(status).equals(expected);
        };
    }

    static String classOf(int status) {
        return status == 401 || status == 403 ? Integer.toString(status) : "ok";
    }

    /** Real ids for the paths whose scope rule needs one: STUDENT's attempt and remote request. */
    private Map<String, String> fixtures(Api api) throws Exception {
        long paper = Sittings.approvedPaper(api);
        long inPerson = Sittings.create(api, paper, "IN_PERSON", List.of("hs005"), 45, null);
        String student = api.login("hs005", "demo");
        long attempt = Sittings.start(api, inPerson, student).getJsonNumber("attemptId").longValue();
        long online = Sittings.create(api, paper, "ONLINE", List.of("hs005"), 45, null);
        Api.Reply filed = api.post("api/v1/remote-requests", "{\"sittingId\":\"" + online
                + "\",\"reason\":\"ILLNESS\",\"explanation\":\"Sốt\",\"evidence\":[]}", student);
        assertEquals(201, filed.status(), filed.body());
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/attempts/{id}", Long.toString(attempt));
        ids.put("/api/v1/remote-requests/{id}", filed.json().getString("id"));
        ids.put("/api/v1/sittings/{id}", Long.toString(inPerson));
        return ids;
    }

    private static String resolve(String path, Map<String, String> fixtures) {
        String resolved = path;
        for (Map.Entry<String, String> f : fixtures.entrySet()) {
            if (path.startsWith(f.getKey())) {
                resolved = f.getKey().replace("{id}", f.getValue()) + path.substring(f.getKey().length());
                break;
            }
        }
        return resolved.replaceAll("\\{[^}]+}", DUMMY);
    }

    private int call(String method, String path, JsonObject operation, String token, Map<String, String> fixtures)
            throws Exception {
        String base = this.base.toString().endsWith("/") ? this.base.toString() : this.base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + resolve(path, fixtures).substring(1)))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (operation.containsKey("requestBody")) {
            JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
            String type = content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
            if (type.contains("*")) {
                type = "application/octet-stream";
            }
            request.header("Content-Type", type);
            body = HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : "x");
        }
        HttpResponse<Void> response = HTTP.send(request.method(method, body).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private JsonObject openApi() throws Exception {
        String base = this.base.toString().endsWith("/") ? this.base.toString() : this.base + "/";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
