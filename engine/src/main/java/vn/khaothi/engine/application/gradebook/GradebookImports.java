package vn.khaothi.engine.application.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.application.gradebook.GradebookSheets.Problem;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;

/**
 * An Excel/CSV import of a column or of a whole subject gradebook, all or nothing: every cell is
 * checked first (the student is in the class, the column exists, the value passes Art. 5.3.b and
 * the rules), every problem is reported with its row and cell in Vietnamese (422 IMPORT_INVALID),
 * and only a clean sheet is written — in one transaction, each change with source IMPORT.
 */
public final class GradebookImports {

    private final GradebookService gradebook;

    public GradebookImports(GradebookService gradebook) {
        this.gradebook = gradebook;
    }

    /** Writes the sheet's cells, or none when any is refused (422 IMPORT_INVALID listing every problem). */
    public ImportReport importSheet(Actor actor, String classCode, String subjectCode, int semester, byte[] content,
                                    boolean csv) {
        SubjectPlan plan = gradebook.plan(actor, classCode, subjectCode, semester);
        gradebook.ensureMayWrite(actor, plan);
        if (content == null || content.length == 0) {
            throw new GradebookRefusal(vn.khaothi.itembank.domain.Refusal.Kind.UNPROCESSABLE, "IMPORT_INVALID", "Tệp trống", List.of(new Problem(0, "", "Tệp trống")));
        }
        GradebookSheets.Parsed parsed = GradebookSheets.read(content, csv);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Set<String> students = gradebook.studentIds(plan);
        List<String> rounded = new ArrayList<>();
        for (CellWrite cell : parsed.cells()) {
            int row = GradebookSheets.rowOf(cell.field());
            if (!students.contains(cell.studentId())) {
                problems.add(new Problem(row, cell.field(), "Dòng " + row + ": học sinh «" + cell.studentId()
                        + "» không thuộc lớp " + plan.schoolClass().code()));
                continue;
            }
            if (!plan.has(cell.column())) {
                problems.add(new Problem(row, cell.field(), "Ô " + cell.field() + ": cột «" + cell.column()
                        + "» không có trong sổ điểm môn " + plan.subject().nameVi()));
                continue;
            }
            try {
                var entered = gradebook.read(plan, cell.value(), cell.field());
                if (entered.rounded()) {
                    rounded.add(cell.field() + ": " + entered.notice());
                }
            } catch (GradebookRefusal refused) {
                problems.add(new Problem(row, cell.field(), "Dòng " + row + ", " + refused.getMessage()));
            }
        }
        if (parsed.cells().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "", "Tệp không có ô điểm nào để nhập"));
        }
        if (!problems.isEmpty()) {
            throw new GradebookRefusal(vn.khaothi.itembank.domain.Refusal.Kind.UNPROCESSABLE, "IMPORT_INVALID", "Tệp có " + problems.size()
                    + " lỗi; không có điểm nào được lưu. Dòng lỗi: " + problems.stream().map(p -> String.valueOf(p.row()))
                    .distinct().collect(Collectors.joining(", ")), problems);
        }
        int written = gradebook.writeAll(actor, classCode, subjectCode, semester, parsed.cells(), ScoreSource.IMPORT,
                "Nhập từ tệp " + (csv ? "CSV" : "Excel"), true);
        return new ImportReport(written, parsed.cells().size(), rounded);
    }
}
