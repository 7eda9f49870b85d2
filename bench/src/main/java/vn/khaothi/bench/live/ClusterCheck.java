package vn.khaothi.bench.live;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The cluster check of issue 19 (docs/benchmarks.md), against {@code bench/cluster.sh start}:
 * <ol>
 *   <li><b>fan-out across nodes</b>: a proctor's monitor socket on node 1, the students' sockets on
 *       node 2; the monitor must see every student connected and answering (roster {@code update}s)
 *       and a student's incident, and the proctor's MESSAGE must reach a student on node 2;</li>
 *   <li><b>a node killed</b>: the students reconnect through HAProxy and answer about every 2 s;
 *       node 2 is killed (SIGKILL) mid-sitting — its students reconnect to node 1 and replay their
 *       local queue (every answer not yet acknowledged, same seq);</li>
 *   <li><b>a Galera node killed</b>: then the database node HAProxy writes to is killed.</li>
 * </ol>
 * At the end every acknowledged answer is looked up in {@code GET /attempts/{id}}: lost = acknowledged
 * but not held. Bounded: {@code STUDENTS} (default 60) students, {@code ANSWER_SECONDS} (50) of answering;
 * {@code KILL_DB=false} leaves the database alone (step 3 skipped).
 */
public final class ClusterCheck {

    private final LoadApi api;
    private final String node1;
    private final String node2;
    private final String balancer;

    ClusterCheck(LoadApi api, String node1, String node2, String balancer) {
        this.api = api;
        this.node1 = node1;
        this.node2 = node2;
        this.balancer = balancer;
    }

