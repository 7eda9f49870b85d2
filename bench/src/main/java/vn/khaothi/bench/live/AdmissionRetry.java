package vn.khaothi.bench.live;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A start refused 409 NOT_YET_ADMITTED (a staggered start, issue 19) is sent again at the
 * {@code admitAt} the refusal gives, as the student page does; bounded to {@value #MAX_TRIES} sends.
 */
final class AdmissionRetry {

    static final int MAX_TRIES = 5;

    private AdmissionRetry() {
    }

    /** Sends, and again at admitAt while refused NOT_YET_ADMITTED; completes with the last response. */
    static CompletableFuture<HttpResponse<String>> send(Supplier<CompletableFuture<HttpResponse<String>>> send) {
        return send(send, 1);
    }

    private static CompletableFuture<HttpResponse<String>> send(Supplier<CompletableFuture<HttpResponse<String>>> send,
                                                                int tries) {
        return send.get().thenCompose(r -> {
            Optional<Instant> at = admitAt(r);
            if (at.isEmpty() || tries >= MAX_TRIES) {
                return CompletableFuture.completedFuture(r);
            }
            long wait = Math.max(0, Duration.between(Instant.now(), at.get()).toMillis()) + 20;
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> send(send, tries + 1));
        });
    }

    /** The admitAt of a NOT_YET_ADMITTED refusal, or empty. */
    static Optional<Instant> admitAt(HttpResponse<String> r) {
        if (r.statusCode() != 409) {
            return Optional.empty();
        }
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        if (!"NOT_YET_ADMITTED".equals(body.getString("error", null)) || !body.containsKey("details")) {
            return Optional.empty();
        }
        return Optional.of(Instant.parse(body.getJsonObject("details").getString("admitAt")));
    }
}
