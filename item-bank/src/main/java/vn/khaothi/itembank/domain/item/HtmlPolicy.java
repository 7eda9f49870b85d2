package vn.khaothi.itembank.domain.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one HTML policy for item text: formatting, tables, lists, images and links survive;
 * scripts, event handlers, any URL scheme not on the allow-list of {@link SafeUrls} (however it is
 * encoded) and images from outside the site do not. LaTeX written as {@code \( … \)} or
 * {@code $$ … $$} is plain text to HTML and passes through untouched, so math needs no special case.
 */
final class HtmlPolicy {

    private static final Safelist SAFELIST = new UrlCheckingSafelist();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private HtmlPolicy() {
    }

    static String sanitise(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        // Fast path: text without markup or entities cannot carry anything dangerous and jsoup would
        // return it unchanged; bulk imports of thousands of plain stems stay cheap.
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0 && html.indexOf('>') < 0) {
            return html;
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(protectMath(html), ""));
        clean.outputSettings(OUTPUT.clone());
        // Attributes in name order: the same text read back from any format (XML parsers do not keep
        // attribute order) compares equal.
        for (Element e : clean.body().getAllElements()) {
            if (e.attributesSize() > 1) {
                List<Attribute> sorted = new ArrayList<>(e.attributes().asList());
                sorted.sort(Comparator.comparing(Attribute::getKey));
                sorted.forEach(a -> e.removeAttr(a.getKey()));
                sorted.forEach(a -> e.attr(a.getKey(), a.getValue()));
            }
        }
        return clean.body().html();
    }

    private static final Pattern MATH = Pattern.compile(
            "\\\\\\((.*?)\\\\\\)|\\$\\$(.*?)\\$\\$|\\\\\\[(.*?)\\\\\\]", Pattern.DOTALL);
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)");

    /**
     * Inside LaTeX, {@code <} and {@code >} are comparison signs, but an HTML parser would take
     * {@code \(x<y\)} for the start of a tag and eat the math. Escaping them (and bare {@code &})
     * keeps the formula; the browser decodes the entities before the typesetter reads the text.
     */
    private static String protectMath(String html) {
        Matcher m = MATH.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        int last = 0;
        do {
            String math = m.group();
            String safe = BARE_AMPERSAND.matcher(math).replaceAll("&amp;").replace("<", "&lt;").replace(">", "&gt;");
            out.append(html, last, m.start()).append(safe);
            last = m.end();
        } while (m.find());
        return out.append(html.substring(last)).toString();
    }

    static String escape(String plainText) {
        if (plainText == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(plainText.length() + 16);
        for (int i = 0; i < plainText.length(); i++) {
            char c = plainText.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text content of sanitised HTML, for search keys and names. */
    static String text(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.replaceAll("\\s+", " ").strip();
        }
        return Jsoup.parseBodyFragment(html).text();
    }

    /**
     * Relative image sources (media shipped beside an imported file, Moodle's {@code @@PLUGINFILE@@})
     * must survive, and jsoup's protocol lists need an absolute URL, so URLs are judged by
     * {@link SafeUrls}: an allow-list of schemes on the decoded URL.
     */
    private static final class UrlCheckingSafelist extends Safelist {
        UrlCheckingSafelist() {
            super(Safelist.relaxed());
            addTags("span", "div", "hr", "s", "del", "ins", "mark", "figure", "figcaption");
            addAttributes(":all", "class", "style", "title", "lang", "dir");
            addAttributes("img", "src", "alt", "width", "height");
            addAttributes("a", "href", "target");
            addAttributes("table", "border");
            removeProtocols("img", "src", "http", "https");
            removeProtocols("a", "href", "ftp", "http", "https", "mailto");
            removeProtocols("blockquote", "cite", "http", "https");
            removeProtocols("q", "cite", "http", "https");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            String key = attr.getKey();
            if (key.equals("src")) {
                return SafeUrls.isSafeImage(attr.getValue()) && super.isSafeAttribute(tagName, el, attr);
            }
            if (key.equals("href") || key.equals("cite")) {
                return SafeUrls.isSafeLink(attr.getValue()) && super.isSafeAttribute(tagName, el, attr);
            }
            if (key.equals("style")) {
                return SafeUrls.isSafeStyle(attr.getValue()) && super.isSafeAttribute(tagName, el, attr);
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }
}
