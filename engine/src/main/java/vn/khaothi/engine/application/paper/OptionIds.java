package vn.khaothi.engine.application.paper;

import java.util.List;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.Option;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/**
 * The ids of the elements a version may reorder (options, statements, ordering elements) in their
 * authored order: the assembler works with indexes, students and the API with ids.
 */
final class OptionIds {

    private OptionIds() {
    }

    static List<String> authored(ItemContent content) {
        if (content.body() instanceof ChoiceBody b) {
            return b.options().stream().map(Choice::id).toList();
        }
        if (content.body() instanceof StatementsBody b) {
            return b.statements().stream().map(Statement::id).toList();
        }
        if (content.body() instanceof OrderingBody b) {
            return b.sequence().stream().map(Option::id).toList();
        }
        return List.of();
    }

    /** Indexes into the authored order → ids; empty stays empty. */
    static List<String> of(ItemContent content, List<Integer> indexes) {
        List<String> ids = authored(content);
        return indexes.stream().map(ids::get).toList();
    }
}
