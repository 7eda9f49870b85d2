package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.Columns;
import vn.khaothi.engine.domain.gradebook.SubjectScale;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.tt22.CommentaryResult;

/**
 * A student's subject result for a semester, asked of the rules once every column is filled:
 * ĐTBmhk for a scored subject (TT22 Art. 9.1.b), Đạt/Chưa đạt for a commentary subject (Art.
 * 9.1.a). Nothing is computed here: an incomplete row has no result yet, and TT27 subjects have
 * their periodic scores but no average (TT27 does not average).
 */
final class SubjectAverages {

    private SubjectAverages() {
    }

    /** The semester result: {@code average} or {@code commentary} (or neither), with the rules' citations. */
    record SemesterResult(BigDecimal average, CommentaryResult commentary, List<String> citations) {
        static final SemesterResult NONE = new SemesterResult(null, null, List.of());

        boolean complete() {
            return average != null || commentary != null;
        }
    }

    static SemesterResult of(SubjectPlan plan, Map<String, StoredCell> cells, RuleMemo rules) {
        List<CellValue> values = new ArrayList<>();
        for (String column : plan.columns()) {
            StoredCell cell = cells == null ? null : cells.get(column);
            if (cell == null || cell.value().isEmpty()) {
                return SemesterResult.NONE;
            }
            values.add(cell.value());
        }
        if (plan.scale() == SubjectScale.PRIMARY) {
            return SemesterResult.NONE;
        }
        if (plan.scale() == SubjectScale.COMMENTARY) {
            int failed = (int) values.stream().filter(v -> "CD".equals(v.verdict())).count();
            Decision<CommentaryResult> d = rules.commentarySemesterResult(values.size(), values.size(), failed);
            return new SemesterResult(null, d.value(), d.citations());
        }
        List<BigDecimal> regular = new ArrayList<>();
        BigDecimal midterm = null;
        BigDecimal end = null;
        for (int i = 0; i < plan.columns().size(); i++) {
            String column = plan.columns().get(i);
            BigDecimal score = values.get(i).score();
            if (Columns.regular(column)) {
                regular.add(score);
            } else if (Columns.MIDTERM.equals(column)) {
                midterm = score;
            } else {
                end = score;
            }
        }
        Decision<BigDecimal> d = rules.rules().subjectAverage(regular, midterm, end);
        return new SemesterResult(d.value(), null, d.citations());
    }
}
