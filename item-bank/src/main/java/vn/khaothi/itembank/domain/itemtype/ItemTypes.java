package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * The registry of item type plug-ins: one per {@link ItemTypeCode}, found by code. What used to be a
 * {@code switch} over the codes elsewhere (reading a stored body, the pages' lists and labels) is a
 * lookup here.
 */
public final class ItemTypes {

    private static final Map<ItemTypeCode, ItemType> TYPES = new EnumMap<>(ItemTypeCode.class);
    private static final List<ItemType> IN_ORDER = new ArrayList<>();

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
        IN_ORDER.add(type);
    }

    public static ItemType of(ItemTypeCode code) {
        ItemType type = TYPES.get(code);
        if (type == null) {
            throw new IllegalStateException("no plug-in for " + code);
        }
        return type;
    }

    /** Every registered type, in the order the pages list them. */
    public static List<ItemType> all() {
        return List.copyOf(IN_ORDER);
    }

    /** What the pages need of every type ({@code GET /bank/item-types}), in the order they list them. */
    public static List<ItemTypeInfo> infos() {
        return IN_ORDER.stream().map(ItemType::info).toList();
    }

    /**
     * The type that reads and writes a body of this shape. By shape, not by the content's code, so that a content
     * whose body does not fit its type (which {@link #validate} refuses) is still stored and searched as it is.
     */
    public static ItemType forBody(ItemBody body) {
        return IN_ORDER.stream().filter(t -> t.bodyShape().isInstance(body)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown body " + body.getClass()));
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