    public static void main(String[] args) {
        try {
            System.exit(new ClusterCheck(new LoadApi(env("KHAOTHI_URL", "http://127.0.0.1:28080/"),
                    Base64.getDecoder().decode(env("KHAOTHI_JWT_SECRET", "")), env("KHAOTHI_DB_URL", "")),
                    env("NODE1_WS", "ws://127.0.0.1:28081/"), env("NODE2_WS", "ws://127.0.0.1:28082/"),
                    env("BALANCER_WS", "ws://127.0.0.1:28080/")).run() ? 0 : 1);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    boolean run() throws Exception {
        int n = Integer.parseInt(env("STUDENTS", "60"));
        int answering = Integer.parseInt(env("ANSWER_SECONDS", "50"));
        long paper = api.approvedPaper();
        List<String> names = api.students(n);
        long sitting = api.sitting(paper, names);
        List<Taker> takers = new ArrayList<>();
        for (String name : names) {
            Taker t = new Taker(name, api.token(name, "STUDENT"));
            t.start(api.post("api/v1/sittings/" + sitting + "/attempts", "", t.token, 201));
            takers.add(t);
        }
        log("%d students started in sitting %d", n, sitting);

        // 1. fan-out across nodes
        Monitor monitor = new Monitor();
        monitor.open(node1 + "ws/sittings/" + sitting + "/monitor", api.token("gv.toan", "TEACHER"));
        for (Taker t : takers) {
            t.connect(node2).get(60, TimeUnit.SECONDS);
        }
        log("monitor on node 1; %d student sockets on node 2", n);
        long t0 = System.nanoTime();
        for (Taker t : takers) {
            t.answer();
        }
        Taker first = takers.get(0);
        first.send("{\"type\":\"event\",\"kind\":\"FOCUS_LOST\",\"at\":\"" + Instant.now() + "\"}");
        monitor.send("{\"type\":\"command\",\"action\":\"MESSAGE\",\"attemptId\":" + first.attemptId
                + ",\"text\":\"Xin chào từ nút 1\"}");
        boolean seen = waitFor(60, () -> monitor.answeredConnected(takers) == n && monitor.incidents.containsKey(first.attemptId)
                && first.messages > 0);
        log("fan-out node 2 -> node 1: %d/%d students seen connected and answering, incident of attempt %d %s, "
                + "MESSAGE node 1 -> node 2 %s (%.1f s)", monitor.answeredConnected(takers), n, first.attemptId,
                monitor.incidents.containsKey(first.attemptId) ? "seen" : "NOT seen", first.messages > 0 ? "received" : "NOT received",
                (System.nanoTime() - t0) / 1e9);

        // 2 + 3. failover: through HAProxy, kill node 2, then the Galera writer
        for (Taker t : takers) {
            t.drop();
        }
        List<CompletableFuture<Void>> connected = new ArrayList<>();
        for (Taker t : takers) {
            connected.add(t.connect(balancer));
        }
        CompletableFuture.allOf(connected.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        log("%d sockets through HAProxy (leastconn over both nodes)", n);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(answering);
        boolean nodeKilled = false;
        boolean dbKilled = false;
        boolean killDatabase = Boolean.parseBoolean(env("KILL_DB", "true"));
        while (System.nanoTime() < end) {
            long elapsed = answering - TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime());
            if (!nodeKilled && elapsed >= answering / 5) {
                nodeKilled = true;
                log("%s", exec("kill-node", "2"));
            }
            if (!dbKilled && killDatabase && elapsed >= answering / 2) {
                dbKilled = true;
                log("%s", exec("kill-db", "1"));
            }
            for (Taker t : takers) {
                if (Math.floorMod(t.name.hashCode() + elapsed, 2) == 0) {
                    t.answer();
                }
            }
            Thread.sleep(1000);
        }
        waitFor(90, () -> takers.stream().allMatch(t -> t.pending.isEmpty()));
        long sent = 0, acked = 0, unacked = 0, lost = 0, reconnects = 0;
        for (Taker t : takers) {
            sent += t.seq;
            acked += t.acked;
            unacked += t.pending.size();
            reconnects += t.reconnects;
            lost += t.lostAgainst(LoadApi.json(api.get("api/v1/attempts/" + t.attemptId, t.token)));
        }
        log("failover: %d answers sent, %d acknowledged, %d reconnects, %d replayed, %d unacknowledged at the end, %d acknowledged answers LOST",
                sent, acked, reconnects, takers.stream().mapToLong(t -> t.replayed).sum(), unacked, lost);
        boolean ok = seen && lost == 0 && unacked == 0;
        log("cluster check %s", ok ? "PASSED" : "FAILED");
        return ok;
    }

    private static String exec(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(env("CLUSTER_SCRIPT", "bench/cluster.sh")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean waitFor(int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.getAsBoolean();
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%tT " + format + "%n", prepend(System.currentTimeMillis(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A socket client that hands every complete text message to {@code handler}, one send at a time. */
    abstract static class Client implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        volatile WebSocket socket;

        /** A new socket: a send chain of its own (a send stuck on the old one must not hold it). */
        synchronized void attach(WebSocket s) {
            sending = CompletableFuture.completedFuture(null);
            socket = s;
        }

        synchronized void send(String text) {
            WebSocket s = socket;
            if (s != null) {
                sending = sending.handle((x, e) -> null).thenCompose(x -> s.sendText(text, true));
            }
        }

        abstract void handle(JsonObject message);

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletableFuture<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject m = LoadApi.json(partial.toString());
                partial.setLength(0);
                handle(m);
            }
            return null;
        }
    }

    /** The proctor's dashboard: what it was told of each attempt. */
    final class Monitor extends Client {
        final Map<Long, JsonObject> rows = new ConcurrentHashMap<>();
        final Map<Long, JsonObject> incidents = new ConcurrentHashMap<>();

        void open(String url, String token) throws Exception {
            socket = api.http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(60, TimeUnit.SECONDS);
            send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
        }

        @Override
        void handle(JsonObject m) {
            switch (m.getString("type")) {
                case "roster" -> m.getJsonArray("students").getValuesAs(JsonObject.class)
                        .forEach(r -> rows.put(r.getJsonNumber("attemptId").longValue(), r));
                case "update" -> rows.put(m.getJsonNumber("attemptId").longValue(), m);
                case "incident" -> incidents.put(m.getJsonNumber("attemptId").longValue(), m);
                default -> { }
            }
        }

        long answeredConnected(List<Taker> takers) {
            return takers.stream().map(t -> rows.get(t.attemptId))
                    .filter(r -> r != null && r.getBoolean("connected") && r.getInt("answered") >= 1).count();
        }
    }

    /** A student whose page keeps a local queue: every answer until its ack, replayed after a reconnect. */
    final class Taker extends Client {
        final String name;
        final String token;
        long attemptId;
        List<JsonObject> items = List.of();
        long seq;
        long acked;
        long replayed;
        int reconnects;
        volatile int messages;
        final Map<Long, String> pending = new ConcurrentHashMap<>();          // seq → answer message
        final Map<Long, Long> itemOf = new ConcurrentHashMap<>();             // seq → itemId
        final Map<Long, Long> ackedByItem = new ConcurrentHashMap<>();        // itemId → highest acked seq
        private volatile boolean leaving;
        private volatile boolean ready;
        private volatile String url;
        private CompletableFuture<Void> state = new CompletableFuture<>();

        Taker(String name, String token) {
            this.name = name;
            this.token = token;
        }

        void start(String body) {
            JsonObject attempt = LoadApi.json(body);
            attemptId = attempt.getJsonNumber("attemptId").longValue();
            items = attempt.getJsonArray("items").getValuesAs(JsonObject.class);
        }

        CompletableFuture<Void> connect(String base) {
            url = base + "ws/attempts/" + attemptId;
            leaving = false;
            state = new CompletableFuture<>();
            open(0);
            return state;
        }

        private void open(int tries) {
            api.http.newWebSocketBuilder().buildAsync(URI.create(url), this).whenComplete((s, e) -> {
                if (e != null) {
                    retry(tries + 1);
                } else {
                    attach(s);
                    send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
                }
            });
        }

        private void retry(int tries) {
            if (!leaving && tries <= 120) {
                api.timer.schedule(() -> open(tries), 500, TimeUnit.MILLISECONDS);
            }
        }

        /** Closes the socket on purpose (no reconnect). */
        void drop() {
            leaving = true;
            ready = false;
            WebSocket s = socket;
            attach(null);
            if (s != null) {
                s.abort();
            }
        }

        synchronized void answer() {
            JsonObject item = items.get((int) (seq % items.size()));
            String choice = item.getJsonArray("options").getJsonObject((int) (seq % 2)).getString("id");
            long itemId = Long.parseLong(item.get("itemId").toString().replace("\"", ""));
            long n = ++seq;
            String text = "{\"type\":\"answer\",\"seq\":" + n + ",\"itemId\":\"" + itemId + "\",\"response\":{\"choice\":\"" + choice + "\"}}";
            pending.put(n, text);
            itemOf.put(n, itemId);
            if (ready) {
                send(text);
            }
        }

        @Override
        void handle(JsonObject m) {
            switch (m.getString("type")) {
                case "state" -> {
                    // (re)connected: replay the local queue in order, then new answers go straight out
                    pending.keySet().stream().sorted().forEach(k -> {
                        send(pending.get(k));
                        replayed++;
                    });
                    ready = true;
                    state.complete(null);
                }
                case "ack" -> {
                    long n = m.getJsonNumber("seq").longValue();
                    if (pending.remove(n) != null) {
                        acked++;
                        ackedByItem.merge(itemOf.get(n), n, Math::max);
                    }
                }
                case "error" -> {
                    if (m.containsKey("seq") && pending.containsKey(m.getJsonNumber("seq").longValue())) {
                        String again = pending.get(m.getJsonNumber("seq").longValue());
                        api.timer.schedule(() -> send(again), 1, TimeUnit.SECONDS);  // NOT_SAVED: send it again
                    }
                }
                case "message" -> messages++;
                default -> { }
            }
        }

        @Override
        public CompletableFuture<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost(webSocket);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(webSocket);
        }

        private void lost(WebSocket webSocket) {
            if (webSocket == socket && !leaving) {
                ready = false;
                reconnects++;
                retry(1);
            }
        }

        /** Acknowledged answers the server does not hold (its seq for the item is lower). */
        long lostAgainst(JsonObject attempt) {
            JsonObject answers = attempt.getJsonObject("answers");
            return ackedByItem.entrySet().stream().filter(e -> {
                JsonObject stored = answers.getJsonObject(Long.toString(e.getKey()));
                return stored == null || stored.getJsonNumber("seq").longValue() < e.getValue();
            }).count();
        }
    }
}
