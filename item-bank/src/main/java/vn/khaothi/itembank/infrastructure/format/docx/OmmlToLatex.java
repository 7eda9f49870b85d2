package vn.khaothi.itembank.infrastructure.format.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's own equations (Office Math, OMML: {@code m:oMath}) as LaTeX for {@code \( … \)}, the way
 * our items hold math. Covers what school maths and physics use: fractions, powers and indices,
 * radicals, sums/products/integrals (n-ary), brackets of every kind (with separators), matrices
 * and equation arrays (systems), functions (sin, log, lim), accents and bars. Anything else is read
 * for its text, so nothing a teacher typed is lost. Deterministic and total: it never throws on odd
 * markup.
 */
public final class OmmlToLatex {

    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
            Map.entry((int) '≤', "\\le "), Map.entry((int) '≥', "\\ge "), Map.entry((int) '≠', "\\ne "),
            Map.entry((int) '×', "\\times "), Map.entry((int) '÷', "\\div "), Map.entry((int) '±', "\\pm "),
            Map.entry((int) '∓', "\\mp "), Map.entry((int) '·', "\\cdot "), Map.entry((int) '⋅', "\\cdot "),
            Map.entry((int) '∞', "\\infty "), Map.entry((int) '→', "\\to "), Map.entry((int) '⇒', "\\Rightarrow "),
            Map.entry((int) '⇔', "\\Leftrightarrow "), Map.entry((int) '∈', "\\in "), Map.entry((int) '∉', "\\notin "),
            Map.entry((int) '⊂', "\\subset "), Map.entry((int) '⊃', "\\supset "), Map.entry((int) '⊆', "\\subseteq "),
            Map.entry((int) '∪', "\\cup "), Map.entry((int) '∩', "\\cap "), Map.entry((int) '∅', "\\emptyset "),
            Map.entry((int) '∀', "\\forall "), Map.entry((int) '∃', "\\exists "), Map.entry((int) '≈', "\\approx "),
            Map.entry((int) '≡', "\\equiv "), Map.entry((int) '∼', "\\sim "), Map.entry((int) '°', "^\\circ "),
            Map.entry((int) '∠', "\\angle "), Map.entry((int) '⊥', "\\perp "), Map.entry((int) '∥', "\\parallel "),
            Map.entry((int) '△', "\\triangle "), Map.entry((int) '∆', "\\Delta "), Map.entry((int) '′', "'"),
            Map.entry((int) '−', "-"), Map.entry((int) '…', "\\ldots "), Map.entry((int) '⋯', "\\cdots "),
            Map.entry((int) 'ℝ', "\\mathbb{R} "), Map.entry((int) 'ℕ', "\\mathbb{N} "), Map.entry((int) 'ℤ', "\\mathbb{Z} "),
            Map.entry((int) 'ℚ', "\\mathbb{Q} "), Map.entry((int) '∂', "\\partial "), Map.entry((int) '∇', "\\nabla "),
            Map.entry((int) '{', "\\{"), Map.entry((int) '}', "\\}"), Map.entry((int) '%', "\\%"),
            Map.entry((int) 'α', "\\alpha "), Map.entry((int) 'β', "\\beta "), Map.entry((int) 'γ', "\\gamma "),
            Map.entry((int) 'δ', "\\delta "), Map.entry((int) 'ε', "\\varepsilon "), Map.entry((int) 'θ', "\\theta "),
            Map.entry((int) 'λ', "\\lambda "), Map.entry((int) 'μ', "\\mu "), Map.entry((int) 'π', "\\pi "),
            Map.entry((int) 'ρ', "\\rho "), Map.entry((int) 'σ', "\\sigma "), Map.entry((int) 'τ', "\\tau "),
            Map.entry((int) 'φ', "\\varphi "), Map.entry((int) 'ω', "\\omega "), Map.entry((int) 'Ω', "\\Omega "),
            Map.entry((int) 'Φ', "\\Phi "), Map.entry((int) 'Σ', "\\Sigma "), Map.entry((int) 'Π', "\\Pi "),
            Map.entry((int) 'Γ', "\\Gamma "), Map.entry((int) 'Λ', "\\Lambda "), Map.entry((int) 'η', "\\eta "),
            Map.entry((int) 'ξ', "\\xi "), Map.entry((int) 'ψ', "\\psi "), Map.entry((int) 'χ', "\\chi "),
            Map.entry((int) 'κ', "\\kappa "), Map.entry((int) 'ν', "\\nu "), Map.entry((int) 'ζ', "\\zeta "));

    private static final Map<String, String> NARY = Map.of("∑", "\\sum", "∏", "\\prod", "∫", "\\int", "∬", "\\iint",
            "∭", "\\iiint", "∮", "\\oint", "⋃", "\\bigcup", "⋂", "\\bigcap", "∐", "\\coprod");

    private static final Map<String, String> ACCENTS = Map.of("\u0302", "\\hat", "\u0304", "\\bar", "\u0305", "\\overline",
            "\u20D7", "\\overrightarrow", "\u0303", "\\tilde", "\u0307", "\\dot", "\u0308", "\\ddot", "\u20D6", "\\overleftarrow",
            "\u030C", "\\check", "\u0306", "\\breve");

    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "cot", "log", "ln", "lg", "exp", "lim",
            "max", "min", "sup", "inf", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "det", "gcd");

    private static final Map<String, String> BRACKETS = Map.ofEntries(Map.entry("{", "\\{"), Map.entry("}", "\\}"),
            Map.entry("", "."), Map.entry("‖", "\\|"), Map.entry("⟨", "\\langle"), Map.entry("⟩", "\\rangle"),
            Map.entry("〈", "\\langle"), Map.entry("〉", "\\rangle"), Map.entry("⌊", "\\lfloor"), Map.entry("⌋", "\\rfloor"),
            Map.entry("⌈", "\\lceil"), Map.entry("⌉", "\\rceil"));

    private OmmlToLatex() {
    }

    /** The LaTeX of an {@code m:oMath} or {@code m:oMathPara} element, without delimiters. */
    public static String convert(Element math) {
        String latex = children(math);
        return latex.replaceAll("\\s+", " ").replaceAll("\\s+([}^_])", "$1").strip();
    }

    private static String children(Node n) {
        StringBuilder out = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.append(element(e));
            }
        }
        return out.toString();
    }

    private static String element(Element e) {
        if (!M.equals(e.getNamespaceURI())) {
            return ""; // w:rPr and other Word run properties inside math
        }
        String name = e.getLocalName();
        if (name.endsWith("Pr")) {
            return "";
        }
        return switch (name) {
            case "r" -> run(e);
            case "t" -> symbols(text(e));
            case "f" -> fraction(e);
            case "sSup" -> base(child(e, "e")) + "^{" + arg(e, "sup") + "}";
            case "sSub" -> base(child(e, "e")) + "_{" + arg(e, "sub") + "}";
            case "sSubSup" -> base(child(e, "e")) + "_{" + arg(e, "sub") + "}^{" + arg(e, "sup") + "}";
            case "sPre" -> "{}_{" + arg(e, "sub") + "}^{" + arg(e, "sup") + "}" + arg(e, "e");
            case "rad" -> radical(e);
            case "nary" -> nary(e);
            case "d" -> delimiter(e);
            case "m" -> matrix(e);
            case "eqArr" -> "\\begin{array}{l}" + String.join(" \\\\ ", all(e, "e")) + "\\end{array}";
            case "func" -> function(e);
            case "acc" -> accent(e);
            case "bar" -> ("bot".equals(prop(e, "barPr", "pos")) ? "\\underline{" : "\\overline{") + arg(e, "e") + "}";
            case "groupChr" -> groupChar(e);
            case "limLow" -> base(child(e, "e")) + "_{" + arg(e, "lim") + "}";
            case "limUpp" -> base(child(e, "e")) + "^{" + arg(e, "lim") + "}";
            default -> children(e); // oMath, e, num, den, box, borderBox, phant, …: their content
        };
    }

    private static String run(Element r) {
        StringBuilder text = new StringBuilder();
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element t && "t".equals(t.getLocalName())) {
                text.append(text(t));
            }
        }
        Element rPr = child(r, "rPr");
        if (rPr != null && child(rPr, "nor") != null && text.toString().chars().anyMatch(Character::isLetter)) {
            return "\\text{" + text + "}";
        }
        String s = text.toString();
        if (FUNCTIONS.contains(s.strip())) {
            return "\\" + s.strip() + " ";
        }
        return symbols(s);
    }

    /** The text of a node (POI's DOM has no getTextContent). */
    static String text(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            return n.getNodeValue();
        }
        StringBuilder out = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.append(text(c));
        }
        return out.toString();
    }

    static String symbols(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = SYMBOLS.get(cp);
            out.append(s != null ? s : new String(Character.toChars(cp)));
        });
        return out.toString();
    }

    private static String fraction(Element f) {
        String type = prop(f, "fPr", "type");
        String num = arg(f, "num");
        String den = arg(f, "den");
        if ("lin".equals(type) || "skw".equals(type)) {
            return base(child(f, "num")) + "/" + base(child(f, "den"));
        }
        if ("noBar".equals(type)) {
            return "\\binom{" + num + "}{" + den + "}";
        }
        return "\\frac{" + num + "}{" + den + "}";
    }

    private static String radical(Element rad) {
        String deg = arg(rad, "deg").strip();
        return deg.isEmpty() ? "\\sqrt{" + arg(rad, "e") + "}" : "\\sqrt[" + deg + "]{" + arg(rad, "e") + "}";
    }

    private static String nary(Element n) {
        String chr = prop(n, "naryPr", "chr");
        String op = NARY.getOrDefault(chr == null ? "∫" : chr, chr == null ? "\\int" : symbols(chr).strip());
        StringBuilder out = new StringBuilder(op);
        String sub = arg(n, "sub").strip();
        String sup = arg(n, "sup").strip();
        if (!sub.isEmpty()) {
            out.append("_{").append(sub).append('}');
        }
        if (!sup.isEmpty()) {
            out.append("^{").append(sup).append('}');
        }
        return out.append(' ').append(arg(n, "e")).toString();
    }

    private static String delimiter(Element d) {
        String beg = propOr(d, "dPr", "begChr", "(");
        String end = propOr(d, "dPr", "endChr", ")");
        String sep = propOr(d, "dPr", "sepChr", "|");
        String inner = String.join(sep.equals("|") ? " \\mid " : symbols(sep), all(d, "e"));
        return "\\left" + bracket(beg) + inner + "\\right" + bracket(end);
    }

    private static String bracket(String c) {
        return BRACKETS.getOrDefault(c, c);
    }

    private static String matrix(Element m) {
        List<String> rows = new ArrayList<>();
        for (Element row : elements(m, "mr")) {
            rows.add(String.join(" & ", all(row, "e")));
        }
        return "\\begin{matrix}" + String.join(" \\\\ ", rows) + "\\end{matrix}";
    }

    private static String function(Element f) {
        String name = arg(f, "fName").strip();
        if (FUNCTIONS.contains(name)) {
            name = "\\" + name;
        }
        return name + " " + arg(f, "e");
    }

    private static String accent(Element a) {
        String chr = propOr(a, "accPr", "chr", "\u0302");
        String command = ACCENTS.getOrDefault(chr, "\\hat");
        return command + "{" + arg(a, "e") + "}";
    }

    private static String groupChar(Element g) {
        String chr = propOr(g, "groupChrPr", "chr", "\u23DF");
        String pos = prop(g, "groupChrPr", "pos");
        boolean over = "top".equals(pos) || "\u23DE".equals(chr);
        return (over ? "\\overbrace{" : "\\underbrace{") + arg(g, "e") + "}";
    }

    /** A base of a power or index: braced unless it is one symbol. */
    private static String base(Element e) {
        String s = e == null ? "" : children(e).strip();
        if (s.codePointCount(0, s.length()) == 1 || s.matches("\\\\[A-Za-z]+") || s.matches("\\\\left.*\\\\right.?")) {
            return s;
        }
        return "{" + s + "}";
    }

    private static String arg(Element parent, String name) {
        Element c = child(parent, name);
        return c == null ? "" : children(c).strip();
    }

    private static List<String> all(Element parent, String name) {
        return elements(parent, name).stream().map(c -> children(c).strip()).toList();
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && M.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> l = elements(parent, name);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The m:val of a property (e.g. dPr/begChr), or null when not given. */
    private static String prop(Element e, String pr, String name) {
        Element props = child(e, pr);
        Element p = props == null ? null : child(props, name);
        if (p == null) {
            return null;
        }
        return p.hasAttributeNS(M, "val") ? p.getAttributeNS(M, "val") : "";
    }

    private static String propOr(Element e, String pr, String name, String fallback) {
        String v = prop(e, pr, name);
        return v == null ? fallback : v;
    }
}
