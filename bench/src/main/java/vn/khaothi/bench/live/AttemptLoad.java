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
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The attempt load benchmark (issue 6, docs/benchmarks.md "Online attempts under load"): N simulated
 * students on the attempt socket, each answering every 20–30 s, against a running server.
 *
 * <p>For each N of the ramp it creates N fresh students spread over sittings of at most {@code SITTING_SIZE}
 * (default 500, as a district spreads its classes and schools; one sitting holds at most 2,000), starts all N attempts at
 * once over REST (the synchronized start), opens N sockets with the JDK's non-blocking
 * {@code java.net.http.WebSocket}, lets them answer for the stage's minutes, then checks every
 * acknowledged answer against {@code GET /attempts/{id}} (a lost answer is an acked one the server
 * does not hold). The baseline in the same run: a protocol round trip that touches no database
 * (an unknown message type, answered at once with an error) from the same sockets at the same time.
 * Server CPU and RSS come from /proc of the server's pid (and the database's, when given).
 *
 * <p>Students are inserted over JDBC and their tokens signed with the server's key
 * ({@code KHAOTHI_JWT_SECRET}): sign-in (PBKDF2, by design slow) is not what is measured.
 */
public final class AttemptLoad {

    private final String base;
    private final byte[] key;
    private final String jdbcUrl;
    private final long serverPid;
    private final long databasePid;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .executor(Executors.newFixedThreadPool(4)).build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

