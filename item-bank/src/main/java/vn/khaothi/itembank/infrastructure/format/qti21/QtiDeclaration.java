package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.child;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A QTI {@code responseDeclaration}: the correct response and the mapping that gives partial
 * credit. Values are kept as written (identifiers, "A B" pairs, strings, numbers).
 */
record QtiDeclaration(String identifier, String cardinality, String baseType, List<String> correct,
                      List<MapEntry> mapping, BigDecimal defaultValue, BigDecimal lowerBound, BigDecimal upperBound,
                      Element element) {

    record MapEntry(String key, BigDecimal value, boolean caseSensitive) {
    }

    static QtiDeclaration of(Element d) {
        List<String> correct = new ArrayList<>();
        Element cr = child(d, "correctResponse");
        if (cr != null) {
            children(cr, "value").forEach(v -> correct.add(v.getTextContent().strip()));
        }
        List<MapEntry> entries = new ArrayList<>();
        BigDecimal defaultValue = BigDecimal.ZERO;
        BigDecimal lower = null;
        BigDecimal upper = null;
        Element mapping = child(d, "mapping");
        if (mapping != null) {
            for (Element e : children(mapping, "mapEntry")) {
                entries.add(new MapEntry(e.getAttribute("mapKey"), new BigDecimal(e.getAttribute("mappedValue").strip()),
                        !"false".equals(e.getAttribute("caseSensitive"))));
            }
            defaultValue = decimal(mapping.getAttribute("defaultValue")).orElse(BigDecimal.ZERO);
            lower = decimal(mapping.getAttribute("lowerBound")).orElse(null);
            upper = decimal(mapping.getAttribute("upperBound")).orElse(null);
        }
        return new QtiDeclaration(d.getAttribute("identifier"), d.getAttribute("cardinality"), d.getAttribute("baseType"),
                correct, entries, defaultValue, lower, upper, d);
    }

    private static Optional<BigDecimal> decimal(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(raw.strip()));
    }

    boolean hasMapping() {
        return !mapping.isEmpty();
    }

    Optional<BigDecimal> mapped(String key) {
        return mapping.stream().filter(e -> e.key().equals(key)).map(MapEntry::value).findFirst();
    }

    /** What a perfect response earns under the mapping: the upper bound, else the positive values. */
    BigDecimal mappingMaximum() {
        if (upperBound != null) {
            return upperBound;
        }
        return mapping.stream().map(MapEntry::value).filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean numeric() {
        return baseType.equals("float") || baseType.equals("integer");
    }
}
