package vn.khaothi.itembank.infrastructure.format.qti21;

import java.util.List;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapKind;

/**
 * Response processing for items the standard templates cannot score: numeric answers with a
 * tolerance and cloze items with several gaps. Each gap adds its share of MAXSCORE to SCORE.
 */
final class QtiProcessing {

    private QtiProcessing() {
    }

    /** Rules for numeric responses: {@code {id, absoluteTolerance}}; each right one earns MAXSCORE. */
    static String tolerances(List<String[]> numeric) {
        StringBuilder out = new StringBuilder("<responseProcessing>");
        for (String[] n : numeric) {
            out.append(equalRule(n[0], n[1], "<variable identifier=\"MAXSCORE\"/>"));
        }
        return out.append("</responseProcessing>\n").toString();
    }

    static String clozeScoring(List<Gap> gaps, List<String[]> tolerances) {
        StringBuilder out = new StringBuilder("<responseProcessing>");
        String share = "<divide><variable identifier=\"MAXSCORE\"/><baseValue baseType=\"float\">" + gaps.size() + "</baseValue></divide>";
        for (Gap gap : gaps) {
            String id = QtiItemXml.isIdentifier(gap.id()) ? gap.id() : "G" + gap.id();
            if (gap.kind() == GapKind.NUMERIC) {
                String tolerance = tolerances.stream().filter(t -> t[0].equals(id)).map(t -> t[1]).findFirst().orElse("0");
                out.append(equalRule(id, tolerance, share));
            } else if (gap.kind() == GapKind.CHOICE && !QtiCloze.partial(gap)) {
                out.append("<responseCondition><responseIf><match><variable identifier=\"").append(id)
                        .append("\"/><correct identifier=\"").append(id).append("\"/></match>")
                        .append(add(share)).append("</responseIf></responseCondition>");
            } else {
                out.append("<responseCondition><responseIf><not><isNull><variable identifier=\"").append(id)
                        .append("\"/></isNull></not>").append(add("<product><mapResponse identifier=\"" + id + "\"/>" + share + "</product>"))
                        .append("</responseIf></responseCondition>");
            }
        }
        return out.append("</responseProcessing>\n").toString();
    }

    private static String equalRule(String id, String tolerance, String credit) {
        return "<responseCondition><responseIf><equal toleranceMode=\"absolute\" tolerance=\"" + tolerance + " " + tolerance
                + "\"><variable identifier=\"" + id + "\"/><correct identifier=\"" + id + "\"/></equal>" + add(credit)
                + "</responseIf></responseCondition>";
    }

    private static String add(String value) {
        return "<setOutcomeValue identifier=\"SCORE\"><sum><variable identifier=\"SCORE\"/>" + value + "</sum></setOutcomeValue>";
    }
}
