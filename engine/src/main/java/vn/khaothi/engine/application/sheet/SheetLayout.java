package vn.khaothi.engine.application.sheet;

import java.util.List;

/**
 * The geometry of one version's answer sheet: what {@code …/answer-sheet/layout} publishes and what the
 * reader samples. Every figure is in PDF points from the page's top-left corner.
 *
 * @param width      the page width (A4: 595.28)
 * @param height     the page height (A4: 841.89)
 * @param markers    the four corner markers, top-left first then clockwise; the top-left one is hollow so
 *                   that a reader knows which way up the page is
 * @param qr         where the QR code (paper id and version) is printed
 * @param bubbles    every bubble, in reading order
 * @param questions  the questions, in the paper's order (essays included: they have no bubbles)
 * @param studentNumberDigits columns of the số báo danh grid
 * @param versionCodeDigits   columns of the mã đề grid
 */
public record SheetLayout(double width, double height, List<Marker> markers, Box qr, List<SheetBubble> bubbles,
        List<SheetQuestion> questions, int studentNumberDigits, int versionCodeDigits) {

    /** A square corner marker: its centre and side. */
    public record Marker(double x, double y, double size) {
    }

    /** A rectangle: top-left corner and size. */
    public record Box(double x, double y, double width, double height) {
    }

    public SheetLayout {
        markers = List.copyOf(markers);
        bubbles = List.copyOf(bubbles);
        questions = List.copyOf(questions);
    }

    /** The bubbles of one field (and one question when {@code question} is not null), in reading order. */
    public List<SheetBubble> bubbles(String field, Integer question) {
        return bubbles.stream().filter(b -> b.field().equals(field)
                && (question == null || question.equals(b.question()))).toList();
    }
}
