package vn.khaothi.engine.infrastructure.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.khaothi.itembank.domain.item.ItemTypeCode;

/** A 2025-format mathematics paper with Vietnamese text, math, and every layout case. */
final class SamplePapers {

    static final int CHOICES = 12;
    static final int CLUSTERS = 4;
    static final int SHORT = 6;
    static final int ESSAYS = 1;

    private SamplePapers() {
    }

    static PrintablePaper maths(String code) {
        List<PrintableItem> items = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < CHOICES; i++) {
            items.add(choice(n++, i));
        }
        for (int i = 0; i < CLUSTERS; i++) {
            items.add(new PrintableItem(n++, "II", ItemTypeCode.TRUE_FALSE_CLUSTER,
                    "<p>Cho hàm số \\(f(x) = x^3 - 3x + " + (i + 1) + "\\). Xét tính đúng sai của các mệnh đề sau.</p>",
                    List.of("Đạo hàm \\(f'(x) = 3x^2 - 3\\).", "Hàm số đồng biến trên khoảng \\((1; +\\infty)\\).",
                            "Giá trị cực đại của hàm số bằng " + (i + 3) + ".",
                            "Đồ thị hàm số cắt trục hoành tại đúng <b>ba</b> điểm phân biệt."),
                    BigDecimal.ONE));
        }
        for (int i = 0; i < SHORT; i++) {
            items.add(new PrintableItem(n++, "III", ItemTypeCode.SHORT_NUMERIC,
                    "Một chiếc hộp hình lập phương có cạnh " + (i + 2) + " dm. Tính thể tích của chiếc hộp "
                            + "theo đơn vị lít (làm tròn kết quả đến hàng phần mười).",
                    List.of(), new BigDecimal("0.5")));
        }
        items.add(new PrintableItem(n, "IV", ItemTypeCode.ESSAY,
                "<p>Giải phương trình $$\\frac{x^2 - 5x + 6}{\\sqrt{x - 1}} = 0.$$</p><p>Trình bày lời giải chi tiết.</p>",
                List.of(), BigDecimal.ONE));
        return new PrintablePaper("Sở Giáo dục và Đào tạo Hà Nội", "Trường THPT Chu Văn An", "Toán", "12",
                "Kiểm tra giữa kì I", "2025 – 2026", 60, code, items);
    }

    private static PrintableItem choice(int n, int i) {
        return switch (i % 4) {
            case 0 -> new PrintableItem(n, "I", ItemTypeCode.SINGLE_CHOICE,
                    "Căn bậc hai số học của \\(" + (i + 4) * (i + 4) + "\\) là",
                    List.of("\\(" + (i + 4) + "\\)", "\\(-" + (i + 4) + "\\)", "\\(\\pm " + (i + 4) + "\\)",
                            "\\(\\sqrt{" + (i + 4) + "}\\)"), new BigDecimal("0.25"));
            case 1 -> new PrintableItem(n, "I", ItemTypeCode.SINGLE_CHOICE,
                    "Đường tròn tâm \\(I(1; -2)\\), bán kính \\(R = 3\\) có phương trình là",
                    List.of("\\((x-1)^2 + (y+2)^2 = 9\\)", "\\((x+1)^2 + (y-2)^2 = 9\\)",
                            "\\((x-1)^2 + (y+2)^2 = 3\\)", "\\((x+1)^2 + (y-2)^2 = 3\\)"), new BigDecimal("0.25"));
            case 2 -> new PrintableItem(n, "I", ItemTypeCode.SINGLE_CHOICE,
                    "<p>Trong một lớp học có 40 học sinh, trong đó có 25 học sinh thích môn Toán, 20 học sinh "
                            + "thích môn Ngữ văn và 10 học sinh thích cả hai môn. Hỏi có bao nhiêu học sinh "
                            + "<i>không thích</i> môn nào trong hai môn đó?</p>",
                    List.of("5 học sinh.", "10 học sinh.", "15 học sinh.", "Tất cả các ý trên đều sai."),
                    new BigDecimal("0.25"));
            default -> new PrintableItem(n, "I", ItemTypeCode.SINGLE_CHOICE,
                    "Khẳng định nào sau đây về hàm số bậc hai \\(y = ax^2 + bx + c\\) (với \\(a \\neq 0\\)) là đúng?",
                    List.of("Đồ thị luôn là một đường parabol có trục đối xứng là đường thẳng \\(x = -\\frac{b}{2a}\\).",
                            "Hàm số luôn đồng biến trên \\(\\mathbb{R}\\) khi hệ số \\(a\\) dương.",
                            "Đồ thị của hàm số không bao giờ cắt trục tung tại bất kì điểm nào.",
                            "Hàm số có giá trị lớn nhất khi \\(a > 0\\) và đạt tại đỉnh của parabol."),
                    new BigDecimal("0.25"));
        };
    }
}
