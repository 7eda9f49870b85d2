package vn.khaothi.engine.application.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

class RenderedVersionsTest {

    private final AtomicInteger renders = new AtomicInteger();
    /** Renders a version as its id and code, counting the renders. */
    private final RenderedVersions<JsonArray> rendered = new RenderedVersions<>(v -> {
        renders.incrementAndGet();
        return JSON.createArrayBuilder().add(v.id()).add(v.code()).build();
    });

    private static DeliverableVersion version(long id, String code) {
        return new DeliverableVersion(id, code, List.of());
    }

    private static DeliverablePaper paper(long id, String status, DeliverableVersion... versions) {
        return new DeliverablePaper(id, "T", "MATH", 10, "REGULAR", status, 45, BigDecimal.TEN, List.of(versions));
    }

    private static JsonArray expected(long id, String code) {
        return JSON.createArrayBuilder().add(id).add(code).build();
    }

    @Test
    void anApprovedVersionIsRenderedOnceForEveryStart() {
        DeliverableVersion v101 = version(1, "101");
        DeliverablePaper paper = paper(7, "APPROVED", v101);
        for (int i = 0; i < 100; i++) {
            assertEquals(expected(1, "101"), rendered.items(paper, v101));
        }
        assertEquals(1, renders.get());
    }

    @Test
    void eachVersionAndEachPaperHasItsOwnRendering() {
        DeliverableVersion a101 = version(1, "101");
        DeliverableVersion a102 = version(2, "102");
        DeliverableVersion b101 = version(3, "101"); // same code, another paper
        DeliverablePaper a = paper(7, "APPROVED", a101, a102);
        DeliverablePaper b = paper(8, "APPROVED", b101);
        assertEquals(expected(1, "101"), rendered.items(a, a101));
        assertEquals(expected(2, "102"), rendered.items(a, a102));
        assertEquals(expected(3, "101"), rendered.items(b, b101));
        assertEquals(expected(1, "101"), rendered.items(a, a101));
        assertEquals(3, renders.get());
    }

    @Test
    void aPaperNotYetApprovedIsRenderedEachTimeSoAnEditShows() {
        DeliverablePaper draft = paper(9, "DRAFT", version(4, "101"));
        assertEquals(expected(4, "101"), rendered.items(draft, version(4, "101")));
        DeliverablePaper edited = paper(9, "DRAFT", version(5, "101"));
        assertEquals(expected(5, "101"), rendered.items(edited, version(5, "101")));
        assertEquals(2, renders.get());
    }
}
