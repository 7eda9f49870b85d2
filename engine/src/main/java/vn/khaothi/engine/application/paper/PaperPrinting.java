package vn.khaothi.engine.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.application.SchoolDirectory;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.infrastructure.print.AnswerKeyExport;
import vn.khaothi.engine.infrastructure.print.PaperPdf;
import vn.khaothi.engine.infrastructure.print.PrintablePaper;
import vn.khaothi.engine.infrastructure.print.ScanSheetPdf;
import vn.khaothi.engine.infrastructure.print.VersionKey;

/**
 * What a paper prints as (in đề): each version's PDF, its bubble answer sheet (phiếu trả lời) and
 * geometry, a class's pre-filled sheets, and the key table (đáp án). The use cases are the
 * engine's — which version a student's sheet carries is dealt here, in roster order — and web only
 * sends the bytes; the PDF and spreadsheet layout is {@code infrastructure.print}'s.
 */
@ApplicationScoped
public class PaperPrinting {

    @Inject
    PaperService papers;

    @Inject
    SchoolDirectory school;

    public byte[] versionPdf(long paperId, String code) {
        return new PaperPdf().render(papers.printable(paperId, code));
    }

    public byte[] answerSheet(long paperId, String code) {
        PrintablePaper paper = papers.printable(paperId, code);
        return new ScanSheetPdf().render(List.of(new ScanSheetPdf.Sheet(paperId, paper, ScanSheetPdf.layoutOf(paper), null)));
    }

    public SheetLayout answerSheetLayout(long paperId, String code) {
        return ScanSheetPdf.layoutOf(papers.printable(paperId, code));
    }

    /**
     * One blank sheet per version without a class; with a class, one sheet per student, pre-filled
     * with name and student number, the versions dealt in roster order (student i gets version
     * i mod n, the order the paper's versions are listed in). Empty when there is no such class.
     */
    public Optional<byte[]> answerSheets(long paperId, String classCode) {
        PaperView view = papers.view(paperId);
        List<PrintablePaper> versions = view.versions().stream().map(v -> papers.printable(paperId, v.code())).toList();
        List<ScanSheetPdf.Sheet> sheets = new ArrayList<>();
        if (classCode == null) {
            versions.forEach(p -> sheets.add(new ScanSheetPdf.Sheet(paperId, p, ScanSheetPdf.layoutOf(p), null)));
        } else {
            Optional<List<SchoolDirectory.StudentView>> roster = school.studentsOf(classCode);
            if (roster.isEmpty()) {
                return Optional.empty();
            }
            List<SchoolDirectory.StudentView> students = roster.get();
            for (int i = 0; i < students.size(); i++) {
                SchoolDirectory.StudentView s = students.get(i);
                PrintablePaper p = versions.get(i % versions.size());
                sheets.add(new ScanSheetPdf.Sheet(paperId, p, ScanSheetPdf.layoutOf(p), new ScanSheetPdf.Candidate(
                        s.fullName(), classCode, s.studentNumber() == null ? "" : s.studentNumber())));
            }
        }
        return Optional.of(new ScanSheetPdf().render(sheets));
    }

    public byte[] keysPdf(long paperId) {
        return new AnswerKeyExport().pdf(papers.view(paperId).title(), keys(papers.view(paperId)));
    }

    public byte[] keysXlsx(long paperId) {
        return new AnswerKeyExport().xlsx(papers.view(paperId).title(), keys(papers.view(paperId)));
    }

    private static List<VersionKey> keys(PaperView paper) {
        return paper.versions().stream().map(v -> new VersionKey(v.code(), v.items().stream()
                .map(i -> new VersionKey.Cell(i.position(), i.part(), keyOrEssay(v.answerKey().get(Integer.toString(i.position())))))
                .toList())).toList();
    }

    /** A position without a key is marked by hand (essay): the key table says so instead of a blank. */
    private static String keyOrEssay(String key) {
        return key == null || key.isBlank() ? VersionKey.ESSAY : key;
    }
}
