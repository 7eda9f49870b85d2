package vn.khaothi.itembank.application.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.application.importing.PartialImport;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;
import vn.khaothi.itembank.application.importing.ImportResult;

/** Builds the preview of an import (question by question) from what the reader produced. */
public final class ImportPreviews {

    private static final int STEM_CHARS = 300;

    private ImportPreviews() {
    }

    public static Views.ImportPreview of(String format, ImportResult read) {
        PartialImport partial = ItemImport.validOnly(read);
        List<Views.PreviewQuestion> questions = new ArrayList<>();
        List<ImportMessage> general = new ArrayList<>(read.warnings());
        for (ImportedItem item : partial.valid().items()) {
            List<ImportMessage> own = item.line() <= 0 ? List.of()
                    : read.warnings().stream().filter(w -> w.line() == item.line()).toList();
            general.removeAll(own);
            questions.add(question(item, own));
        }
        return new Views.ImportPreview(format, questions.size(), partial.skipped(), read.accepted() && partial.problems().isEmpty(),
                questions, ItemBank.messages(partial.problems()), ItemBank.messages(general));
    }

    private static Views.PreviewQuestion question(ImportedItem item, List<ImportMessage> warnings) {
        ItemContent c = item.content();
        List<Views.PreviewOption> options = new ArrayList<>();
        String key = "";
        if (c.body() instanceof ChoiceBody choices) {
            for (int i = 0; i < choices.options().size(); i++) {
                Choice o = choices.options().get(i);
                options.add(new Views.PreviewOption(String.valueOf((char) ('A' + i)), o.text().text(), o.isCorrect()));
            }
            key = options.stream().filter(Views.PreviewOption::correct).map(Views.PreviewOption::label)
                    .collect(Collectors.joining(", "));
        } else if (c.body() instanceof StatementsBody statements) {
            StringBuilder k = new StringBuilder();
            for (Statement s : statements.statements()) {
                options.add(new Views.PreviewOption(s.id(), s.text().text(), s.correct()));
                k.append(s.correct() ? 'Đ' : 'S');
            }
            key = k.toString();
        } else if (c.body() instanceof NumericBody numeric && !numeric.answers().isEmpty()) {
            key = numeric.answers().get(0).value().stripTrailingZeros().toPlainString().replace('.', ',');
        } else if (c.body() instanceof TrueFalseBody tf) {
            key = tf.answer() ? "Đ" : "S";
        }
        String stem = c.stem().text();
        if (stem.length() > STEM_CHARS) {
            stem = stem.substring(0, STEM_CHARS) + "…";
        }
        return new Views.PreviewQuestion(item.line(), c.name(), c.type().name(), stem, options, key,
                ItemBank.messages(warnings));
    }
}
