package vn.khaothi.itembank.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable code and parameters for every problem sentence the item bank, its importers and the paper assembler
 * write (issue 17): the pages show a message from their catalogue ({@code assets/messages.js}) in the reader's
 * language, never the English sentence. The sentence stays in {@code message} for scripts and logs.
 * A sentence no pattern knows gets {@code PROBLEM} (the page then says so in general words).
 */
public final class Problems {

    private record Rule(String code, Pattern pattern, String[] names) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // The paper assembler's warnings, stored as "CODE [cell]: sentence".
        rule("EXPOSED_ITEMS_USED", "EXPOSED_ITEMS_USED \\[(.+?)\\]: (\\d+) recently used items.*", "cell", "n");
        rule("ITEMS_SHARED_BETWEEN_VERSIONS", "ITEMS_SHARED_BETWEEN_VERSIONS \\[(.+?)\\]: (\\d+) items for (\\d+) versions × (\\d+).*?at most (\\d+) versions",
                "cell", "available", "versions", "count", "uses");
        rule("NO_DIFFICULTY_STATISTICS", "NO_DIFFICULTY_STATISTICS.*");
        rule("PARTIAL_DIFFICULTY_STATISTICS", "PARTIAL_DIFFICULTY_STATISTICS: (\\d+) of (\\d+) items.*", "missing", "used");
        rule("DIFFICULTY_SPREAD_ABOVE_TARGET", "DIFFICULTY_SPREAD_ABOVE_TARGET: mean difficulty differs by ([\\d.]+) between versions \\(target ([\\d.]+)\\)",
                "spread", "target");
        rule("CELL_ITEMS_TOO_HARD", "CELL_ITEMS_TOO_HARD \\[(.+?)\\]: all (\\d+) of the cell's (\\d+) items.*below ([\\d.]+)", "cell", "known", "all", "bound");
        rule("CELL_ITEMS_TOO_EASY", "CELL_ITEMS_TOO_EASY \\[(.+?)\\]: all (\\d+) of the cell's (\\d+) items.*above ([\\d.]+)", "cell", "known", "all", "bound");
        // An item's content (ItemTypes.validate and the type plug-ins).
        rule("STEM_EMPTY", "the stem is empty");
        rule("POINTS_NEGATIVE", "points must not be negative");
        rule("POINTS_TOO_LARGE", "points must be at most (\\S+)", "max");
        rule("POINTS_DECIMALS", "points have at most (\\d+) decimals", "max");
        rule("TOO_MANY_TAGS", "an item has at most (\\d+) tags, not (\\d+)", "max", "n");
        rule("TAG_TOO_LONG", "a tag is at most (\\d+) characters", "max");
        rule("NAME_TOO_LONG", "the name is at most (\\d+) characters", "max");
        rule("TOO_MANY_PARTS", "an item has at most (\\d+) (.+), not (\\d+)", "max", "what", "n");
        rule("TEXT_TOO_LONG", "(.+) is longer than ([\\d,.]+) characters", "what", "max");
        rule("NUMBER_TOO_LARGE", "(.+) is too large \\(at most (\\d+) digits.*", "what", "max");
        rule("NUMBER_TOO_MANY_DECIMALS", "(.+) has too many decimals \\(at most (\\d+)\\)", "what", "max");
        rule("TOO_FEW_OPTIONS", "a choice item needs at least 2 options, has (\\d+)", "n");
        rule("TOO_FEW_ELEMENTS", "an ordering item needs at least 2 elements, has (\\d+)", "n");
        rule("TOO_FEW_PREMISES", "a matching item needs at least 2 premises, has (\\d+)", "n");
        rule("DUPLICATE_IDS", "(option|element|statement|gap|pair) ids must be unique", "what");
        rule("OPTION_NO_TEXT", "option (\\S+) has no text", "id");
        rule("ELEMENT_NO_TEXT", "element (\\S+) has no text", "id");
        rule("STATEMENT_NO_TEXT", "statement (\\S+) has no text", "id");
        rule("OPTION_WORTH_OUT_OF_RANGE", "option (\\S+) is worth (\\S+), outside -1…1", "id", "value");
        rule("NO_FULL_ANSWER", "one accepted (?:answer|number) must be worth 100 %");
        rule("ANSWER_EMPTY", "an accepted answer is empty");
        rule("CLUSTER_NEEDS_FOUR", "a true/false cluster has exactly 4 statements \\(a–d\\), this one has (\\d+)", "n");
        rule("TOLERANCE_NEGATIVE", "tolerance of (\\S+) is negative", "value");
        rule("NO_KEY_OPTION", "one option must be the key \\(100 %\\)");
        rule("ONE_KEY_ONLY", "only one option may be the key.*");
        rule("CORRECT_UNDER_100", "the correct options must add up to at least 100 %, they add up to (\\S+).*", "value");
        rule("NO_GAP", "the text must include at least one gap");
        rule("GAP_NOT_IN_STEM", "gap (\\S+) has no (\\S+) in the stem", "id", "placeholder");
        rule("GAP_FEW_CHOICES", "gap (\\S+): a choice gap needs at least 2 choices", "id");
        rule("GAP_NO_FULL_ANSWER", "gap (\\S+): one answer must score 100 %", "id");
        rule("GAP_ANSWER_NOT_NUMBER", "gap (\\S+): answer \"(.*)\" must be a number", "id", "value");
        rule("PAIR_NO_ANSWER", "pair (\\S+) has no answer", "id");
        rule("PAIR_WEIGHT", "pair (\\S+) must have a positive weight", "id");
        rule("WRONG_BODY", "(\\S+) needs a \\S+, not a \\S+", "type");
        rule("RUBRIC_CRITERION_NO_NAME", "(.+) has no name", "where");
        rule("RUBRIC_CRITERION_NO_LEVEL", "(.+) has no level", "where");
        rule("RUBRIC_TOTAL", "the rubric's criteria add up to (\\S+).*", "total");
        // The importers (GIFT, Aiken, Moodle XML, QTI, Word) and the import plan.
        rule("DEFAULT_LEVEL_USED", "items without a level were filed as (\\S+)", "level");
        rule("NUMERIC_NOT_A_NUMBER", "numerical answer \"(.*?)\".* is not a number.*", "value");
        rule("ANSWER_NOT_A_NUMBER", "the answer \"(.*?)\" is not a number", "value");
        rule("NOT_A_NUMBER", "\"(.*?)\" is not a number", "value");
        rule("GRADE_NOT_A_NUMBER", "a grade, fraction or tolerance is not a number");
        rule("NO_QUESTIONS", "the file holds no questions");
        rule("NOT_UTF8", "the file is not UTF-8.*");
        rule("NOT_A_ZIP", "the file is not a readable zip.*");
        rule("NOT_DOCX", "not a readable Word \\.docx file.*");
        rule("NOT_XML", "not (?:well-formed XML|readable as XML).*");
        rule("NOT_MOODLE_XML", "a Moodle XML file starts with <quiz>.*");
        rule("NOT_QTI", "a QTI 2\\.1 file starts with .*");
        rule("NOT_JSON", "not valid JSON near line (\\d+).*", "line");
        rule("DESCRIPTION_SKIPPED", "(?:a description is not a question|a text without an answer block).*");
        rule("QUESTION_NOT_COMPLETED", "question not completed.*");
        rule("QUESTION_NOT_STARTED", "question not started.*");
        rule("TOO_FEW_ANSWERS", "question must have at least 2 answers");
        rule("NO_KEY_IN_FILE", "no key: underline.*");
        // A Word bank's answer key in a separate file (SeparateAnswerKey, DocxReader).
        rule("KEY_FILE_EMPTY", "the answer key file is empty");
        rule("KEY_FILE_OLD_FORMAT", "the answer key is an old Word \\.doc or Excel \\.xls file.*");
        rule("KEY_FILE_NOT_TEXT", "the answer key is neither a Word \\.docx, an Excel \\.xlsx nor UTF-8 text.*");
        rule("KEY_FILE_UNREADABLE", "the answer key (?:is not a readable Word or Excel file|file cannot be read|is a zip file but neither).*");
        rule("KEY_FILE_NO_ANSWERS", "no answer could be read from the answer key file.*");
        rule("KEY_FILE_NEEDS_PARTS", "the bank numbers its questions again in each PHẦN.*");
        rule("KEY_FILE_READ", "(\\d+) answers read from the answer key file", "n");
        rule("KEY_FOR_MISSING_QUESTION", "the answer key gives \"(.*?)\" for Câu (\\d+(?:, PHẦN \\S+)?), which the bank does not have",
                "value", "number");
        rule("KEYS_DISAGREE", "the bank gives the answer \"(.*?)\" \\(line (\\d+)\\) but (.+) gives \"(.*?)\" \\(line (\\d+)\\); correct one of them",
                "own", "ownLine", "file", "other", "otherLine");
        rule("NO_STATEMENT_KEY", "no key for the statements.*");
        rule("EQUATION_OBJECT", "a Word equation object cannot be read.*");
        rule("PICTURE_SKIPPED", "a picture in the document is not imported");
        rule("NO_CHAPTER", "the item has no chapter.*");
        rule("WRONG_GRADE_IN_FILE", "the file is for grade (\\S+).*", "value");
        rule("WRONG_SUBJECT_IN_FILE", "the file is for subject (\\S+).*", "value");
        rule("PARTIAL_CREDIT_USED", "all-or-nothing multiple choice is scored with partial credit.*");
        rule("ORDERING_PER_POSITION", "ordering is scored per correct position.*");
        // What an export could not carry (the writers' warnings, each after "item 12 "name": ").
        rule("EXPORT_NO_SOURCE", "(GIFT|Moodle XML|QTI) (?:has|items carry) no source or author; not written", "format");
        rule("EXPORT_POINTS_AS_COMMENT", "GIFT has no points: (\\S+) points are written as a \\[points:…\\] comment.*", "points");
        rule("EXPORT_GUIDE_AS_COMMENT", "GIFT essays have no marking guide or response template.*");
        rule("EXPORT_NO_GUIDE", "QTI has no marking guide or response template; not written");
        rule("EXPORT_OPTION_NOT_LOCKED", "(GIFT|Moodle) cannot lock option (\\S+); it may be shuffled", "format", "id");
        rule("EXPORT_NOT_CASE_SENSITIVE", "GIFT answers are never case-sensitive");
        rule("EXPORT_PAIR_WEIGHT", "(?:GIFT|Moodle matching) pairs have no weights; pair (\\S+) counts as 1", "id");
        rule("EXPORT_NO_RUBRIC", "(?:GIFT has no rubric|Moodle essays have no rubric|QTI has no rubric here); its (\\d+) criteria are not written", "n");
        rule("EXPORT_GIFT_PICTURES", "GIFT cannot carry files: (\\d+) picture.*", "n");
        rule("EXPORT_ONE_NUMBER", "(?:gap (\\S+): )?QTI keeps one accepted number; other answers and feedback are not written", "gap");
        rule("EXPORT_GAP_RENAMED", "gap (\\S+) is written as (\\S+) \\(QTI identifiers start with a letter\\)", "gap", "as");
        rule("EXPORT_GAP_WEIGHT", "gap weights are not written; gap (\\S+) counts as 1", "gap");
        rule("EXPORT_ZERO_ANSWERS", "answers worth 0 and answer feedback are not written");
        rule("EXPORT_GAP_FEEDBACK", "gap (\\S+): QTI inline choices hold no feedback; not written", "gap");
        // Refusals of the bank and of papers that name what to do.
        rule("REJECTION_NOTE_REQUIRED", "A rejection needs a note.*");
        rule("NOTE_TOO_LONG", "The note is longer than (\\d+) characters", "max");
        rule("NO_SUCH_CHAPTER", "There is no chapter (.+)", "chapter");
        rule("LEVEL_NOT_IN_GRADE", "level (\\S+) is not used in grade (\\d+).*", "level", "grade");
        rule("ITEM_FIELDS_REQUIRED", "(?:subject, grade, chapter, level and content|level and content) are required");
        rule("SUBJECT_GRADE_REQUIRED", "Say which subject and grade the items are for.*");
        rule("SELF_ENEMY", "an item cannot be its own enemy");
        rule("CHOOSE_ITEMS", "Choose at least one item to export");
        // The people imports (students, teachers: engine application.people).
        rule("PEOPLE_NONE", "The file has a header but no (students|teachers)", "what");
        rule("PEOPLE_FILE_EMPTY", "The file is empty");
        rule("PEOPLE_FILE_UNREADABLE", "The (?:Excel file cannot be read|file cannot be read as CSV or Excel).*");
        rule("PEOPLE_NOT_UTF8", "The file is not UTF-8 text.*");
        rule("UNKNOWN_COLUMN", "Unknown column \"(.*)\"", "value");
        rule("MISSING_COLUMN", "Missing column \"(.*)\"", "value");
        rule("CODE_EMPTY", "code is empty");
        rule("CODE_FORMAT", "(code|username) \"(.*)\" may use only letters.*", "what", "value");
        rule("CODE_TWICE", "(code|username) (\\S+) appears twice in the file", "what", "value");
        rule("CODE_EXISTS", "(code|username) (\\S+) already exists", "what", "value");
        rule("FULL_NAME_INVALID", "full name is empty or longer than 200 characters");
        rule("CLASS_UNKNOWN", "class \"(.*)\" does not exist in the current school year", "value");
        rule("BIRTH_DATE_INVALID", "birth date \"(.*)\" is not a date.*", "value");
        rule("GENDER_INVALID", "gender \"(.*)\" is not Nam/Nữ.*", "value");
        rule("SUBJECT_UNKNOWN", "subject \"(.*)\" does not exist", "value");
        rule("SUBJECT_NEEDED", "at least one subject code is needed.*");
        rule("GROUP_UNKNOWN", "subject group \"(.*)\" does not exist", "value");
        rule("MAY_PROCTOR_INVALID", "may proctor \"(.*)\" is not có/không", "value");
        rule("NOT_IMPORTED", ".*(?:cannot be represented|); not imported");
    }

    private Problems() {
    }

    private static void rule(String code, String regex, String... names) {
        RULES.add(new Rule(code, Pattern.compile(regex, Pattern.DOTALL), names));
    }

    /** {code, params, message} for one sentence. */
    public static Map<String, Object> describe(String message) {
        String text = message == null ? "" : message.strip();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < rule.names.length && i < m.groupCount(); i++) {
                    params.put(rule.names[i], m.group(i + 1) == null ? "" : m.group(i + 1));
                }
                out.put("code", rule.code);
                out.put("params", params);
                out.put("message", message);
                return out;
            }
        }
        // "SINGLE_CHOICE "Câu 3": the stem is empty" (an imported item's problem) or "Câu 3: …" (Word import):
        // the problem's own code, with where it is as parameters.
        Matcher prefixed = PREFIX.matcher(text);
        if (prefixed.matches()) {
            Map<String, String> where = new LinkedHashMap<>();
            if (prefixed.group(1) != null) {
                where.put("question", prefixed.group(1));
            } else {
                where.put("itemType", prefixed.group(2));
                putIfFound(where, "itemName", prefixed.group(3));
            }
            Map<String, Object> located = located(message, prefixed.group(4), where);
            if (located != null) {
                return located;
            }
        }
        // An export's warning: "item 12 "name": GIFT has no rubric; …".
        Matcher exported = EXPORTED.matcher(text);
        if (exported.matches()) {
            Map<String, String> where = new LinkedHashMap<>();
            where.put("item", exported.group(1));
            putIfFound(where, "itemName", exported.group(2));
            Map<String, Object> located = located(message, exported.group(3), where);
            if (located != null) {
                return located;
            }
        }
        out.put("code", "PROBLEM");
        out.put("params", Map.of());
        out.put("message", message);
        return out;
    }

    /** The sentence after a "where" prefix with its own code, where it is added to its parameters; null if it has none. */
    private static Map<String, Object> located(String message, String rest, Map<String, String> where) {
        Map<String, Object> inner = describe(rest);
        if ("PROBLEM".equals(inner.get("code"))) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> params = new LinkedHashMap<>((Map<String, String>) inner.get("params"));
        params.putAll(where);
        inner.put("params", params);
        inner.put("message", message);
        return inner;
    }

    private static void putIfFound(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static final Pattern PREFIX = Pattern.compile("(?:Câu (\\d+)|([A-Z][A-Z_]+)(?: \"(.*?)\")?): (.+)", Pattern.DOTALL);
    /** An export warning's item: "item 12 "name": …" (a bank item) or "item 3 of the selection: …". */
    private static final Pattern EXPORTED = Pattern.compile("item (\\d+)(?: of the selection)?(?: \"(.*?)\")?: (.+)", Pattern.DOTALL);

    /** The code of one sentence. */
    public static String code(String message) {
        return (String) describe(message).get("code");
    }

    /** The parameters of one sentence. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> params(String message) {
        return (Map<String, String>) describe(message).get("params");
    }

    /** Each sentence of a "; "-joined list (ItemBank's ITEM_INVALID message) described. */
    public static List<Map<String, Object>> describeAll(String joined) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (joined == null || joined.isBlank()) {
            return out;
        }
        String[] parts = joined.split("; (?=[a-zA-Z\"(])");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            while (i + 1 < parts.length && parts[i + 1].startsWith("use ")) {
                part = part + "; " + parts[++i]; // "only one option may be the key; use MULTIPLE_RESPONSE for several"
            }
            out.add(describe(part));
        }
        return out;
    }

    /** A list of sentences described one by one. */
    public static List<Map<String, Object>> describeEach(List<String> messages) {
        return messages == null ? List.of() : messages.stream().map(Problems::describe).toList();
    }
}
