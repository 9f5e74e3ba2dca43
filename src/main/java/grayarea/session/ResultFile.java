package grayarea.session;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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

/**
 * The result file, format version 1 (docs/formats.md): the result, the answers it came from,
 * the bank and app versions, the date, and private notes on reflection prompts.
 */
public final class ResultFile {

    public static final String KIND = "grayarea.result";
    public static final int FORMAT_VERSION = 1;

    /** Everything a result file holds. */
    public record Contents(String appVersion, Instant createdAt, String clientCode, Result result,
                           AnswerSheet answers, Map<String, String> notes) {
        public Contents {
            notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        }
    }

    private ResultFile() {
    }

    public static void save(Path path, Contents contents) throws IOException {
        AtomicFiles.write(path, toJson(contents).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(Contents contents) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode app = root.putObject("app");
        app.put("name", "Gray Area");
        app.put("version", contents.appVersion());
        root.put("createdAt", contents.createdAt().toString());
        Result result = contents.result();
        ObjectNode bank = root.putObject("bank");
        bank.put("id", result.bank().id());
        bank.put("version", result.bank().version());
        if (contents.answers().respondent() != null) {
            root.put("respondent", contents.answers().respondent());
        }
        if (contents.clientCode() != null) {
            root.put("clientCode", contents.clientCode());
        }
        root.set("result", resultTree(result));
        root.set("answers", AnswerSheetJson.toTree(contents.answers()));
        if (!contents.notes().isEmpty()) {
            ObjectNode notes = root.putObject("notes");
            contents.notes().forEach(notes::put);
        }
        return Json.write(root);
    }

    /** The result part of a result file, also printed by `score --format json`. */
    public static ObjectNode resultTree(Result result) {
        ObjectNode node = Json.object();
        ArrayNode parts = node.putArray("parts");
        for (PartResult part : result.parts()) {
            ObjectNode p = parts.addObject();
            p.put("part", part.part());
            if (part.band() != null) {
                p.put("band", part.band());
            } else {
                p.putNull("band");
            }
            ArrayNode scores = p.putArray("scores");
            for (Score score : part.scores()) {
                ObjectNode s = scores.addObject();
                s.put("dimension", score.dimension());
                s.put("raw", score.raw());
                if (score.value() != null) {
                    s.put("value", score.value());
                } else {
                    s.putNull("value");
                }
                s.put("counted", score.counted());
                s.put("missing", score.missing());
            }
            ArrayNode reflections = p.putArray("reflections");
            part.reflections().forEach(reflections::add);
            ArrayNode why = p.putArray("why");
            for (WhyItem item : part.why()) {
                ObjectNode w = why.addObject();
                w.put("question", item.question());
                w.put("answer", item.answer());
                w.put("points", item.points());
            }
        }
        ArrayNode flags = node.putArray("flags");
        result.flags().forEach(flags::add);
        node.put("safety", result.safety());
        ArrayNode boundaries = node.putArray("boundaries");
        for (BoundaryReading b : result.boundaries()) {
            ObjectNode r = boundaries.addObject();
            r.put("behaviour", b.behaviour());
            r.put("question", b.question());
            r.put("ifIDid", b.ifIDid().json());
            r.put("ifPartnerDid", b.ifPartnerDid().json());
        }
        return node;
    }

    public static Contents read(Path path) throws ProblemsException {
        JsonDocument document = JsonDocument.read(path);
        return read(document);
    }

    public static Contents read(JsonDocument document) throws ProblemsException {
        JsonNode root = document.root();
        String kind = root.path("kind").asString(null);
        if (!KIND.equals(kind)) {
            throw new ProblemsException(document.problemAt("/kind", kind == null
                    ? "this is not a Gray Area result file (it has no \"kind\")"
                    : "this is a \"" + kind + "\" file, not a result file (\"" + KIND + "\")"));
        }
        JsonNode version = root.path("formatVersion");
        // compared as a BigInteger: a version beyond the range of an int is newer, not a crash
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 1) {
            throw new ProblemsException(document.problemAt("/formatVersion", "the result file has no valid format version"));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw new ProblemsException(document.problemAt("/formatVersion", "this result file is format version "
                    + version.bigIntegerValue() + ", newer than this app reads (" + FORMAT_VERSION
                    + "); update Gray Area to open it"));
        }
        try {
            Instant createdAt = Instant.parse(root.path("createdAt").asString(""));
            JsonNode answersNode = root.path("answers");
            if (!answersNode.isObject()) {
                throw new ProblemsException(document.problemAt("/answers", "the result file holds no answers"));
            }
            List<Problem> sheetProblems = AnswerSheetJson.schemaProblems(document, "/answers");
            if (!sheetProblems.isEmpty()) {
                throw new ProblemsException(sheetProblems);
            }
            AnswerSheet answers = AnswerSheetJson.fromTree(answersNode);
            Result result = resultFrom(root.path("result"), new BankRef(root.path("bank").path("id").asString(""),
                    root.path("bank").path("version").asString("")));
            Map<String, String> notes = new LinkedHashMap<>();
            root.path("notes").properties().forEach(e -> notes.put(e.getKey(), e.getValue().asString("")));
            return new Contents(root.path("app").path("version").asString(""), createdAt,
                    root.path("clientCode").asString(null), result, answers, notes);
        } catch (DateTimeParseException e) {
            throw new ProblemsException(document.problemAt("/createdAt", "\"createdAt\" is not a date and time"));
        } catch (RuntimeException e) {
            throw new ProblemsException(Problem.atStart(document.file(), "the result file is damaged and cannot be read"));
        }
    }

    private static Result resultFrom(JsonNode node, BankRef bank) {
        List<PartResult> parts = new ArrayList<>();
        for (JsonNode p : node.path("parts")) {
            List<Score> scores = new ArrayList<>();
            for (JsonNode s : p.path("scores")) {
                scores.add(new Score(s.path("dimension").asString(), s.path("raw").asDouble(),
                        s.path("value").isNumber() ? s.path("value").asDouble() : null,
                        s.path("counted").asInt(), s.path("missing").asInt()));
            }
            List<String> reflections = new ArrayList<>();
            p.path("reflections").forEach(r -> reflections.add(r.asString()));
            List<WhyItem> why = new ArrayList<>();
            for (JsonNode w : p.path("why")) {
                why.add(new WhyItem(w.path("question").asString(), w.path("answer").asString(), w.path("points").asDouble()));
            }
            parts.add(new PartResult(p.path("part").asString(), scores,
                    p.path("band").isString() ? p.path("band").asString() : null, reflections, why));
        }
        List<String> flags = new ArrayList<>();
        node.path("flags").forEach(f -> flags.add(f.asString()));
        List<BoundaryReading> boundaries = new ArrayList<>();
        for (JsonNode b : node.path("boundaries")) {
            boundaries.add(new BoundaryReading(b.path("behaviour").asString(), b.path("question").asString(),
                    AnswerValue.Rating.fromJson(b.path("ifIDid").asString()),
                    AnswerValue.Rating.fromJson(b.path("ifPartnerDid").asString())));
        }
        return new Result(bank, parts, flags, node.path("safety").asBoolean(false), boundaries);
    }
}
