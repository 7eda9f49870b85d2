package vn.khaothi.engine.application.analytics;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import vn.khaothi.engine.domain.analytics.ItemFlag;
import vn.khaothi.engine.domain.analytics.TestReport;

/**
 * A {@link TestReport} as api-contract.md ("Analytics") shows it, with explicit nulls (and their
 * reasons under {@code notes}) and figures rounded to four decimals. Additive fields beyond the
 * contract: {@code maxTotal}, per item {@code type}, {@code maxPoints}, {@code attempts},
 * {@code responses}, per option {@code meanTotal}, {@code pendingGrading}, {@code bankUpdated}.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static JsonObject of(long sittingId, TestReport r, int pendingGrading, boolean bankUpdated) {
        JsonObjectBuilder reliability = JSON.createObjectBuilder();
        put(reliability, "kr20", r.reliability().kr20());
        put(reliability, "alpha", r.reliability().alpha());
        put(reliability, "sem", r.reliability().sem());
        reliability.add("forms", r.reliability().forms());
        JsonArrayBuilder distribution = JSON.createArrayBuilder();
        for (TestReport.Bin b : r.distribution()) {
            distribution.add(JSON.createObjectBuilder().add("from", b.from()).add("to", b.to()).add("count", b.count()));
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (TestReport.ItemReport i : r.items()) {
            items.add(item(i));
        }
        JsonObjectBuilder out = JSON.createObjectBuilder().add("sittingId", sittingId).add("attempts", r.attempts());
        put(out, "mean", r.mean());
        put(out, "sd", r.sd());
        out.add("maxTotal", round(r.maxTotal()));
        out.add("reliability", reliability).add("distribution", distribution).add("items", items)
                .add("notes", notes(r.notes())).add("pendingGrading", pendingGrading).add("bankUpdated", bankUpdated);
        return out.build();
    }

    private static JsonObjectBuilder item(TestReport.ItemReport i) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("position", i.position()).add("itemId", String.valueOf(i.itemId()));
        if (i.itemVersion() == null) {
            b.addNull("itemVersion");
        } else {
            b.add("itemVersion", i.itemVersion());
        }
        b.add("type", i.type()).add("maxPoints", round(i.maxPoints())).add("attempts", i.attempts())
                .add("responses", i.responses());
        put(b, "facility", i.facility());
        put(b, "discrimination", i.discrimination());
        JsonArrayBuilder options = JSON.createArrayBuilder();
        for (TestReport.OptionReport o : i.options()) {
            JsonObjectBuilder ob = JSON.createObjectBuilder().add("optionId", o.optionId()).add("share", round(o.share()))
                    .add("key", o.key());
            put(ob, "meanTotal", o.meanTotal());
            options.add(ob);
        }
        JsonArrayBuilder flags = JSON.createArrayBuilder();
        for (ItemFlag f : i.flags()) {
            flags.add(f.name());
        }
        return b.add("options", options).add("flags", flags).add("notes", notes(i.notes()));
    }

    private static JsonObjectBuilder notes(Map<String, String> notes) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        notes.forEach(b::add);
        return b;
    }

    private static void put(JsonObjectBuilder b, String name, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            b.addNull(name);
        } else {
            b.add(name, round(value));
        }
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
