package grayarea.bank;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Schema errors said in plain words, for the person who wrote the file rather than for a reader of
 * JSON Schema: "an id uses lower-case letters, digits and "-", up to 64 characters: "PHQ-9" has
 * capitals" instead of "does not match the regex pattern ^[a-z0-9][a-z0-9-]{0,63}$".
 *
 * <p>What an object may hold is read from the schema itself (its {@code properties}, less those a
 * question's type turns off in {@code allOf}), so a property added to a schema is listed and
 * suggested without a change here.
 */
final class SchemaWords {

    /** The patterns the schemas use, each with the rule it stands for. */
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";

    static final String VERSION_PATTERN = "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$";
    static final String LANGUAGE_PATTERN = "^[a-z]{2,3}(-[A-Z]{2})?$";

    /** An object with at most this many properties has them listed when a wrong one is used. */
    static final int FEW_PROPERTIES = 8;

    /** The longest id the id pattern allows. */
    private static final int ID_MAX = 64;

    /** Each object of the schemas, by its place in its schema, as a person names it. */
    private static final Map<String, String> KINDS =
            Map.ofEntries(
                    Map.entry("/properties/source", "schema.kind.source"),
                    Map.entry("/properties/perspectives/items", "schema.kind.perspective"),
                    Map.entry("/properties/behaviours/items", "schema.kind.behaviour"),
                    Map.entry("/properties/scales/items", "schema.kind.scale"),
                    Map.entry(
                            "/properties/scales/items/properties/options/items",
                            "schema.kind.scaleStep"),
                    Map.entry("/properties/dimensions/items", "schema.kind.dimension"),
                    Map.entry(
                            "/properties/dimensions/items/properties/missing",
                            "schema.kind.missing"),
                    Map.entry("/properties/primary", "schema.kind.primary"),
                    Map.entry("/properties/primary/properties/bands/items", "schema.kind.band"),
                    Map.entry("/properties/primary/properties/coverage", "schema.kind.coverage"),
                    Map.entry(
                            "/properties/primary/properties/bandRules/items",
                            "schema.kind.bandRule"),
                    Map.entry("/properties/texts", "schema.kind.texts"),
                    Map.entry("/$defs/atLeastStep", "schema.kind.atLeastStep"),
                    Map.entry("/properties/flags/items", "schema.kind.flag"),
                    Map.entry("/properties/resources/items", "schema.kind.resource"),
                    Map.entry("/properties/sections/items", "schema.kind.section"),
                    Map.entry("/properties/reflections/items", "schema.kind.reflection"),
                    Map.entry("/properties/gutChecks/items", "schema.kind.gutCheck"),
                    Map.entry("/properties/conversationPrompts/items", "schema.kind.prompt"),
                    Map.entry("/$defs/question", "schema.kind.question"),
                    Map.entry("/$defs/question/properties/scoring/items", "schema.kind.scoring"),
                    Map.entry("/$defs/choiceOption", "schema.kind.option"),
                    Map.entry("/$defs/answerEffect", "schema.kind.answerEffect"),
                    // answer sheets and turn files
                    Map.entry("/$defs/bankRef", "schema.kind.bankRef"),
                    Map.entry("/properties/bank", "schema.kind.bankRef"),
                    Map.entry("/$defs/answer", "schema.kind.answer"));

    /** Each question type as a message names it. */
    private static final Map<String, String> QUESTION_TYPES =
            Map.of(
                    "single", "schema.type.single",
                    "scale", "schema.type.scale",
                    "yesno", "schema.type.yesno",
                    "checklist", "schema.type.checklist",
                    "text", "schema.type.text",
                    "boundary", "schema.type.boundary");

    private final JsonNode schema;
    private final String rootKind;

    /**
     * @param schema the schema's own JSON
     * @param rootKind the key naming what the whole document is (the bank, an answer sheet, ...)
     */
    SchemaWords(JsonNode schema, String rootKind) {
        this.schema = schema;
        this.rootKind = rootKind;
    }

    /** The root kind for a schema on the class path, by its file name. */
    static String rootKindOf(String resource) {
        if (resource.endsWith("question-bank.schema.json")) {
            return "schema.kind.bank";
        }
        if (resource.endsWith("answer-sheet.schema.json")) {
            return "schema.kind.sheet";
        }
        if (resource.endsWith("turn.schema.json")) {
            return "schema.kind.turn";
        }
        return "schema.kind.this";
    }

    /** A question type as a message names it, or null for a type the schema does not have. */
    static String questionType(String type) {
        return type == null ? null : QUESTION_TYPES.get(type);
    }

    /** The error in plain words, or null when it is not of a kind said here. */
    Message say(Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        switch (error.getKeyword()) {
            case "additionalProperties":
                return error.getProperty() == null ? null : unknownProperty(error, value);
            case "required":
                return error.getProperty() == null ? null : required(error, value);
            case "pattern":
                return value != null && value.isString() && rule != null && rule.isString()
                        ? pattern(rule.asString(), value.asString())
                        : null;
            case "propertyNames":
                return keyName(error, rule);
            case "type":
                return type(rule, value);
            case "enum":
                return rule != null && rule.isArray() && value != null
                        ? Message.of("schema.enum", choices(rule), value.toString())
                        : null;
            case "const":
                return rule != null && value != null
                        ? Message.of("schema.const", rule.toString(), value.toString())
                        : null;
            case "minItems":
                return minItems(rule, value);
            case "minLength":
                return rule != null && rule.isIntegralNumber()
                        ? rule.asInt() <= 1
                                ? Message.of("schema.empty")
                                : Message.of("schema.minLength", rule.asInt())
                        : null;
            case "maxLength":
                return rule != null && rule.isIntegralNumber() && value != null && value.isString()
                        ? Message.of(
                                "schema.maxLength",
                                rule.asInt(),
                                value.asString().codePointCount(0, value.asString().length()))
                        : null;
            case "minProperties":
                return rule != null && rule.isIntegralNumber() && rule.asInt() <= 1
                        ? Message.of("schema.empty")
                        : null;
            case "minimum":
                return rule != null && value != null
                        ? Message.of("schema.minimum", rule.toString(), value.toString())
                        : null;
            case "maximum":
                return rule != null && value != null
                        ? Message.of("schema.maximum", rule.toString(), value.toString())
                        : null;
            case "uniqueItems":
                return twice(value);
            default:
                return null;
        }
    }

    // --- properties ----------------------------------------------------------------------------

    /** A property the object does not have: the nearest valid one, or the few it has. */
    private Message unknownProperty(Error error, JsonNode object) {
        String pointer = objectPointer(error, "additionalProperties");
        Message kind = kind(pointer, error.getInstanceLocation(), object);
        String wrong = error.getProperty();
        List<String> valid = validProperties(pointer, object);
        String nearest = nearest(wrong, valid);
        if (nearest != null) {
            return Message.of("schema.unknownProperty.didYouMean", wrong, kind, nearest);
        }
        if (!valid.isEmpty() && valid.size() <= FEW_PROPERTIES) {
            return Message.of("schema.unknownProperty.only", wrong, kind, quotedList(valid, true));
        }
        return Message.of("schema.unknownProperty", wrong, kind);
    }

    /** A property the object must have. */
    private Message required(Error error, JsonNode object) {
        String pointer = objectPointer(error, "required");
        Message kind = kind(pointer, error.getInstanceLocation(), object);
        String missing = error.getProperty();
        boolean vowel =
                !missing.isEmpty()
                        && "aeiou".indexOf(Character.toLowerCase(missing.charAt(0))) >= 0;
        return Message.of(vowel ? "schema.required.an" : "schema.required", kind, missing);
    }

    /**
     * The place in the schema of the object an error is about: the error's schema location without
     * its keyword, and without the {@code allOf/N/then} (or {@code if/then/else}) that holds it.
     */
    private static String objectPointer(Error error, String keyword) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        if (pointer.endsWith("/" + keyword)) {
            pointer = pointer.substring(0, pointer.length() - keyword.length() - 1);
        }
        String before;
        do {
            before = pointer;
            pointer = pointer.replaceFirst("(/allOf/\\d+)?/(then|else)$", "");
        } while (!pointer.equals(before));
        return pointer;
    }

    /**
     * How a person names the object: by its place in the schema, a question by its type; an object
     * the schema adds later by the key that holds it in the file.
     */
    private Message kind(String pointer, NodePath at, JsonNode object) {
        if (pointer.isEmpty()) {
            return Message.of(rootKind);
        }
        if ("/$defs/question".equals(pointer) && object != null) {
            String type = questionType(object.path("type").asString(null));
            if (type != null) {
                return Message.of(type);
            }
        }
        String known = KINDS.get(pointer);
        if (known != null) {
            return Message.of(known);
        }
        int names = at == null ? 0 : at.getNameCount();
        if (names == 0) {
            return Message.of("schema.kind.this");
        }
        Object last = at.getElement(names - 1);
        if (last instanceof Integer && names > 1) {
            return Message.of("schema.kind.item", String.valueOf(at.getElement(names - 2)));
        }
        return Message.of("schema.kind.named", String.valueOf(last));
    }

    /**
     * The properties the object may have, in the schema's order: those of its schema, less those
     * that an {@code allOf} branch matching the object (such as a question's type) turns off.
     */
    List<String> validProperties(String pointer, JsonNode object) {
        JsonNode objectSchema = schema.at(pointer);
        Set<String> valid = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : objectSchema.path("properties").properties()) {
            if (!"$schema".equals(e.getKey())) {
                valid.add(e.getKey());
            }
        }
        if (object != null && object.isObject()) {
            for (JsonNode branch : objectSchema.path("allOf")) {
                if (matches(branch.path("if"), object)) {
                    for (Map.Entry<String, JsonNode> e :
                            branch.path("then").path("properties").properties()) {
                        if (e.getValue().isBoolean() && !e.getValue().asBoolean()) {
                            valid.remove(e.getKey());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(valid);
    }

    /**
     * Whether an {@code if} of the plain kind the schemas use (properties with a const or an enum)
     * holds for the object; a property it names must be there.
     */
    private static boolean matches(JsonNode condition, JsonNode object) {
        JsonNode properties = condition.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            JsonNode value = object.get(e.getKey());
            if (value == null) {
                return false;
            }
            JsonNode rule = e.getValue();
            boolean ok = false;
            if (rule.has("const")) {
                ok = rule.get("const").equals(value);
            } else if (rule.path("enum").isArray()) {
                for (JsonNode choice : rule.get("enum")) {
                    ok |= choice.equals(value);
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The valid property nearest to a wrong one, when it is close enough to be a slip: the same but
     * for capitals, one the start of the other ("raises", "raisesOn"), or at most two edits apart
     * and fewer than the shorter one's length. Null when none is.
     */
    static String nearest(String wrong, List<String> valid) {
        String w = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(w, c);
            int shorter = Math.min(w.length(), c.length());
            boolean close =
                    d == 0
                            || shorter >= 3 && (c.startsWith(w) || w.startsWith(c))
                            || d <= 2 && d < shorter;
            if (close && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The Levenshtein distance: insertions, deletions and substitutions, one each. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A key of an object that breaks the rule for its keys (an id, a language code). */
    private Message keyName(Error error, JsonNode rule) {
        String key = error.getProperty();
        if (key == null || rule == null) {
            return null;
        }
        JsonNode names = rule;
        if (names.has("$ref") && names.get("$ref").asString("").startsWith("#")) {
            names = schema.at(names.get("$ref").asString().substring(1));
        }
        if (!names.path("pattern").isString()) {
            return null;
        }
        return Message.of("schema.keyName", key, pattern(names.get("pattern").asString(), key));
    }

    // --- patterns --------------------------------------------------------------------------------

    /** The rule a pattern stands for, in words, and what is wrong with the value. */
    static Message pattern(String regex, String value) {
        List<Message> defects;
        String rule;
        switch (regex) {
            case ID_PATTERN:
                rule = "schema.rule.id";
                defects = idDefects(value);
                break;
            case VERSION_PATTERN:
                rule = "schema.rule.version";
                defects = versionDefects(value);
                break;
            case LANGUAGE_PATTERN:
                rule = "schema.rule.language";
                defects = languageDefects(value);
                break;
            default:
                return Message.of("schema.pattern.other", value, regex);
        }
        if (defects.isEmpty()) {
            defects.add(Message.of("schema.defect.shape"));
        }
        return Message.of("schema.pattern", Message.of(rule), value, and(defects));
    }

    private static List<Message> idDefects(String value) {
        List<Message> defects = new ArrayList<>();
        if (value.isEmpty()) {
            defects.add(Message.of("schema.defect.empty"));
            return defects;
        }
        if (value.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
            defects.add(Message.of("schema.defect.capitals"));
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            defects.add(Message.of("schema.defect.space"));
        }
        if (value.startsWith("-")) {
            defects.add(Message.of("schema.defect.startsWithDash"));
        }
        otherCharacter(value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                .ifPresent(defects::add);
        int length = value.codePointCount(0, value.length());
        if (length > ID_MAX) {
            defects.add(Message.of("schema.defect.tooLong", length));
        }
        return defects;
    }

    private static List<Message> versionDefects(String value) {
        List<Message> defects = new ArrayList<>();
        if (value.isEmpty()) {
            defects.add(Message.of("schema.defect.empty"));
            return defects;
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            defects.add(Message.of("schema.defect.space"));
        }
        otherCharacter(value, "0123456789.").ifPresent(defects::add);
        if (defects.isEmpty()) {
            String[] parts = value.split("\\.", -1);
            if (List.of(parts).contains("")) {
                defects.add(Message.of("schema.defect.emptyPart"));
            } else if (parts.length < 2) {
                defects.add(Message.of("schema.defect.oneNumber"));
            } else {
                defects.add(Message.of("schema.defect.manyNumbers"));
            }
        }
        return defects;
    }

    private static List<Message> languageDefects(String value) {
        List<Message> defects = new ArrayList<>();
        if (value.isEmpty()) {
            defects.add(Message.of("schema.defect.empty"));
            return defects;
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            defects.add(Message.of("schema.defect.space"));
        }
        otherCharacter(value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-")
                .ifPresent(defects::add);
        if (defects.isEmpty()) {
            if (value.matches("[a-zA-Z]{2,3}(-[a-zA-Z]{2})?")) {
                int dash = value.indexOf('-');
                String language = dash < 0 ? value : value.substring(0, dash);
                if (!language.equals(language.toLowerCase(Locale.ROOT))) {
                    defects.add(Message.of("schema.defect.capitals"));
                }
                if (dash > 0
                        && !value.substring(dash + 1)
                                .equals(value.substring(dash + 1).toUpperCase(Locale.ROOT))) {
                    defects.add(Message.of("schema.defect.lowerRegion"));
                }
            } else {
                defects.add(Message.of("schema.defect.letters"));
            }
        }
        return defects;
    }

    /** The first character of the value that is not among those allowed (and not white space). */
    private static Optional<Message> otherCharacter(String value, String allowed) {
        return value
                .codePoints()
                .filter(c -> allowed.indexOf(c) < 0 && !Character.isWhitespace(c))
                .findFirst()
                .stream()
                .mapToObj(
                        c ->
                                Message.of(
                                        "schema.defect.character",
                                        new String(Character.toChars(c))))
                .findFirst();
    }

    // --- values ----------------------------------------------------------------------------------

    /** A value of the wrong kind: what it must be, and what it is. */
    private static Message type(JsonNode rule, JsonNode value) {
        if (rule == null || !rule.isString() || value == null) {
            return null;
        }
        Object expected;
        switch (rule.asString()) {
            case "string":
                expected = Message.of("schema.expect.string");
                break;
            case "number":
                expected = Message.of("schema.expect.number");
                break;
            case "integer":
                expected = Message.of("schema.expect.integer");
                break;
            case "boolean":
                expected = Message.of("schema.expect.boolean");
                break;
            case "object":
                expected = Message.of("schema.expect.object");
                break;
            case "array":
                expected = Message.of("schema.expect.array");
                break;
            default:
                return null;
        }
        Object found;
        if (value.isString()) {
            found = Message.of("json.token.text");
        } else if (value.isNumber()) {
            // a number where a whole number belongs: the number itself says what is wrong
            found =
                    "integer".equals(rule.asString())
                            ? value.toString()
                            : Message.of("json.token.number");
        } else if (value.isBoolean()) {
            found = Message.of("json.token.boolean");
        } else if (value.isArray()) {
            found = Message.of("json.token.list");
        } else if (value.isObject()) {
            found = Message.of("schema.found.object");
        } else {
            found = "null";
        }
        return Message.of("schema.type", expected, found);
    }

    private static Message minItems(JsonNode rule, JsonNode value) {
        if (rule == null || !rule.isIntegralNumber() || value == null || !value.isArray()) {
            return null;
        }
        return rule.asInt() <= 1
                ? Message.of("schema.minItems.one")
                : Message.of("schema.minItems", rule.asInt(), value.size());
    }

    /** The first item of a list that appears in it twice. */
    private static Message twice(JsonNode list) {
        if (list == null || !list.isArray()) {
            return null;
        }
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (JsonNode item : list) {
            if (!seen.add(item)) {
                return Message.of("schema.uniqueItems", item.toString());
            }
        }
        return null;
    }

    // --- lists -----------------------------------------------------------------------------------

    /** The allowed values of an enum, as JSON ("sum", "mean" or "percentOfMax"). */
    private static Object choices(JsonNode values) {
        List<String> each = new ArrayList<>();
        values.forEach(v -> each.add(v.toString()));
        return joined(each, "schema.or");
    }

    /** Names in quotes, joined with "and" ({@code and}) or "or". */
    private static Object quotedList(List<String> names, boolean and) {
        List<String> each = new ArrayList<>();
        names.forEach(n -> each.add("\"" + n + "\""));
        return joined(each, and ? "schema.and" : "schema.or");
    }

    private static Object and(List<Message> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Object joined = parts.get(0);
        for (int i = 1; i < parts.size() - 1; i++) {
            joined = Message.of("schema.comma", joined, parts.get(i));
        }
        return Message.of("schema.and", joined, parts.get(parts.size() - 1));
    }

    /** "a, b, c or d": commas, then the joining word before the last. */
    private static Object joined(List<String> items, String lastKey) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return Message.of(lastKey, head, items.get(items.size() - 1));
    }
}
