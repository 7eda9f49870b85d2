package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.child;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.w3c.dom.Element;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * What one QTI 2.1 item gives credit for (điểm), read from its declarations and response
 * processing: whether a response is scored by its mapping, the accepted answers of a text entry
 * with their share of the credit, a gap's weight and the item's points. {@link QtiItemMapper}
 * reads the interactions and asks this class about credit.
 */
final class QtiCredit {

    private final Element item;

    QtiCredit(Element item) {
        this.item = item;
    }

    /**
     * Whether QTI scores this response by its mapping: map_response, custom processing that calls
     * mapResponse on it, or no processing at all. Under match_correct a mapping gives no credit.
     */
    boolean scoresByMapping(QtiDeclaration d) {
        if (!d.hasMapping()) {
            return false;
        }
        Element processing = child(item, "responseProcessing");
        if (processing == null) {
            return true;
        }
        String template = processing.getAttribute("template");
        if (!template.isBlank()) {
            return template.endsWith("/map_response");
        }
        return callsMapResponse(processing, d.identifier());
    }

    private static boolean callsMapResponse(Element e, String identifier) {
        for (Element c : children(e, null)) {
            if (c.getLocalName().equals("mapResponse") && identifier.equals(c.getAttribute("identifier"))) {
                return true;
            }
            if (callsMapResponse(c, identifier)) {
                return true;
            }
        }
        return false;
    }

    /** Accepted answers of a text entry: the mapping (credit relative to its best value), else the correct response. */
    List<GapAnswer> gapAnswers(QtiDeclaration d, GapKind kind) {
        List<GapAnswer> out = new ArrayList<>();
        BigDecimal tolerance = kind == GapKind.NUMERIC ? QtiTolerance.of(item, d) : BigDecimal.ZERO;
        if (d.hasMapping()) {
            BigDecimal best = d.mapping().stream().map(QtiDeclaration.MapEntry::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            for (QtiDeclaration.MapEntry e : d.mapping()) {
                if (e.value().signum() > 0) {
                    out.add(new GapAnswer(PositionalId.of(out.size()), e.key(), tolerance,
                            e.value().divide(best, 7, RoundingMode.HALF_UP), RichText.EMPTY));
                }
            }
        } else {
            for (String value : d.correct()) {
                BigDecimal t = kind == GapKind.NUMERIC && QtiTolerance.isRelative(item, d)
                        ? new BigDecimal(value).multiply(tolerance).movePointLeft(2) : tolerance;
                out.add(new GapAnswer(PositionalId.of(out.size()), value, t, BigDecimal.ONE, RichText.EMPTY));
            }
        }
        if (out.isEmpty()) {
            throw new QtiItemMapper.QtiProblem(d.identifier() + " has neither a correctResponse nor a positive mapping", d.element());
        }
        return out;
    }

    static boolean caseSensitive(QtiDeclaration d) {
        return !d.hasMapping() || d.mapping().stream().anyMatch(QtiDeclaration.MapEntry::caseSensitive);
    }

    static BigDecimal weight(QtiDeclaration d) {
        return d.hasMapping() ? d.mappingMaximum().max(BigDecimal.ONE) : BigDecimal.ONE;
    }

    /** The item's points: MAXSCORE's default, else SCORE's normalMaximum, else what the key is worth. */
    BigDecimal points(ItemContent content, Collection<QtiDeclaration> declarations) {
        for (Element o : children(item, "outcomeDeclaration")) {
            Element dv = child(o, "defaultValue");
            if (o.getAttribute("identifier").equals("MAXSCORE") && dv != null && child(dv, "value") != null) {
                return Fractions.normalise(new BigDecimal(child(dv, "value").getTextContent().strip()));
            }
        }
        for (Element o : children(item, "outcomeDeclaration")) {
            if (o.getAttribute("identifier").equals("SCORE") && o.hasAttribute("normalMaximum")) {
                return Fractions.normalise(new BigDecimal(o.getAttribute("normalMaximum")));
            }
        }
        ItemBody body = content.body();
        if (body instanceof MatchingBody m) {
            return m.premises().stream().map(MatchPair::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (body instanceof ClozeBody c) {
            return c.gaps().stream().map(Gap::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (content.type() == ItemTypeCode.MULTIPLE_RESPONSE) {
            QtiDeclaration d = declarations.iterator().next();
            return scoresByMapping(d) ? d.mappingMaximum() : BigDecimal.ONE;
        }
        return BigDecimal.ONE;
    }
}
