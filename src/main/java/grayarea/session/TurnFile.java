package grayarea.session;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.SchemaCheck;
import grayarea.bank.Sharing;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A couple-mode turn file, format version 1 (docs/formats.md): one partner's finished turn,
 * exported so the other partner can compare on another computer. It holds only what may reach the
 * other partner (docs/safety.md): the shared answers and the list of answers left out, or, when the
 * turn raised a safety flag, nothing but the neutral marker {@code "comparison": "not-available"}.
 */
public final class TurnFile {

    public static final String KIND = "grayarea.turn";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA = "questions/schema/turn.schema.json";
    static final String AVAILABLE = "available";
    static final String NOT_AVAILABLE = "not-available";

    /**
     * A turn file as read.
     *
     * @param turn the turn, ready for {@link CoupleComparison#compare(QuestionBank, ComparisonTurn,
     *     ComparisonTurn, String)}
     * @param answers the shared sheet with its document, for locating problems (it sits at {@code
     *     /answers}), or null when the turn is not available
     */
    public record Contents(
            ComparisonTurn turn,
            AnswerSheetJson.Located answers,
            JsonDocument document,
            String at) {

        /** A problem located at the turn's bank. */
        public Problem problemAtBank(Message message) {
            return document.problemAt(at + "/bank", message);
        }

        /**
         * The problem of a turn to another bank than {@code expected} (another version, say): where
         * the file names its bank, with both.
         */
        public Problem otherBank(BankRef expected) {
            return problemAtBank(
                    SessionMessages.of(
                            "couple.turnOtherBank",
                            turn.bank().id() + " " + turn.bank().version(),
                            expected.id() + " " + expected.version()));
        }
    }

    private static final class Schema {
        static final SchemaCheck INSTANCE = SchemaCheck.forResource(SCHEMA);
    }

    private TurnFile() {}

    /**
     * Exports a finished turn from the partner's full answer sheet: the safety gate and the sharing
     * choices are applied here, so nothing private, unshared or flagged is ever written.
     */
    public static void export(Path path, QuestionBank bank, AnswerSheet fullSheet)
            throws IOException {
        write(path, bank, ComparisonTurn.of(bank, fullSheet));
    }

    /** Writes a prepared turn, atomically. Its shared sheet is shared once more on the way out. */
    public static void write(Path path, QuestionBank bank, ComparisonTurn turn) throws IOException {
        AtomicFiles.write(path, toJson(bank, turn).getBytes(StandardCharsets.UTF_8));
    }

    /** The turn file's text. */
    public static String toJson(QuestionBank bank, ComparisonTurn turn) {
        return Json.write(toTree(bank, turn));
    }

    /** The turn file as a JSON object, also kept whole inside a couple's result file. */
    public static ObjectNode toTree(QuestionBank bank, ComparisonTurn turn) {
        if (!turn.bank().equals(bank.ref())) {
            throw new IllegalArgumentException(
                    "a turn to " + turn.bank() + " written with the bank " + bank.ref());
        }
        Sharing.Shared shared =
                turn.available() ? Sharing.share(bank, turn.shared().sheet()) : null;
        // a shared sheet that still raises a safety flag (only a hand-made turn could) closes the
        // gate
        if (shared == null || CoupleComparison.closesGate(bank, shared.sheet())) {
            return preparedTree(ComparisonTurn.notAvailable(turn.bank(), turn.respondent()));
        }
        Set<String> never = Sharing.neverShared(bank);
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        turn.shared()
                .notShared()
                .forEach((part, ids) -> listed.put(part, new LinkedHashSet<>(ids)));
        shared.notShared()
                .forEach(
                        (part, ids) ->
                                listed.computeIfAbsent(part, p -> new LinkedHashSet<>())
                                        .addAll(ids));
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        listed.forEach(
                (part, ids) -> {
                    Set<String> left = new LinkedHashSet<>(ids);
                    left.removeIf(never::contains);
                    if (!left.isEmpty()) {
                        kept.put(part, left);
                    }
                });
        return preparedTree(
                new ComparisonTurn(
                        turn.bank(), turn.respondent(), new Sharing.Shared(shared.sheet(), kept)));
    }

