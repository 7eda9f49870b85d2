package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.math.BigDecimal;
import org.w3c.dom.Element;

/**
 * The tolerance a custom response processing grants a numeric response: an {@code <equal
 * toleranceMode="absolute|relative" tolerance="…">} that compares the response variable. Relative
 * tolerances are percentages of the correct value.
 */
final class QtiTolerance {

    private QtiTolerance() {
    }

    static BigDecimal of(Element item, QtiDeclaration d) {
        Element equal = find(item, d.identifier());
        if (equal == null || equal.getAttribute("toleranceMode").equals("exact") || equal.getAttribute("tolerance").isBlank()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(equal.getAttribute("tolerance").strip().split("\\s+")[0]);
    }

    static boolean isRelative(Element item, QtiDeclaration d) {
        Element equal = find(item, d.identifier());
        return equal != null && equal.getAttribute("toleranceMode").equals("relative");
    }

    private static Element find(Element e, String variable) {
        for (Element c : children(e, null)) {
            if (c.getLocalName().equals("equal") && children(c, "variable").stream()
                    .anyMatch(v -> v.getAttribute("identifier").equals(variable))) {
                return c;
            }
            Element found = find(c, variable);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
