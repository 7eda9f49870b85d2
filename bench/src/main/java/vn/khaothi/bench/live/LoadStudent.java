package vn.khaothi.bench.live;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** One simulated student: its attempt, its socket, what it sent and what was acknowledged. */
final class LoadStudent implements WebSocket.Listener {
    private final LoadApi api;
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
    java.util.concurrent.ScheduledFuture<?> heartbeat;

    synchronized void send(String text) {
        sending = sending.handle((x, e) -> null).thenCompose(x -> socket.sendText(text, true));
    }

    LoadStudent(LoadApi api, String name, String token, long sitting) {
        this.api = api;
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
        String ws = api.base.replaceFirst("^http", "ws") + "ws/attempts/" + attemptId;
        return api.http.newWebSocketBuilder().buildAsync(URI.create(ws), this).thenCompose(s -> {
            socket = s;
            send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
            heartbeat = api.timer.scheduleAtFixedRate(() -> send("{\"type\":\"heartbeat\"}"), 15, 15, TimeUnit.SECONDS);
            return ready;
        });
    }

    /** Answers at random moments 20-30 s apart, and a baseline probe halfway between two answers. */
    void schedule(long endNanos) {
        long first = ThreadLocalRandom.current().nextLong(0, 25_000);
        api.timer.schedule(() -> tick(endNanos), first, TimeUnit.MILLISECONDS);
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
        api.timer.schedule(() -> {
            probes.add(System.nanoTime());
            send("{\"type\":\"probe\"}");
        }, next / 2, TimeUnit.MILLISECONDS);
        api.timer.schedule(() -> tick(endNanos), next, TimeUnit.MILLISECONDS);
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
        JsonObject m = LoadApi.json(partial.toString());
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