    /**
     * A turn already prepared by {@link ComparisonTurn#of} (gate and sharing applied), written as
     * it is: for the couple session, which keeps a finished turn without a PIN only in this form.
     */
    public static ObjectNode preparedTree(ComparisonTurn turn) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode ref = root.putObject("bank");
        ref.put("id", turn.bank().id());
        ref.put("version", turn.bank().version());
        if (turn.respondent() != null) {
            root.put("respondent", turn.respondent());
        }
        if (!turn.available()) {
            root.put("comparison", NOT_AVAILABLE);
            return root;
        }
        root.put("comparison", AVAILABLE);
        root.set("answers", AnswerSheetJson.toTree(turn.shared().sheet()));
        ObjectNode notShared = root.putObject("notShared");
        turn.shared()
                .notShared()
                .forEach(
                        (part, ids) -> {
                            if (!ids.isEmpty()) {
                                ArrayNode list = notShared.putArray(part);
                                ids.forEach(list::add);
                            }
                        });
        return root;
    }

    public static Contents read(Path path) throws ProblemsException {
        return read(JsonDocument.read(path));
    }

    public static Contents read(String name, byte[] bytes) throws ProblemsException {
        return read(JsonDocument.read(name, bytes));
    }

    /** Reads a turn file; every problem is located (FILE:LINE:COLUMN). */
    public static Contents read(JsonDocument document) throws ProblemsException {
        return read(document, "");
    }

    /**
     * Reads the turn at the pointer: a whole turn file, or a turn kept inside a couple's result
     * file.
     */
    public static Contents read(JsonDocument document, String at) throws ProblemsException {
        JsonNode root = at.isEmpty() ? document.root() : document.root().at(at);
        JsonNode kind = root.path("kind");
        if (kind.isString() && !KIND.equals(kind.stringValue())) {
            throw new ProblemsException(
                    document.problemAt(
                            at + "/kind",
                            SessionMessages.of("turn.otherKind", kind.stringValue(), KIND)));
        }
        JsonNode version = root.path("formatVersion");
        if (version.isNumber() && version.doubleValue() > FORMAT_VERSION) {
            throw new ProblemsException(
                    document.problemAt(
                            at + "/formatVersion",
                            SessionMessages.of(
                                    "turn.newerFormat",
                                    version.canConvertToExactIntegral()
                                            ? String.valueOf(version.bigIntegerValue())
                                            : String.valueOf(version.doubleValue()),
                                    FORMAT_VERSION)));
        }
        List<Problem> problems = new ArrayList<>(Schema.INSTANCE.check(document, at));
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        BankRef bank =
                new BankRef(
                        root.path("bank").path("id").stringValue(),
                        root.path("bank").path("version").stringValue());
        String respondent =
                root.path("respondent").isString() ? root.path("respondent").stringValue() : null;
        if (NOT_AVAILABLE.equals(root.path("comparison").stringValue())) {
            return new Contents(ComparisonTurn.notAvailable(bank, respondent), null, document, at);
        }
        AnswerSheet sheet = AnswerSheetJson.sheetAt(document, at + "/answers");
        if (!sheet.bank().equals(bank)) {
            throw new ProblemsException(
                    document.problemAt(
                            at + "/answers/bank",
                            SessionMessages.of(
                                    "turn.otherBank", sheet.bank().toString(), bank.toString())));
        }
        Map<String, Set<String>> notShared = new LinkedHashMap<>();
        root.path("notShared")
                .properties()
                .forEach(
                        e -> {
                            Set<String> ids = new LinkedHashSet<>();
                            e.getValue().forEach(id -> ids.add(id.stringValue()));
                            notShared.put(e.getKey(), ids);
                        });
        ComparisonTurn turn =
                new ComparisonTurn(bank, respondent, new Sharing.Shared(sheet, notShared));
        return new Contents(
                turn, new AnswerSheetJson.Located(sheet, document, at + "/answers"), document, at);
    }

    /**
     * Whether a document is a turn file (by its kind), so a reader can tell it from an answer
     * sheet.
     */
    public static boolean isTurnFile(JsonDocument document) {
        JsonNode kind = document.root().path("kind");
        return kind.isString() && KIND.equals(kind.stringValue());
    }
}
