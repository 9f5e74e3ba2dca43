package grayarea.bank;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a document against one of the JSON Schemas packed with the app (questions/schema/),
 * turning each schema error into a located problem, said in plain words ({@link SchemaWords}).
 */
public final class SchemaCheck {

    public static final String BANK_SCHEMA = "questions/schema/question-bank.schema.json";

    private final Schema schema;
    private final SchemaWords words;

    private SchemaCheck(Schema schema, SchemaWords words) {
        this.schema = schema;
        this.words = words;
    }

    /** Loads a schema from the class path. */
    public static SchemaCheck forResource(String resource) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the application: " + resource);
            }
            SchemaRegistry registry =
                    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            Schema schema = registry.getSchema(in);
            return new SchemaCheck(
                    schema,
                    new SchemaWords(schema.getSchemaNode(), SchemaWords.rootKindOf(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema problem of the document, located, without repeats. */
    public List<Problem> check(JsonDocument document) {
        return check(document, "");
    }

    /**
     * Every schema problem of the value at the pointer inside the document (a sheet inside a
     * result).
     */
    public List<Problem> check(JsonDocument document, String at) {
        // the schema library compares such numbers as longs and fails inside; no format here needs
        // them
        List<Problem> problems = new ArrayList<>();
        numbersOutOfRange(document, document.root().at(at.isEmpty() ? "" : at), at, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Error> errors = schema.validate(document.root().at(at.isEmpty() ? "" : at));
        // A failed oneOf reports every branch's complaint too; keep one plain message instead.
        List<String> alternatives = new ArrayList<>();
        for (Error error : errors) {
            if ("oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword())) {
                alternatives.add(error.getEvaluationPath().toString() + "/");
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Error error : errors) {
            String path = error.getEvaluationPath().toString();
            if (alternatives.stream().anyMatch(path::startsWith)) {
                continue;
            }
            String pointer = at + pointerOf(error.getInstanceLocation());
            if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                pointer = pointer + "/" + JsonDocument.escape(error.getProperty());
            }
            Message message =
                    describe(error, at, document.root().at(pointer.replaceFirst("/[^/]*$", "")));
            if (seen.add(pointer + "\u0000" + message)) {
                problems.add(document.problemAt(pointer, message));
            }
        }
        return problems;
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /**
     * Every number beyond the range of a long (such as 1E+300), located: none of the formats has a
     * use for one. The walk keeps the path as its segments, and spells a pointer only for such a
     * number.
     */
    private static void numbersOutOfRange(
            JsonDocument document, JsonNode node, String pointer, List<Problem> out) {
        numbersOutOfRange(document, node, pointer, new ArrayList<>(), out);
    }

    private static void numbersOutOfRange(
            JsonDocument document, JsonNode node, String at, List<String> path, List<Problem> out) {
        if (node.isNumber() && !node.isIntegralNumber() || node.isBigInteger()) {
            if (node.decimalValue().abs().compareTo(LONG_MAX) > 0) {
                StringBuilder pointer = new StringBuilder(at);
                path.forEach(segment -> pointer.append('/').append(segment));
                out.add(
                        document.problemAt(
                                pointer.toString(), Message.of("json.numberOutOfRange")));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                path.add(JsonDocument.escape(e.getKey()));
                numbersOutOfRange(document, e.getValue(), at, path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                numbersOutOfRange(document, node.get(i), at, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * The message for one error; {@code parent} is the object (or list) holding the value it is
     * about.
     */
    private Message describe(Error error, String at, JsonNode parent) {
        String inner = readable(error.getInstanceLocation());
        String outer = at.isEmpty() ? "" : at.substring(1).replace('/', '.');
        String where =
                outer.isEmpty()
                        ? inner
                        : inner.isEmpty()
                                ? outer
                                : outer + (inner.startsWith("[") ? "" : ".") + inner;
        Message message = alternativesMessage(error);
        if (message == null) {
            message = ruleMessage(error, parent);
        }
        if (message == null) {
            message = words.say(error);
        }
        if (message == null) {
            // networknt's own sentence, said in the reader's language from its own bundle
            message =
                    error.getMessageKey() == null
                            ? Message.of("schema.mismatch")
                            : Message.schemaLibrary(error.getMessageKey(), error.getArguments());
        }
        return where.isEmpty() ? message : Message.of("schema.at", where, message);
    }

    /**
     * What a value with alternatives must look like, or null when the error is not of that kind.
     */
    private static Message alternativesMessage(Error error) {
        if (!"oneOf".equals(error.getKeyword()) && !"anyOf".equals(error.getKeyword())) {
            return null;
        }
        String at = String.valueOf(error.getSchemaLocation());
        if (at.contains("/$defs/text/")) {
            return Message.of("schema.text");
        }
        if (at.contains("/$defs/condition/")) {
            return Message.of("schema.condition");
        }
        if (at.contains("/$defs/rule/")) {
            return Message.of("schema.rule");
        }
        if (at.contains("/$defs/answer/properties/value/")) {
            return Message.of("schema.answer");
        }
        if (at.contains("/$defs/atLeastStep/")) {
            return Message.of("schema.atLeastStep");
        }
        if (at.contains("/scales/items/properties/options/items/")) {
            return Message.of("schema.scaleStep");
        }
        if (at.contains("/primary/properties/coverage/")) {
            return Message.of("schema.coverageMinimum");
        }
        if (at.contains("/primary/properties/bandRules/items/properties/when/")) {
            return Message.of("schema.bandRuleWhen");
        }
        return Message.of("schema.alternatives");
    }

    /**
     * A plain message for the schemas' own rules, which networknt words in schema terms ("schema
     * for 'yes' is false", "must not be valid to the schema ..."), or null for any other error.
     */
    private static Message ruleMessage(Error error, JsonNode parent) {
        String at = String.valueOf(error.getSchemaLocation());
        if ("false".equals(error.getKeyword())
                && error.getInstanceLocation() != null
                && error.getInstanceLocation().getNameCount() > 0) {
            // a key that the question's type does not use (question-bank.schema.json,
            // $defs/question/allOf)
            Object key =
                    error.getInstanceLocation()
                            .getElement(error.getInstanceLocation().getNameCount() - 1);
            String type = parent == null ? null : parent.path("type").asString(null);
            String what = SchemaWords.questionType(type);
            return what == null
                    ? Message.of("schema.keyNotUsed", String.valueOf(key))
                    : Message.of("schema.typeHasNoKey", Message.of(what), String.valueOf(key));
        }
        if ("not".equals(error.getKeyword()) && at.endsWith("/$defs/answer/else/not")) {
            return Message.of("schema.declinedHasValue");
        }
        return null;
    }

    static String pointerOf(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(JsonDocument.escape(String.valueOf(element)));
        }
        return pointer.toString();
    }

    /** A path such as sections[2].questions[0].type. */
    static String readable(NodePath path) {
        StringBuilder out = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer) {
                out.append('[').append(element).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }
}