    AttemptLoad(String base, byte[] key, String jdbcUrl, long serverPid, long databasePid) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.key = key;
        this.jdbcUrl = jdbcUrl;
        this.serverPid = serverPid;
        this.databasePid = databasePid;
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the HTTP client's threads would keep the JVM (and the script) waiting
        }
    }

    private static void run() throws Exception {
        String base = env("KHAOTHI_URL", "http://127.0.0.1:18080/");
        byte[] key = Base64.getDecoder().decode(env("KHAOTHI_JWT_SECRET", null));
        String jdbc = env("KHAOTHI_DB_URL", null) + "?user=" + env("KHAOTHI_DB_USER", "root") + "&password="
                + env("KHAOTHI_DB_PASSWORD", "");
        long server = Long.parseLong(env("SERVER_PID", "0"));
        long database = Long.parseLong(env("DB_PID", "0").isBlank() ? "0" : env("DB_PID", "0"));
        int minutes = Integer.parseInt(env("STAGE_MINUTES", "2"));
        List<Integer> ramp = new ArrayList<>();
        for (String n : env("RAMP", "2000,4000,6000,8000,10000").split(",")) {
            ramp.add(Integer.parseInt(n.strip()));
        }
        AttemptLoad load = new AttemptLoad(base, key, jdbc, server, database);
        load.sittingSize = Integer.parseInt(env("SITTING_SIZE", "500"));
        long paper = load.approvedPaper();
        System.out.printf(Locale.ROOT, "%nAttempt load: %d cores, stages of %d min, answers every 20-30 s per student%n",
                Runtime.getRuntime().availableProcessors(), minutes);
        System.out.println("students | start all (s) | start p95 (ms) | acks | ack p50/p95/p99 (ms) | baseline p50/p99 (ms)"
                + " | p99 ratio | lost | unacked | server CPU % | server RSS MB | db CPU %");
        Integer largestUnderOneSecond = null;
        for (int n : ramp) {
            Stage result = load.stage(paper, n, minutes);
            System.out.println(result.line());
            if (result.ackP99() < 1000 && result.lost() == 0) {
                largestUnderOneSecond = n;
            } else {
                break;
            }
        }
        System.out.println("largest N with p99 < 1 s and nothing lost: "
                + (largestUnderOneSecond == null ? "none" : largestUnderOneSecond));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required (see bench/attempt-load.sh)");
            }
            return fallback;
        }
        return value;
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
        int stagger = Integer.parseInt(env("STAGGER_SECONDS", "0")); // issue 19: opens now, so the window is felt
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

    // ---- one stage ----------------------------------------------------------------------------------

    record Stage(int students, double startSeconds, long startP95, int acks, long ackP50, long ackP95, long ackP99,
                 long baseP50, long baseP99, long lost, long unacked, double serverCpu, long serverRss, double dbCpu,
                 int startErrors) {
        String line() {
            return String.format(Locale.ROOT, "%8d | %13.1f (%d retried) | %14d | %4d | %d / %d / %d | %d / %d | %.1f× | %d | %d | %.0f | %d | %.0f",
                    students, startSeconds, startErrors, startP95, acks, ackP50, ackP95, ackP99, baseP50, baseP99,
                    baseP99 == 0 ? 0.0 : (double) ackP99 / baseP99, lost, unacked, serverCpu, serverRss, dbCpu);
        }
    }

    Stage stage(long paper, int n, int minutes) throws Exception {
        List<String> names = students(n);
        List<Student> students = new ArrayList<>();
        for (int from = 0; from < names.size(); from += sittingSize) {
            List<String> group = names.subList(from, Math.min(names.size(), from + sittingSize));
            long sitting = sitting(paper, group);
            group.forEach(name -> students.add(new Student(name, token(name, "STUDENT"), sitting)));
        }

        // The synchronized start: every student asks at once (at most 64 requests in flight); a start
        // that fails (a refused or dropped connection) is counted and retried once after the rush.
        Semaphore inFlight = new Semaphore(64);
        List<Long> startMillis = Collections.synchronizedList(new ArrayList<>());
        List<Student> failed = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (Student s : students) {
            inFlight.acquire();
            starts.add(startAsync(s, startMillis).whenComplete((ok, error) -> {
                inFlight.release();
                if (error != null) {
                    failed.add(s);
                }
            }).exceptionally(e -> null));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        startErrors = failed.size();
        for (Student s : List.copyOf(failed)) {
            startAsync(s, startMillis).get(2, TimeUnit.MINUTES);
        }
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "%d started in %.1f s (%d retried)%n", n, startSeconds, startErrors);
        if (minutes == 0) {
            // STAGE_MINUTES=0: the start spike alone (issue 19.2), no sockets
            return new Stage(n, startSeconds, Latencies.percentile(startMillis, 95), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, startErrors);
        }

        // Sockets: connect everyone, then answer every 20-30 s until the stage ends.
        Latencies acks = new Latencies();
        Latencies baseline = new Latencies();
        // Connect everyone (16 handshakes in flight); each socket sends the contract's heartbeat every 15 s.
        Semaphore connecting = new Semaphore(16);
        List<CompletableFuture<Void>> connections = new ArrayList<>();
        for (Student s : students) {
            connecting.acquire();
            connections.add(s.connect(acks, baseline).whenComplete((ok, error) -> connecting.release()));
        }
        CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        Usage usage = new Usage(serverPid, databasePid);
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        for (Student s : students) {
            s.schedule(end);
        }
        Thread.sleep(TimeUnit.MINUTES.toMillis(minutes) + 5_000);
        Usage.Sample used = usage.sample();

        long lost = 0;
        long unacked = 0;
        for (Student s : students) {
            unacked += s.unacked();
            lost += s.lostAgainst(json(get("api/v1/attempts/" + s.attemptId, s.token)));
            s.heartbeat.cancel(false);
            s.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        return new Stage(n, startSeconds, Latencies.percentile(startMillis, 95), acks.count(), acks.p(50), acks.p(95),
                acks.p(99), baseline.p(50), baseline.p(99), lost, unacked, used.serverCpu(), used.serverRssMb(),
                used.databaseCpu(), startErrors);
    }

    private int startErrors;
    private int sittingSize = 500;

    private CompletableFuture<Void> startAsync(Student s, List<Long> startMillis) {
        long[] sent = new long[1]; // the last send's: a staggered start is sent again at its admitAt (issue 19)
        return AdmissionRetry.send(() -> {
                    sent[0] = System.nanoTime();
                    return http.sendAsync(request("api/v1/sittings/" + s.sitting + "/attempts", s.token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                })
                .thenAccept(r -> {
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("start " + s.name + ": " + r.statusCode() + " " + r.body());
                    }
                    startMillis.add((System.nanoTime() - sent[0]) / 1_000_000);
                    s.started(json(r.body()));
                });
    }

    /** One simulated student: its attempt, its socket, what it sent and what was acknowledged. */
    final class Student implements WebSocket.Listener {
        final String name;
        final String token;
        final long sitting;
        long attemptId;
        List<JsonObject> items = List.of();
        WebSocket socket;
        final AtomicLong seq = new AtomicLong();
        final ConcurrentHashMap<Long, long[]> sent = new ConcurrentHashMap<>();     // seq → {itemId, nanoTime}
        final ConcurrentHashMap<Long, Long> ackedByItem = new ConcurrentHashMap<>(); // itemId → highest acked seq
        final ConcurrentLinkedQueue<Long> probes = new ConcurrentLinkedQueue<>();
        private Latencies acks;
        private Latencies baseline;
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<Void> ready;
        /** The JDK socket takes one send at a time: every send waits for the previous one. */
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        private java.util.concurrent.ScheduledFuture<?> heartbeat;

        synchronized void send(String text) {
            sending = sending.handle((x, e) -> null).thenCompose(x -> socket.sendText(text, true));
        }

        Student(String name, String token, long sitting) {
            this.name = name;
            this.token = token;
            this.sitting = sitting;
        }

        void started(JsonObject attempt) {
            attemptId = attempt.getJsonNumber("attemptId").longValue();
            items = attempt.getJsonArray("items").getValuesAs(JsonObject.class);
        }

        CompletableFuture<Void> connect(Latencies ackLatencies, Latencies baselineLatencies) {
            acks = ackLatencies;
            baseline = baselineLatencies;
            ready = new CompletableFuture<>();
            String ws = base.replaceFirst("^http", "ws") + "ws/attempts/" + attemptId;
            return http.newWebSocketBuilder().buildAsync(URI.create(ws), this).thenCompose(s -> {
                socket = s;
                send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
                heartbeat = timer.scheduleAtFixedRate(() -> send("{\"type\":\"heartbeat\"}"), 15, 15, TimeUnit.SECONDS);
                return ready;
            });
        }

        /** Answers at random moments 20-30 s apart, and a baseline probe halfway between two answers. */
        void schedule(long endNanos) {
            long first = ThreadLocalRandom.current().nextLong(0, 25_000);
            timer.schedule(() -> tick(endNanos), first, TimeUnit.MILLISECONDS);
        }

        private void tick(long endNanos) {
            if (System.nanoTime() >= endNanos) {
                return;
            }
            JsonObject item = items.get(ThreadLocalRandom.current().nextInt(items.size()));
            var options = item.getJsonArray("options");
            String choice = options.getJsonObject(ThreadLocalRandom.current().nextInt(options.size())).getString("id");
            long n = seq.incrementAndGet();
            long itemId = Long.parseLong(item.get("itemId").toString().replace("\"", ""));
            sent.put(n, new long[] {itemId, System.nanoTime()});
            send("{\"type\":\"answer\",\"seq\":" + n + ",\"itemId\":\"" + itemId + "\",\"response\":{\"choice\":\""
                    + choice + "\"}}");
            long next = ThreadLocalRandom.current().nextLong(20_000, 30_001);
            timer.schedule(() -> {
                probes.add(System.nanoTime());
                send("{\"type\":\"probe\"}");
            }, next / 2, TimeUnit.MILLISECONDS);
            timer.schedule(() -> tick(endNanos), next, TimeUnit.MILLISECONDS);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletableFuture<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (!last) {
                return null;
            }
            JsonObject m = json(partial.toString());
            partial.setLength(0);
            long now = System.nanoTime();
            switch (m.getString("type")) {
                case "state" -> ready.complete(null);
                case "ack" -> {
                    long n = m.getJsonNumber("seq").longValue();
                    long[] what = sent.remove(n);
                    if (what != null) {
                        acks.add((now - what[1]) / 1_000_000);
                        ackedByItem.merge(what[0], n, Math::max);
                    }
                }
                case "error" -> {
                    if (!m.containsKey("seq")) {
                        Long probe = probes.poll();
                        if (probe != null) {
                            baseline.add((now - probe) / 1_000_000);
                        }
                    }
                }
                default -> { }
            }
            return null;
        }

        @Override
        public CompletableFuture<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!ready.isDone()) {
                ready.completeExceptionally(new IllegalStateException(name + " closed " + statusCode + " " + reason));
            }
            return null;
        }

        long unacked() {
            return sent.size();
        }

        /** Acknowledged answers the server does not hold (its current seq for the item is lower). */
        long lostAgainst(JsonObject attempt) {
            JsonObject answers = attempt.getJsonObject("answers");
            long lost = 0;
            for (var e : ackedByItem.entrySet()) {
                JsonObject stored = answers.getJsonObject(Long.toString(e.getKey()));
                if (stored == null || stored.getJsonNumber("seq").longValue() < e.getValue()) {
                    lost++;
                }
            }
            return lost;
        }
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

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private String post(String path, String body, String token, int expected) throws Exception {
        HttpResponse<String> r = http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private String get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** Latencies in milliseconds, thread-safe. */
    static final class Latencies {
        private final List<Long> values = Collections.synchronizedList(new ArrayList<>());

        void add(long ms) {
            values.add(ms);
        }

        int count() {
            return values.size();
        }

        long p(double percentile) {
            return percentile(values, percentile);
        }

        static long percentile(List<Long> values, double percentile) {
            List<Long> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            if (sorted.isEmpty()) {
                return 0;
            }
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    /** CPU (% of one core, averaged since the stage's answering began) and RSS from /proc. */
    static final class Usage {
        private static final double TICKS = 100.0; // USER_HZ on Linux
        private final long server;
        private final long database;
        private final long startNanos = System.nanoTime();
        private final double serverStart;
        private final double databaseStart;

        Usage(long server, long database) {
            this.server = server;
            this.database = database;
            this.serverStart = cpuSeconds(server);
            this.databaseStart = cpuSeconds(database);
        }

        record Sample(double serverCpu, long serverRssMb, double databaseCpu) {
        }

        Sample sample() {
            double wall = (System.nanoTime() - startNanos) / 1e9;
            return new Sample(100 * (cpuSeconds(server) - serverStart) / wall, rssMb(server),
                    100 * (cpuSeconds(database) - databaseStart) / wall);
        }

        private static double cpuSeconds(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS; // utime, stime
            } catch (Exception e) {
                return 0;
            }
        }

        private static long rssMb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }
    }
}
