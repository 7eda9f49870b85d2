package vn.khaothi.itembank.domain.json;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every module builds JSON with: {@code JSON.createObjectBuilder()} where one would write
 * {@code JSON.createObjectBuilder()}.
 *
 * <p>Why not {@code jakarta.json.Json}: each of its static methods looks the provider up again
 * ({@code JsonProvider.provider()}: a service-loader scan, and in Payara an OSGi lookup after it). Profiled on the
 * start of 1,000 attempts (docs/benchmarks.md, "The start spike"), that lookup was 94 % of the start's time: rendering
 * a 40-item paper builds some 200 JSON objects. The provider is thread-safe and stateless for our use, so one instance
 * serves everyone. {@code ArchitectureTest} keeps {@code JSON.create…} out of the main code.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
