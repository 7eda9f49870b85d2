package vn.khaothi.engine.infrastructure.print;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the sanitised HTML of a stem or an option into {@link Atom}s: b/strong, i/em, u, sup and sub
 * style the words; p, div, br, li and the like break lines; img with a {@code data:} URI is a picture;
 * LaTeX inside {@code \( \)}, {@code \[ \]} or {@code $$ $$} is a formula. Any other tag gives its text.
 */
final class HtmlInline {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "figure", "figcaption");
    private static final Pattern MATH = Pattern.compile("\\\\\\((.+?)\\\\\\)|\\$\\$(.+?)\\$\\$|\\\\\\[(.+?)\\\\\\]",
            Pattern.DOTALL);
    private static final Pattern DATA_URI = Pattern.compile("data:image/[a-zA-Z+.-]+;base64,(.*)", Pattern.DOTALL);

    private final List<Atom> atoms = new ArrayList<>();
    private boolean pendingSpace;

    private HtmlInline() {
    }

    static List<Atom> parse(String html) {
        HtmlInline parser = new HtmlInline();
        parser.walk(Jsoup.parseBodyFragment(html == null ? "" : html).body(), Atom.Style.PLAIN);
        return parser.trimmed();
    }

    /** Plain text in one style, white space collapsed. */
    static List<Atom> text(String text, Atom.Style style) {
        HtmlInline parser = new HtmlInline();
        parser.addText(text, style);
        return parser.trimmed();
    }

    private void walk(Node node, Atom.Style style) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                addText(t.getWholeText(), style);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("img")) {
                    addPicture(e);
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    atoms.add(new Atom.Break());
                    pendingSpace = false;
                }
                walk(e, styled(tag, style));
                if (block) {
                    atoms.add(new Atom.Break());
                    pendingSpace = false;
                }
            }
        }
    }

    private static Atom.Style styled(String tag, Atom.Style style) {
        return switch (tag) {
            case "b", "strong", "th" -> style.bolder();
            case "i", "em" -> style.italicised();
            case "u", "ins" -> style.underlined();
            case "sup" -> style.scripted(1);
            case "sub" -> style.scripted(-1);
            default -> style;
        };
    }

    private void addText(String raw, Atom.Style style) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u00a0', ' ');
        Matcher m = MATH.matcher(text);
        int from = 0;
        while (m.find()) {
            addWords(text.substring(from, m.start()), style);
            boolean display = m.group(1) == null;
            String latex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            atoms.add(new Atom.Math(latex.trim(), display, pendingSpace));
            pendingSpace = false;
            from = m.end();
        }
        addWords(text.substring(from), style);
    }

    private void addWords(String text, Atom.Style style) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            atoms.add(new Atom.Word(text.substring(i, end), style, pendingSpace));
            pendingSpace = false;
            i = end;
        }
    }

    private void addPicture(Element img) {
        Matcher m = DATA_URI.matcher(img.attr("src").trim());
        byte[] bytes = null;
        if (m.matches()) {
            try {
                bytes = Base64.getMimeDecoder().decode(m.group(1));
            } catch (IllegalArgumentException badBase64) {
                bytes = null;
            }
        }
        String alt = img.attr("alt").isBlank() ? "[hình]" : img.attr("alt");
        atoms.add(new Atom.Picture(bytes, alt, pendingSpace));
        pendingSpace = false;
    }

    /** Drops breaks at the start and the end and collapses repeated breaks. */
    private List<Atom> trimmed() {
        List<Atom> out = new ArrayList<>();
        for (Atom a : atoms) {
            if (a instanceof Atom.Break && (out.isEmpty() || out.get(out.size() - 1) instanceof Atom.Break)) {
                continue;
            }
            out.add(a);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Atom.Break) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
