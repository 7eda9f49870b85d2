package vn.khaothi.itembank.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/** An essay's rubric: checked against the item's points, and stored additively in the content JSON. */
class RubricTest {

    private static Rubric.Criterion criterion(String id, String name, String... points) {
        return new Rubric.Criterion(id, name, java.util.Arrays.stream(points)
                .map(p -> new Rubric.Level("Mức " + p, new BigDecimal(p))).toList());
    }

    private static ItemContent essay(String points, Rubric rubric) {
        return ItemContent.of(ItemTypeCode.ESSAY, RichText.plain("Chứng minh rằng …"),
                new EssayBody(RichText.plain("Mỗi bước 0,25 điểm"), RichText.EMPTY, rubric))
                .withPoints(new BigDecimal(points));
    }

    @Test
    void aRubricMustAddUpToTheItemsPoints() {
        Rubric rubric = new Rubric(List.of(criterion("c1", "Lập luận", "0", "0.75", "1.5"), criterion("c2", "Trình bày", "0", "0.5")));
        assertEquals(0, new BigDecimal("2").compareTo(rubric.total()));
        assertEquals(List.of(), ItemTypes.validate(essay("2", rubric)));
        List<String> wrongTotal = ItemTypes.validate(essay("3", rubric));
        assertTrue(wrongTotal.stream().anyMatch(p -> p.contains("add up to 2")), wrongTotal.toString());
        assertEquals(List.of(), ItemTypes.validate(essay("3", Rubric.NONE)), "an essay without a rubric is fine");
    }

    @Test
    void badCriteriaAreNamed() {
        Rubric bad = new Rubric(List.of(criterion("c1", "", "1"), criterion("c1", "Trình bày"),
                new Rubric.Criterion("c3", "Ý", List.of(new Rubric.Level("x", new BigDecimal("-1"))))));
        List<String> problems = bad.problems(BigDecimal.ONE);
        assertTrue(problems.contains("rubric criterion 1 has no name"), problems.toString());
        assertTrue(problems.contains("rubric criterion 2 needs an id of its own"), problems.toString());
        assertTrue(problems.contains("rubric criterion 2 has no level"), problems.toString());
        assertTrue(problems.contains("rubric criterion 3, level 1: points are 0 or more"), problems.toString());
    }

    @Test
    void theRubricSurvivesStorageAndOldEssaysKeepTheirShape() {
        Rubric rubric = new Rubric(List.of(criterion("c1", "Lập luận", "0", "0.25", "1")));
        ItemContent stored = ItemContentJson.read(ItemContentJson.write(essay("1", rubric)));
        assertEquals(rubric, stored.body(EssayBody.class).rubric());
        String plain = ItemContentJson.write(essay("1", Rubric.NONE));
        assertTrue(!plain.contains("rubric"), plain);
        assertTrue(ItemContentJson.read(plain).body(EssayBody.class).rubric().isEmpty());
    }
}
