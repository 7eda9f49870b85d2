package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/** The registry of item type plug-ins: one per {@link ItemTypeCode}, found by code. */
public final class ItemTypes {

    private static final Map<ItemTypeCode, ItemType> TYPES = new EnumMap<>(ItemTypeCode.class);

    static {
        register(new SingleChoiceType());
        register(new MultipleResponseType());
        register(new TrueFalseType());
        register(new TrueFalseClusterType());
        register(new ShortNumericType());
        register(new ShortTextType());
        register(new MatchingType());
        register(new OrderingType());
        register(new ClozeType());
        register(new EssayType());
    }

    private ItemTypes() {
    }

    private static void register(ItemType type) {
        if (TYPES.put(type.code(), type) != null) {
            throw new IllegalStateException("two plug-ins for " + type.code());
        }
    }

    public static ItemType of(ItemTypeCode code) {
        ItemType type = TYPES.get(code);
        if (type == null) {
            throw new IllegalStateException("no plug-in for " + code);
        }
        return type;
    }

    /** Every problem with a content: the checks all types share, then the type's own. */
    public static List<String> validate(ItemContent content) {
        ItemType type = of(content.type());
        List<String> problems = new ArrayList<>();
        if (content.stem().isEmpty()) {
            problems.add("the stem is empty");
        }
        if (content.defaultPoints().compareTo(BigDecimal.ZERO) < 0) {
            problems.add("points must not be negative");
        }
        problems.addAll(ContentLimits.problems(content));
        if (!type.bodyShape().isInstance(content.body())) {
            problems.add(content.type() + " needs a " + type.bodyShape().getSimpleName() + ", not a "
                    + content.body().getClass().getSimpleName());
            return problems;
        }
        problems.addAll(type.validate(content));
        return problems;
    }
}
