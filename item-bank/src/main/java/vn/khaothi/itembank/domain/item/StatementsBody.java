package vn.khaothi.itembank.domain.item;

import java.util.List;

/** The statements of a true/false cluster (câu trắc nghiệm đúng sai, 2025 format): normally four, a–d. */
public record StatementsBody(List<Statement> statements) implements ItemBody {

    public StatementsBody {
        statements = List.copyOf(statements);
    }
}
