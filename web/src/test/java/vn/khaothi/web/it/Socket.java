package vn.khaothi.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client for the tests (the JDK's non-blocking {@link WebSocket}): JSON text
 * frames into a queue, the close code the server sent, and {@link #abort()} to drop the
 * connection without a close frame (a lost network).
 */
final class Socket implements WebSocket.Listener {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final List<JsonObject> kept = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;

    static Socket open(URL base, String path) throws Exception {
        String http = base.toString().endsWith("/") ? base.toString() : base + "/";
        URI uri = URI.create(http.replaceFirst("^http", "ws") + path);
        Socket socket = new Socket();
        socket.ws = HTTP.newWebSocketBuilder().buildAsync(uri, socket).get(20, TimeUnit.SECONDS);
        return socket;
    }

    /** Opens and says hello; answers the socket with its first reply (state or roster) consumed into {@link #first}. */
    static Socket hello(URL base, String path, String token) throws Exception {
        Socket socket = open(base, path);
        socket.send(Json.createObjectBuilder().add("type", "hello").add("token", token).build().toString());
        return socket;
    }

    void send(String text) throws Exception {
        ws.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    void answer(long seq, String itemId, String response) throws Exception {
        send("{\"type\":\"answer\",\"seq\":" + seq + ",\"itemId\":\"" + itemId + "\",\"response\":" + response + "}");
    }

    /** The next message of this type (others seen meanwhile are kept for later calls). */
    JsonObject next(String type, Duration timeout) throws InterruptedException {
        return next(m -> type.equals(m.getString("type", "")), timeout, type);
    }

    JsonObject next(Predicate<JsonObject> wanted, Duration timeout, String what) throws InterruptedException {
        synchronized (kept) {
            for (Iterator<JsonObject> it = kept.iterator(); it.hasNext(); ) {
                JsonObject m = it.next();
                if (wanted.test(m)) {
                    it.remove();
                    return m;
                }
            }
        }
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            JsonObject m = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("no " + what + " within " + timeout + "; kept: " + kept + "; closed: "
                        + (closed.isDone() ? closed.join() : "no"));
            }
            if (wanted.test(m)) {
                return m;
            }
            synchronized (kept) {
                kept.add(m);
            }
        }
    }

    /** The ack of this seq, or fails. */
    JsonObject ack(long seq, Duration timeout) throws InterruptedException {
        return next(m -> "ack".equals(m.getString("type", "")) && m.getJsonNumber("seq").longValue() == seq, timeout,
                "ack of seq " + seq);
    }

    /** The close code the server sent (or -1 on an error), waiting at most {@code timeout}. */
    int closeCode(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    void abort() {
        ws.abort();
    }

    void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    /** How many messages of this type arrive within {@code window} (others are kept for later calls). */
    int count(String type, Duration window) throws InterruptedException {
        int n = 0;
        long until = System.nanoTime() + window.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return n;
            }
            try {
                next(type, Duration.ofNanos(left));
                n++;
            } catch (AssertionError timeout) {
                return n;
            }
        }
    }

    // ---- listener --------------------------------------------------------------------------------

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            inbox.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }
}
