package grayarea.bank;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes answer sheets (format version 1, see docs/formats.md). */
public final class AnswerSheetJson {

    public static final String KIND = "grayarea.answer-sheet";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA = "questions/schema/answer-sheet.schema.json";

    /** A sheet together with the document it was read from, so later checks can locate problems. */
    public record Located(AnswerSheet sheet, JsonDocument document, String pointer) {
        /** A problem at the answer to a question in a part. */
        public Problem problemAt(String part, String question, Message message) {
            return document.problemAt(
                    pointer
                            + "/parts/"
                            + JsonDocument.escape(part)
                            + "/"
                            + JsonDocument.escape(question),
                    message);
        }

        public Problem problemAtValue(String part, String question, Message message) {
            return document.problemAt(
                    pointer
                            + "/parts/"
                            + JsonDocument.escape(part)
                            + "/"
                            + JsonDocument.escape(question)
                            + "/value",
                    message);
        }

        public Problem problemAtPart(String part, Message message) {
            return document.problemAt(pointer + "/parts/" + JsonDocument.escape(part), message);
        }

        public Problem problemAtBank(Message message) {
            return document.problemAt(pointer + "/bank", message);
        }
    }

    /** The problem when "createdAt" is not a date and time (also in files that hold a sheet). */
    public static final Message NOT_A_DATE = Message.of("sheet.createdAtNotADate");

    private static final class Schema {
        static final SchemaCheck INSTANCE = SchemaCheck.forResource(SCHEMA);
    }

    private AnswerSheetJson() {}

    public static Located read(Path path) throws ProblemsException {
        return read(JsonDocument.read(path));
    }

    public static Located read(String name, byte[] bytes) throws ProblemsException {
        return read(JsonDocument.read(name, bytes));
    }

    public static Located read(JsonDocument document) throws ProblemsException {
        JsonAt root = JsonAt.root(document.root());
        String kind = root.string("kind");
        if (kind != null && !KIND.equals(kind)) {
            throw new ProblemsException(
                    document.problemAt("/kind", Message.of("sheet.otherKind", kind, KIND)));
        }
        Double version = root.number("formatVersion");
        if (version != null && version > FORMAT_VERSION) {
            throw new ProblemsException(
                    document.problemAt(
                            "/formatVersion",
                            Message.of(
                                    "sheet.newerFormat",
                                    BankValidator.format(version),
                                    FORMAT_VERSION)));
        }
        return new Located(sheetAt(document, ""), document, "");
    }

    /**
     * The sheet at the pointer (the whole document, or a sheet held inside another file), checked
     * against the schema; every problem is located, a "createdAt" that is not a date included.
     */
    public static AnswerSheet sheetAt(JsonDocument document, String pointer)
            throws ProblemsException {
        List<Problem> problems = schemaProblems(document, pointer);
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        try {
            return fromTree(document.root().at(pointer));
        } catch (DateTimeParseException e) {
            throw new ProblemsException(document.problemAt(pointer + "/createdAt", NOT_A_DATE));
        }
    }

    /** Every schema problem of a sheet held inside another document, at the pointer. */
    public static List<Problem> schemaProblems(JsonDocument document, String pointer) {
        return Schema.INSTANCE.check(document, pointer);
    }

    /** The sheet in a tree that already passed the schema (also used inside result files). */
    public static AnswerSheet fromTree(JsonNode node) {
        JsonAt root = JsonAt.root(node);
        String created = root.string("createdAt");
        Instant createdAt = created == null ? null : Instant.parse(created);
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        JsonAt partsNode = root.get("parts");
        for (String part : partsNode.keys()) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            JsonAt partNode = partsNode.get(part);
            for (String question : partNode.keys()) {
                answers.put(question, answer(partNode.get(question)));
            }
            parts.put(part, answers);
        }
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (String section : root.get("order").keys()) {
            order.put(section, root.get("order").strings(section));
        }
        JsonAt bank = root.get("bank");
        return new AnswerSheet(
                new BankRef(bank.string("id"), bank.string("version")),
                root.string("respondent"),
                root.string("language"),
                createdAt,
                parts,
                order);
    }

    private static Answer answer(JsonAt node) {
        Answer.Status status = Answer.Status.fromJson(node.string("status"));
        boolean shared = node.bool("shared", true);
        if (status != Answer.Status.ANSWERED) {
            return new Answer(status, null, shared);
        }
        JsonAt value = node.get("value");
        AnswerValue parsed;
        if (value.string() != null) {
            parsed = new AnswerValue.Choice(value.string());
        } else if (value.node().isArray()) {
            List<String> ids = new ArrayList<>();
            value.items().forEach(i -> ids.add(i.string()));
            parsed = new AnswerValue.Choices(ids);
        } else if (value.get("text").exists()) {
            parsed = new AnswerValue.FreeText(value.string("text"));
        } else {
            parsed =
                    new AnswerValue.BoundaryRating(
                            AnswerValue.Rating.fromJson(value.string("ifIDid")),
                            AnswerValue.Rating.fromJson(value.string("ifPartnerDid")));
        }
        return new Answer(status, parsed, shared);
    }

    public static String write(AnswerSheet sheet) {
        return Json.write(toTree(sheet));
    }

    public static ObjectNode toTree(AnswerSheet sheet) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode bank = root.putObject("bank");
        bank.put("id", sheet.bank().id());
        bank.put("version", sheet.bank().version());
        if (sheet.respondent() != null) {
            root.put("respondent", sheet.respondent());
        }
        if (sheet.language() != null) {
            root.put("language", sheet.language());
        }
        if (sheet.createdAt() != null) {
            root.put("createdAt", sheet.createdAt().toString());
        }
        ObjectNode parts = root.putObject("parts");
        sheet.parts()
                .forEach(
                        (part, answers) -> {
                            ObjectNode partNode = parts.putObject(part);
                            answers.forEach(
                                    (question, answer) ->
                                            partNode.set(question, answerTree(answer)));
                        });
        if (!sheet.order().isEmpty()) {
            ObjectNode order = root.putObject("order");
            sheet.order()
                    .forEach(
                            (section, ids) -> {
                                ArrayNode list = order.putArray(section);
                                ids.forEach(list::add);
                            });
        }
        return root;
    }

    private static ObjectNode answerTree(Answer answer) {
        ObjectNode node = Json.object();
        node.put("status", answer.status().json());
        AnswerValue value = answer.value();
        if (value instanceof AnswerValue.Choice c) {
            node.put("value", c.option());
        } else if (value instanceof AnswerValue.Choices c) {
            ArrayNode list = node.putArray("value");
            c.options().forEach(list::add);
        } else if (value instanceof AnswerValue.FreeText t) {
            node.putObject("value").put("text", t.text());
        } else if (value instanceof AnswerValue.BoundaryRating r) {
            ObjectNode rating = node.putObject("value");
            rating.put("ifIDid", r.ifIDid().json());
            rating.put("ifPartnerDid", r.ifPartnerDid().json());
        }
        if (!answer.shared()) {
            node.put("shared", false);
        }
        return node;
    }
}
