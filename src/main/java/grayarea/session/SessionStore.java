package grayarea.session;

import grayarea.bank.AnswerSheetJson;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The autosaved solo session: session.json in the data folder, rewritten atomically after every
 * answer. A damaged file is never overwritten silently: it is moved aside under a dated name
 * and the person is told.
 */
public final class SessionStore {

    public static final String FILE = "session.json";
    private static final String KIND = "grayarea.session";
    private static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was found on start. */
    public sealed interface Found {
        /** No saved session. */
        record Nothing() implements Found {
        }

        /** A session to resume. */
        record Session(SoloSession session) implements Found {
        }

        /** The saved file was damaged; it was moved to {@code setAside}, untouched. */
        record Damaged(Path setAside, Problem problem) implements Found {
        }
    }

    private final Path file;

    public SessionStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public Found load() {
        if (!Files.exists(file)) {
            return new Found.Nothing();
        }
        try {
            return new Found.Session(read(JsonDocument.read(file)));
        } catch (ProblemsException e) {
            return setAside(e.problems().get(0));
        }
    }

    private Found setAside(Problem problem) {
        Path aside = file.resolveSibling("session-damaged-" + STAMP.format(Instant.now()) + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            aside = file;
        }
        return new Found.Damaged(aside, problem);
    }

    private static SoloSession read(JsonDocument document) throws ProblemsException {
        JsonNode root = document.root();
        if (!KIND.equals(root.path("kind").asString(null))) {
            throw new ProblemsException(document.problemAt("/kind", "this is not a saved Gray Area session"));
        }
        if (root.path("formatVersion").asInt(0) != FORMAT_VERSION) {
            throw new ProblemsException(document.problemAt("/formatVersion",
                    "this saved session is of a format this app does not read"));
        }
        List<Problem> problems = AnswerSheetJson.schemaProblems(document, "/answers");
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        try {
            String bankFile = root.path("bankFile").asString(null);
            Map<String, String> notes = new LinkedHashMap<>();
            root.path("notes").properties().forEach(e -> notes.put(e.getKey(), e.getValue().asString("")));
            return new SoloSession(bankFile == null ? null : Path.of(bankFile),
                    root.path("perspective").asString(null), Math.max(0, root.path("step").asInt(0)),
                    AnswerSheetJson.fromTree(root.path("answers")), notes, root.path("finished").asBoolean(false),
                    Instant.parse(root.path("savedAt").asString("")));
        } catch (RuntimeException e) {
            throw new ProblemsException(Problem.atStart(document.file(), "the saved session is damaged"));
        }
    }

    public void save(SoloSession session) throws IOException {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("savedAt", session.savedAt().toString());
        if (session.bankFile() != null) {
            root.put("bankFile", session.bankFile().toAbsolutePath().toString());
        }
        if (session.perspective() != null) {
            root.put("perspective", session.perspective());
        }
        root.put("step", session.step());
        root.put("finished", session.finished());
        root.set("answers", AnswerSheetJson.toTree(session.answers()));
        if (!session.notes().isEmpty()) {
            ObjectNode notes = root.putObject("notes");
            session.notes().forEach(notes::put);
        }
        AtomicFiles.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    public Optional<Path> existing() {
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }
}
