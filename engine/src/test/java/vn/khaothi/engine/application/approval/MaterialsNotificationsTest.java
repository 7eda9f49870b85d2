package vn.khaothi.engine.application.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.bank.MaterialsMoved;

/** Who hears of a move of an item or a paper, and never the mover (issue 17, point 4). */
class MaterialsNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    /** The school in memory: MATH's heads, the approvers, and the bells rung. */
    static final class School implements MaterialsBells {
        final List<String> rung = new ArrayList<>();
        final List<Bell> bells = new ArrayList<>();

        @Override
        public List<String> heads(String subject) {
            return Map.of("MATH", List.of("tt.toan", "tt.toan2")).getOrDefault(subject, List.of());
        }

        @Override
        public List<String> approvers(Instant now) {
            return List.of("hieutruong", "hieupho");
        }

        @Override
        public String displayName(String username) {
            return "Tên " + username;
        }

        @Override
        public SubjectNames subjectNames(String code) {
            return new SubjectNames("Toán", "Mathematics");
        }

        @Override
        public void ring(String recipient, Bell bell) {
            rung.add(recipient + " " + bell.kind());
            bells.add(bell);
        }
    }

    private final School school = new School();
    private final MaterialsNotifications notifications = new MaterialsNotifications(school, Clock.fixed(NOW, ZoneOffset.UTC));

    private static MaterialsMoved move(String kind, String from, String to, String actor, boolean ownerHeads) {
        return new MaterialsMoved(kind, 7, "MATH", 9, from, to, actor, "gv01", ownerHeads, "Phương trình", null);
    }

    @Test
    void aSubmittedItemGoesToTheGroupsHeadsButTheMoverIsNotTold() {
        notifications.on(move("ITEM", "DRAFT", "SUBMITTED", "tt.toan2", false));
        assertEquals(List.of("tt.toan ITEM_AWAITS_GROUP"), school.rung);
        MaterialsBells.Bell bell = school.bells.get(0);
        assertEquals("ITEM:7", bell.subjectId());
        assertEquals("bank.html#item=7", bell.link());
        assertEquals("“Phương trình” — môn Toán, khối 9. Người thực hiện: Tên tt.toan2", bell.bodyVi());
        assertEquals(NOW, bell.at());
    }

    @Test
    void whatAHeadWroteAndWhatTheGroupApprovedGoToTheApprovers() {
        notifications.on(move("PAPER", null, "DRAFT", "gv01", true));
        notifications.on(move("PAPER", "DRAFT", "GROUP_APPROVED", "tt.toan", false));
        assertEquals(List.of("hieutruong PAPER_AWAITS_GROUP", "hieupho PAPER_AWAITS_GROUP",
                "hieutruong PAPER_AWAITS_PRINCIPAL", "hieupho PAPER_AWAITS_PRINCIPAL"), school.rung);
    }

    @Test
    void theOutcomeGoesToTheAuthorAndAPaperBackToDraftIsNotNew() {
        notifications.on(move("ITEM", "GROUP_APPROVED", "PUBLISHED", "hieutruong", false));
        notifications.on(move("PAPER", "GROUP_APPROVED", "REJECTED", "hieutruong", false));
        notifications.on(move("ITEM", "SUBMITTED", "DRAFT", "tt.toan", false));
        notifications.on(move("ITEM", "DRAFT", "ARCHIVED", "gv01", false));
        assertEquals(List.of("gv01 ITEM_APPROVED", "gv01 PAPER_SENT_BACK", "gv01 ITEM_SENT_BACK"), school.rung);
    }
}
