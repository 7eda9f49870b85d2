package vn.khaothi.itembank.domain.item;

/**
 * The type-specific part of an item's content: its options, statements, gaps… and the key.
 * One implementation per shape; {@link ItemContent#type()} says which plug-in reads it.
 */
public sealed interface ItemBody permits ChoiceBody, TrueFalseBody, StatementsBody, NumericBody,
        TextAnswerBody, MatchingBody, OrderingBody, ClozeBody, EssayBody {
}
