package vn.khaothi.web.papers;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.khaothi.engine.application.sheet.SheetBubble;
import vn.khaothi.engine.application.sheet.SheetLayout;

/** The published geometry of an answer sheet (api-contract.md "Paper tests"): points from the top-left corner. */
final class SheetLayoutJson {

    private SheetLayoutJson() {
    }

    static JsonObject of(SheetLayout layout) {
        JsonArrayBuilder markers = JSON.createArrayBuilder();
        for (SheetLayout.Marker m : layout.markers()) {
            markers.add(JSON.createObjectBuilder().add("x", pt(m.x())).add("y", pt(m.y())).add("size", pt(m.size())));
        }
        JsonArrayBuilder bubbles = JSON.createArrayBuilder();
        for (SheetBubble b : layout.bubbles()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("field", b.field());
            if (b.question() != null) {
                o.add("question", b.question());
            }
            if (b.statement() != null) {
                o.add("statement", b.statement());
            }
            if (b.position() != null) {
                o.add("position", b.position());
            }
            bubbles.add(o.add("value", b.value()).add("x", pt(b.x())).add("y", pt(b.y())).add("r", pt(b.r())));
        }
        SheetLayout.Box qr = layout.qr();
        return JSON.createObjectBuilder()
                .add("page", JSON.createObjectBuilder().add("width", pt(layout.width())).add("height",
                        pt(layout.height())).add("unit", "pt"))
                .add("markers", markers)
                .add("qr", JSON.createObjectBuilder().add("x", pt(qr.x())).add("y", pt(qr.y()))
                        .add("width", pt(qr.width())).add("height", pt(qr.height())))
                .add("bubbles", bubbles).build();
    }

    private static BigDecimal pt(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
