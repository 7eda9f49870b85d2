package vn.khaothi.bench.live;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 * ({@code KHAOTHI_JWT_SECRET}): sign-in (PBKDF2, by design slow) is not what is measured. The set-up and
 * REST calls are {@link LoadApi}, one student {@link LoadStudent}, the figures {@link Latencies} and {@link Usage}.
 */
public final class AttemptLoad {

    private final LoadApi api;
    private final long[] serverPids;
    private final long databasePid;

    AttemptLoad(String base, byte[] key, String jdbcUrl, long[] serverPids, long databasePid) {
        this.api = new LoadApi(base, key, jdbcUrl);
        this.serverPids = serverPids;
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
        // one pid, or the nodes of a cluster separated by commas (their CPU and RSS add up)
        long[] server = java.util.Arrays.stream(env("SERVER_PID", "0").split(",")).map(String::strip)
                .mapToLong(Long::parseLong).toArray();
        long database = Long.parseLong(env("DB_PID", "0").isBlank() ? "0" : env("DB_PID", "0"));
        int minutes = Integer.parseInt(env("STAGE_MINUTES", "2"));
        List<Integer> ramp = new ArrayList<>();
        for (String n : env("RAMP", "2000,4000,6000,8000,10000").split(",")) {
            ramp.add(Integer.parseInt(n.strip()));
        }
        AttemptLoad load = new AttemptLoad(base, key, jdbc, server, database);
        load.sittingSize = Integer.parseInt(env("SITTING_SIZE", "500"));
        load.connectingAtOnce = Integer.parseInt(env("CONNECTING", "64"));
        long paper = load.api.approvedPaper();
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
        List<String> names = api.students(n);
        List<LoadStudent> students = new ArrayList<>();
        for (int from = 0; from < names.size(); from += sittingSize) {
            List<String> group = names.subList(from, Math.min(names.size(), from + sittingSize));
            long sitting = api.sitting(paper, group);
            group.forEach(name -> students.add(new LoadStudent(api, name, api.token(name, "STUDENT"), sitting)));
        }

        // The synchronized start: every student asks at once (at most 64 requests in flight); a start
        // that fails (a refused or dropped connection) is counted and retried once after the rush.
        Semaphore inFlight = new Semaphore(64);
        List<Long> startMillis = Collections.synchronizedList(new ArrayList<>());
        List<LoadStudent> failed = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (LoadStudent s : students) {
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
        for (LoadStudent s : List.copyOf(failed)) {
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
        // Connect everyone (CONNECTING handshakes in flight, default 64); each socket sends the contract's heartbeat
        // every 15 s.
        Semaphore connecting = new Semaphore(connectingAtOnce);
        long c0 = System.nanoTime();
        List<CompletableFuture<Void>> connections = new ArrayList<>();
        for (LoadStudent s : students) {
            connecting.acquire();
            connections.add(s.connect(acks, baseline).whenComplete((ok, error) -> connecting.release()));
        }
        CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        System.err.printf(Locale.ROOT, "%d connected in %.1f s%n", n, (System.nanoTime() - c0) / 1e9);
        Usage usage = new Usage(serverPids, databasePid);
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        for (LoadStudent s : students) {
            s.schedule(end);
        }
        Thread.sleep(TimeUnit.MINUTES.toMillis(minutes) + 5_000);
        Usage.Sample used = usage.sample();

        long lost = 0;
        long unacked = 0;
        for (LoadStudent s : students) {
            unacked += s.unacked();
            lost += s.lostAgainst(LoadApi.json(api.get("api/v1/attempts/" + s.attemptId, s.token)));
            s.heartbeat.cancel(false);
            s.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        return new Stage(n, startSeconds, Latencies.percentile(startMillis, 95), acks.count(), acks.p(50), acks.p(95),
                acks.p(99), baseline.p(50), baseline.p(99), lost, unacked, used.serverCpu(), used.serverRssMb(),
                used.databaseCpu(), startErrors);
    }

    private int startErrors;
    private int sittingSize = 500;
    private int connectingAtOnce = 64;

    private CompletableFuture<Void> startAsync(LoadStudent s, List<Long> startMillis) {
        long[] sent = new long[1]; // the last send's: a staggered start is sent again at its admitAt (issue 19)
        return AdmissionRetry.send(() -> {
                    sent[0] = System.nanoTime();
                    return api.http.sendAsync(api.request("api/v1/sittings/" + s.sitting + "/attempts", s.token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                })
                .thenAccept(r -> {
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("start " + s.name + ": " + r.statusCode() + " " + r.body());
                    }
                    startMillis.add((System.nanoTime() - sent[0]) / 1_000_000);
                    s.started(LoadApi.json(r.body()));
                });
    }

}
