package vn.khaothi.itembank.domain.item;

/**
 * Sanitised HTML of a stem, an option or a feedback (nội dung có định dạng). Construction always
 * sanitises, so a {@code RichText} can be put in a page as it is. Math is LaTeX inside
 * {@code \( … \)} or {@code $$ … $$}; the browser typesets it.
 */
public record RichText(String html) {

    public static final RichText EMPTY = new RichText("");

    public RichText {
        html = HtmlPolicy.sanitise(html == null ? "" : html);
    }

    /** Text that is already HTML (it is sanitised). */
    public static RichText html(String html) {
        return html == null || html.isEmpty() ? EMPTY : new RichText(html);
    }

    /** Plain text: {@code <}, {@code >} and {@code &} are escaped so they show as typed. */
    public static RichText plain(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RichText(HtmlPolicy.escape(text));
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    /** The text a reader sees, without markup (for search keys, names and answer matching). */
    public String text() {
        return HtmlPolicy.text(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
