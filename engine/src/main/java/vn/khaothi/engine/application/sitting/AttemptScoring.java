package vn.khaothi.engine.application.sitting;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.ItemScore;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.domain.itemtype.MalformedResponseException;
import vn.khaothi.itembank.domain.itemtype.Score;
import vn.khaothi.itembank.domain.itemtype.ScoreState;

/**
 * Scores a submitted attempt item by item with the type plug-ins (true/false clusters 0.1/0.25/0.5/1,
 * numeric tolerance, partial credit — each type's own rule): the current answer of each item is
 * its highest seq. An essay with an answer is NEEDS_GRADING (0 points until a teacher marks it);
 * a response of the wrong shape scores 0 (WRONG), it cannot stop the scoring of the others.
 */
final class AttemptScoring {

    private AttemptScoring() {
    }

    static List<ItemScore> score(DeliverableVersion version, Map<Long, AnswerStep> answers) {
        List<ItemScore> scores = new ArrayList<>();
        for (DeliverableItem item : version.items()) {
            AnswerStep step = answers.get(item.itemId());
            Score score;
            if (step == null) {
                score = Score.unanswered();
            } else {
                JsonValue response = ItemJson.parse(step.response());
                try {
                    score = ItemTypes.of(item.content().type()).score(item.content(),
                            response instanceof JsonObject o ? o : null, item.points());
                } catch (MalformedResponseException | ClassCastException e) {
                    score = new Score(BigDecimal.ZERO, BigDecimal.ZERO, ScoreState.WRONG);
                }
            }
            scores.add(new ItemScore(item.itemId(), item.position(), score.points(), item.points(), score.state().name()));
        }
        return scores;
    }

    static boolean needsGrading(List<ItemScore> scores) {
        return scores.stream().anyMatch(s -> s.state().equals(ScoreState.NEEDS_GRADING.name()));
    }

    static BigDecimal total(List<ItemScore> scores) {
        return scores.stream().map(ItemScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
