package grayarea.session;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result file, format version 2 (docs/formats.md): one person's result with the answers it came
 * from, or a couple's two turns with their comparison; the bank and app versions, the date, an
 * optional client code, and private notes on reflection prompts. Version 1 files (one person,
 * everything kept) stay readable.
 *
 * <p>A file that is not sealed for a therapist holds no private answers and no safety flags: {@link
 * #withoutPrivate} takes them out and scores what is left, so the stored result is always what its
 * stored answers score. A couple's file holds only what both partners shared.
 */
public final class ResultFile {

    public static final String KIND = "grayarea.result";
    public static final int FORMAT_VERSION = 2;
    static final String COMPLETE = "complete";
    static final String WITHOUT_PRIVATE = "without-private";

    /** What any result file holds, one person's or a couple's. */
    public sealed interface Any permits Contents, CoupleContents {
        String appVersion();

        Instant createdAt();

        /** The client code, or null. */
        String clientCode();

        BankRef bank();
    }

    /**
     * One person's result file.
     *
     * @param complete whether private answers and safety flags are kept (a version 1 file, or a
     *     sealed one); false when they were taken out
     */
    public record Contents(
            String appVersion,
            Instant createdAt,
            String clientCode,
            Result result,
            AnswerSheet answers,
            Map<String, String> notes,
            boolean complete)
            implements Any {
        public Contents {
            notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        }

        @Override
        public BankRef bank() {
            return result.bank();
        }
    }

    /**
     * A couple's result file: both turns as the other partner may see them (gate and sharing
     * applied, as in a turn file) and the language of the comparison.
     */
    public record CoupleContents(
            String appVersion,
            Instant createdAt,
            String clientCode,
            BankRef bank,
            String language,
            ComparisonTurn first,
            ComparisonTurn second)
            implements Any {

        /**
         * When either turn closed the safety gate, both are kept as the same neutral marker: a file
         * that is not sealed never tells which partner closed it (docs/safety.md), and holds
         * nothing of the other's answers either, as the comparison it stands for carries nothing.
         */
        public CoupleContents {
            if (!first.available() || !second.available()) {
                first = ComparisonTurn.notAvailable(first.bank(), first.respondent());
                second = ComparisonTurn.notAvailable(second.bank(), second.respondent());
            }
        }
    }

    private ResultFile() {}

    /**
     * The file's contents without private answers (and answers that follow them) and without safety
     * flags: the answers are scored again, so the stored result is theirs.
     */
    public static Contents withoutPrivate(QuestionBank bank, Contents full) {
        AnswerSheet kept = Sharing.withoutPrivate(bank, full.answers());
        Result result = new ScoringEngine(bank).score(kept).withoutSafetyFlags(bank);
        return new Contents(
                full.appVersion(),
                full.createdAt(),
                full.clientCode(),
                result,
                kept,
                full.notes(),
                false);
    }

    /**
     * What the stored answers score, as the file would store it: to check a file against its
     * answers.
     */
    public static Result rescore(QuestionBank bank, Contents contents) {
        Result result = new ScoringEngine(bank).score(contents.answers());
        return contents.complete() ? result : result.withoutSafetyFlags(bank);
    }

    /** File name ending of a result file sealed for a therapist. */
    public static final String SEALED_EXTENSION = ".sealed";

    /**
     * The file for a therapist: sealed with their key when there is one (then it keeps everything,
     * private answers and safety flags included), otherwise without anything private.
     */
    public static byte[] forTherapist(
            QuestionBank bank, Contents full, Optional<TherapistPublicKey> therapist) {
        if (therapist.isPresent()) {
            return SealedFile.seal(therapist.get(), toJson(full).getBytes(StandardCharsets.UTF_8));
        }
        return toJson(withoutPrivate(bank, full)).getBytes(StandardCharsets.UTF_8);
    }

    public static void save(Path path, Contents contents) throws IOException {
        AtomicFiles.write(path, toJson(contents).getBytes(StandardCharsets.UTF_8));
    }

    public static void save(Path path, QuestionBank bank, CoupleContents contents)
            throws IOException {
        AtomicFiles.write(path, toJson(bank, contents).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(Contents contents) {
        ObjectNode root = head(contents, contents.complete() ? COMPLETE : WITHOUT_PRIVATE);
        if (contents.answers().respondent() != null) {
            root.put("respondent", contents.answers().respondent());
        }
        ObjectNode result = resultTree(contents.result());
        if (!contents.complete()) {
            // safety flags were taken out with the private answers: a "false" here would claim a
            // check that this file cannot show, so the key is left out (readers take it as false)
            result.remove("safety");
            result.remove("safetyUnanswered");
        }
        root.set("result", result);
        root.set("answers", AnswerSheetJson.toTree(contents.answers()));
        if (!contents.notes().isEmpty()) {
            ObjectNode notes = root.putObject("notes");
            contents.notes().forEach(notes::put);
        }
        return Json.write(root);
    }

    /** A couple's file: both turns (each exactly as a turn file holds it) and their comparison. */
    public static String toJson(QuestionBank bank, CoupleContents contents) {
        ObjectNode root = head(contents, WITHOUT_PRIVATE);
        ObjectNode couple = root.putObject("couple");
        couple.put("language", contents.language());
        couple.set("first", TurnFile.toTree(bank, contents.first()));
        couple.set("second", TurnFile.toTree(bank, contents.second()));
        Comparison comparison =
                CoupleComparison.compare(
                        bank, contents.first(), contents.second(), contents.language());
        couple.set(
                "comparison",
                ComparisonJson.tree(bank, comparison, contents.first(), contents.second()));
        return Json.write(root);
    }

    private static ObjectNode head(Any contents, String holds) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode app = root.putObject("app");
        app.put("name", "Gray Area");
        app.put("version", contents.appVersion());
        root.put("createdAt", contents.createdAt().toString());
        ObjectNode bank = root.putObject("bank");
        bank.put("id", contents.bank().id());
        bank.put("version", contents.bank().version());
        if (contents.clientCode() != null) {
            root.put("clientCode", contents.clientCode());
        }
        root.put("contents", holds);
        return root;
    }

    /** The result part of a result file, also printed by `score --format json`. */
    public static ObjectNode resultTree(Result result) {
        return ResultTree.write(result);
    }

    /**
     * Whether the file says it is a result file (any version), so that a reader can tell it from
     * others.
     */
    public static boolean isResultFile(JsonDocument document) {
        return FileKind.is(document, KIND);
    }

    /** Reads one person's result file; a couple's file is refused with a clear message. */
    public static Contents read(Path path) throws ProblemsException {
        return read(JsonDocument.read(path));
    }

    public static Contents read(JsonDocument document) throws ProblemsException {
        if (readAny(document) instanceof Contents contents) {
            return contents;
        }
        throw new ProblemsException(
                document.problemAt("/couple", SessionMessages.of("result.coupleFile")));
    }

    /** Reads any result file, one person's or a couple's, version 1 or 2. */
    public static Any readAny(Path path) throws ProblemsException {
        return readAny(JsonDocument.read(path));
    }

    public static Any readAny(JsonDocument document) throws ProblemsException {
        int version = FileKind.check(document, KIND, FORMAT_VERSION, "kind.result");
        JsonNode root = document.root();
        try {
            Instant createdAt = Instant.parse(root.path("createdAt").asString(""));
            String appVersion = root.path("app").path("version").asString("");
            String clientCode =
                    root.path("clientCode").isString()
                            ? root.path("clientCode").stringValue()
                            : null;
            BankRef bank =
                    new BankRef(
                            root.path("bank").path("id").asString(""),
                            root.path("bank").path("version").asString(""));
            String holds = version == 1 ? COMPLETE : root.path("contents").asString("");
            if (!COMPLETE.equals(holds) && !WITHOUT_PRIVATE.equals(holds)) {
                throw new ProblemsException(
                        document.problemAt(
                                "/contents",
                                SessionMessages.of("result.contents", COMPLETE, WITHOUT_PRIVATE)));
            }
            if (version > 1 && root.has("couple")) {
                return couple(document, appVersion, createdAt, clientCode, bank);
            }
            JsonNode answersNode = root.path("answers");
            if (!answersNode.isObject()) {
                throw new ProblemsException(
                        document.problemAt("/answers", SessionMessages.of("result.noAnswers")));
            }
            List<Problem> sheetProblems = AnswerSheetJson.schemaProblems(document, "/answers");
            if (!sheetProblems.isEmpty()) {
                throw new ProblemsException(sheetProblems);
            }
            AnswerSheet answers = AnswerSheetJson.fromTree(answersNode);
            Result result = ResultTree.read(root.path("result"), bank);
            Map<String, String> notes = new LinkedHashMap<>();
            root.path("notes")
                    .properties()
                    .forEach(e -> notes.put(e.getKey(), e.getValue().asString("")));
            return new Contents(
                    appVersion,
                    createdAt,
                    clientCode,
                    result,
                    answers,
                    notes,
                    COMPLETE.equals(holds));
        } catch (DateTimeParseException e) {
            throw new ProblemsException(
                    document.problemAt(
                            "/createdAt", SessionMessages.of("result.createdAtNotADate")));
        } catch (RuntimeException e) {
            throw new ProblemsException(
                    Problem.atStart(document.file(), SessionMessages.of("result.damaged")));
        }
    }

    private static CoupleContents couple(
            JsonDocument document,
            String appVersion,
            Instant createdAt,
            String clientCode,
            BankRef bank)
            throws ProblemsException {
        JsonNode couple = document.root().path("couple");
        if (!couple.isObject()
                || !couple.path("first").isObject()
                || !couple.path("second").isObject()) {
            throw new ProblemsException(
                    document.problemAt("/couple", SessionMessages.of("result.coupleTurns")));
        }
        TurnFile.Contents first = TurnFile.read(document, "/couple/first");
        TurnFile.Contents second = TurnFile.read(document, "/couple/second");
        for (TurnFile.Contents turn : List.of(first, second)) {
            if (!turn.turn().bank().equals(bank)) {
                throw new ProblemsException(
                        turn.problemAtBank(
                                SessionMessages.of(
                                        "result.turnOtherBank",
                                        turn.turn().bank().toString(),
                                        bank.toString())));
            }
        }
        String language = couple.path("language").asString("en");
        return new CoupleContents(
                appVersion, createdAt, clientCode, bank, language, first.turn(), second.turn());
    }
}
