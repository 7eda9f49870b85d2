package vn.khaothi.web.it;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.itembank.application.paper.DeliverableItem;
import vn.khaothi.itembank.application.paper.DeliverablePaper;
import vn.khaothi.itembank.application.paper.DeliverableVersion;
import vn.khaothi.itembank.application.paper.PaperCatalog;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * TEMPORARY, test WAR only: a paper catalog over the demo bank's published items, used until the
 * papers endpoints land (then Sittings.approvedPaper makes real papers and this class goes).
 * Paper 900000001 is an APPROVED midterm of 3 single-choice, 1 true/false cluster and 1 essay item
 * of chapter C1, in two versions; 900000002 is the same, only GROUP_APPROVED.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class StopgapPaperCatalog implements PaperCatalog {

    static final long APPROVED = 900_000_001L;
    static final long NOT_APPROVED = 900_000_002L;

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Override
    public Optional<DeliverablePaper> paper(long paperId) {
        if (paperId != APPROVED && paperId != NOT_APPROVED) {
            return Optional.empty();
        }
        try {
            List<DeliverableItem> items = new ArrayList<>();
            items.addAll(items("SINGLE_CHOICE", "NB", 3, BigDecimal.ONE, 1));
            items.addAll(items("TRUE_FALSE_CLUSTER", "TH", 1, BigDecimal.ONE, 4));
            items.addAll(items("ESSAY", "VDC", 1, new BigDecimal("2"), 5));
            List<DeliverableItem> reversed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                DeliverableItem x = items.get(items.size() - 1 - i);
                reversed.add(new DeliverableItem(i + 1, x.itemId(), x.itemVersionId(), x.points(), x.optionOrder(), x.content()));
            }
            return Optional.of(new DeliverablePaper(paperId, "Kiểm tra giữa kì I — Toán 9 (IT)", "MATH", 9, "MIDTERM",
                    paperId == APPROVED ? "APPROVED" : "GROUP_APPROVED", 45, new BigDecimal("6"),
                    List.of(new DeliverableVersion(paperId * 10 + 1, "101", items),
                            new DeliverableVersion(paperId * 10 + 2, "102", reversed))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DeliverableItem> items(String type, String level, int count, BigDecimal points, int firstPosition)
            throws SQLException {
        List<DeliverableItem> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT i.id, v.id, v.content FROM bank_item i JOIN bank_item_version v ON v.item_id = i.id"
                        + " AND v.version_no = i.current_version WHERE i.subject_code = 'MATH' AND i.grade = 9"
                        + " AND i.item_type = ? AND i.level = ? AND i.status = 'PUBLISHED' ORDER BY i.id LIMIT ?")) {
            s.setString(1, type);
            s.setString(2, level);
            s.setInt(3, count);
            try (ResultSet rs = s.executeQuery()) {
                int position = firstPosition;
                while (rs.next()) {
                    items.add(new DeliverableItem(position++, rs.getLong(1), rs.getLong(2), points, List.of(),
                            ItemContentJson.read(rs.getString(3))));
                }
            }
        }
        return items;
    }
}
