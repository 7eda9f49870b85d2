package vn.khaothi.itembank.infrastructure.format.qti21;

import java.util.List;
import java.util.function.Consumer;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;

/** A cloze gap as an inline QTI interaction and its response declaration. */
final class QtiCloze {

    private QtiCloze() {
    }

    static String interaction(Gap gap, String id) {
        if (gap.kind() != GapKind.CHOICE) {
            return "<textEntryInteraction responseIdentifier=\"" + id + "\"/>";
        }
        StringBuilder out = new StringBuilder("<inlineChoiceInteraction responseIdentifier=\"").append(id).append("\" shuffle=\"false\">");
        for (GapAnswer a : gap.answers()) {
            out.append("<inlineChoice identifier=\"").append(a.id()).append("\">").append(QtiItemXml.xhtml(a.text())).append("</inlineChoice>");
        }
        return out.append("</inlineChoiceInteraction>").toString();
    }

    /** A choice gap with partial credit: scored by its mapping (mapResponse) rather than by match. */
    static boolean partial(Gap gap) {
        return gap.kind() == GapKind.CHOICE && gap.answers().stream()
                .anyMatch(a -> a.fraction().signum() != 0 && !QtiWriter.isOne(a.fraction()));
    }

    static String declaration(Gap gap, String id, Consumer<String> warn) {
        return switch (gap.kind()) {
            case TEXT -> QtiItemXml.textDeclaration(id, gap.answers(), gap.caseSensitive(), warn);
            case NUMERIC -> {
                if (gap.answers().size() > 1 || gap.answers().stream().anyMatch(a -> !a.feedback().isEmpty())) {
                    warn.accept("gap " + gap.id() + ": QTI keeps one accepted number; other answers and feedback are not written");
                }
                GapAnswer best = gap.answers().stream().filter(a -> QtiWriter.isOne(a.fraction())).findFirst().orElseThrow();
                yield QtiItemXml.declaration(id, "single", "float", List.of(best.text()));
            }
            case CHOICE -> {
                if (gap.answers().stream().anyMatch(a -> !a.feedback().isEmpty())) {
                    warn.accept("gap " + gap.id() + ": QTI inline choices hold no feedback; not written");
                }
                StringBuilder d = new StringBuilder(QtiItemXml.declaration(id, "single", "identifier",
                        gap.answers().stream().filter(a -> QtiWriter.isOne(a.fraction())).map(GapAnswer::id).toList()));
                if (partial(gap)) {
                    QtiItemXml.insertMapping(d, gap.answers().stream().filter(a -> a.fraction().signum() != 0)
                            .map(a -> "<mapEntry mapKey=\"" + a.id() + "\" mappedValue=\"" + a.fraction().toPlainString() + "\"/>")
                            .toList(), " lowerBound=\"0\" upperBound=\"1\"");
                }
                yield d.toString();
            }
        };
    }
}
