package vn.khaothi.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.analytics.SittingAnalytics;
import vn.khaothi.engine.domain.analytics.ItemFlag;
import vn.khaothi.engine.domain.analytics.TestReport;

/** The item analysis's JSON (api-contract.md, "Analytics"): the contract's names, explicit nulls, four decimals. */
class AnalyticsJsonTest {

    private static JsonObject json() {
        TestReport.ItemReport item = new TestReport.ItemReport(1, 42L, null, "SINGLE_CHOICE", 1.0, 3, 2, 0.666666, null,
                List.of(new TestReport.OptionReport("o1", 0.333333, true, 7.25), new TestReport.OptionReport("o2", 0.0, false, null)),
                List.of(ItemFlag.values()[0]), Map.of("discrimination", "TOO_FEW_ATTEMPTS"));
        TestReport report = new TestReport(3, 6.5, null, new TestReport.Reliability(null, 0.71234567, Double.NaN, 1), 10.0,
                List.of(new TestReport.Bin(6, 7, 3)), List.of(item), Map.of("sd", "TOO_FEW_ATTEMPTS"));
        return AnalyticsJson.analysis(new SittingAnalytics.Analysis(7L, report, 1, true));
    }

    @Test
    void theSittingsFiguresKeepTheContractsNames() {
        JsonObject o = json();
        assertEquals(List.of("sittingId", "attempts", "mean", "sd", "maxTotal", "reliability", "distribution", "items", "notes",
                "pendingGrading", "bankUpdated"), List.copyOf(o.keySet()));
        assertEquals(7, o.getInt("sittingId"));
        assertEquals(JsonValue.NULL, o.get("sd"), "a figure that cannot be computed is an explicit null");
        assertEquals("TOO_FEW_ATTEMPTS", o.getJsonObject("notes").getString("sd"));
        assertEquals(new BigDecimal("0.7123"), o.getJsonObject("reliability").getJsonNumber("alpha").bigDecimalValue());
        assertEquals(JsonValue.NULL, o.getJsonObject("reliability").get("sem"), "NaN never reaches the JSON");
        assertEquals(1, o.getInt("pendingGrading"));
        assertTrue(o.getBoolean("bankUpdated"));
    }

    @Test
    void anItemCarriesItsBankIdsAsTextAndItsOptions() {
        JsonObject item = json().getJsonArray("items").getJsonObject(0);
        assertEquals("42", item.getString("itemId"), "bank ids are strings in the contract");
        assertEquals(JsonValue.NULL, item.get("itemVersion"));
        assertEquals(new BigDecimal("0.6667"), item.getJsonNumber("facility").bigDecimalValue());
        assertEquals(JsonValue.NULL, item.get("discrimination"));
        JsonObject first = item.getJsonArray("options").getJsonObject(0);
        assertEquals("o1", first.getString("optionId"));
        assertTrue(first.getBoolean("key"));
        assertEquals(new BigDecimal("7.25"), first.getJsonNumber("meanTotal").bigDecimalValue());
        assertEquals(JsonValue.NULL, item.getJsonArray("options").getJsonObject(1).get("meanTotal"));
        assertEquals(ItemFlag.values()[0].name(), item.getJsonArray("flags").getString(0));
    }
}
