package vn.khaothi.engine.infrastructure.print;

/** One unit of inline content, before it is measured: a word, a formula, an image or a line break. */
sealed interface Atom {

    /** True when white space stands before the atom, so a line may break there. */
    boolean spaceBefore();

    /** Bold, italic, underline and raised (1) or lowered (−1) script of a run of text. */
    record Style(boolean bold, boolean italic, boolean underline, int script) {
        static final Style PLAIN = new Style(false, false, false, 0);
        static final Style BOLD = new Style(true, false, false, 0);
        static final Style ITALIC = new Style(false, true, false, 0);

        Style bolder() {
            return new Style(true, italic, underline, script);
        }

        Style italicised() {
            return new Style(bold, true, underline, script);
        }

        Style underlined() {
            return new Style(bold, italic, true, script);
        }

        Style scripted(int newScript) {
            return new Style(bold, italic, underline, newScript);
        }
    }

    record Word(String text, Style style, boolean spaceBefore) implements Atom {
    }

    /** LaTeX source without its delimiters; a display formula stands on a line of its own. */
    record Math(String latex, boolean display, boolean spaceBefore) implements Atom {
    }

    /** A picture from a {@code data:} URI; {@code bytes} is null when the source could not be read. */
    record Picture(byte[] bytes, String alt, boolean spaceBefore) implements Atom {
    }

    /** The end of a paragraph or a {@code <br>}. */
    record Break() implements Atom {
        @Override
        public boolean spaceBefore() {
            return true;
        }
    }
}
