package vn.khaothi.engine.application.gradebook;

import java.util.List;

/**
 * What publishing a sitting's scores into the gradebook (công bố điểm) wrote: {@code written}
 * cells changed of {@code graded} students. A sitting of a class names its class and semester and
 * has no {@code classes}; a sitting given as a list has no {@code classCode}, one entry per class
 * it wrote into (sorted by class), and the first class's semester (null when it wrote none).
 */
public record PublishedScores(int written, int graded, String classCode, String subject, Integer semester, String column,
                              List<PublishedClass> classes) {

    /** One class of a list sitting: its semester, how many of its students were graded, how many cells changed. */
    public record PublishedClass(String classCode, int semester, int graded, int written) {
    }
}
