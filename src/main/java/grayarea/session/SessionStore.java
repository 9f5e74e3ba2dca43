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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The autosaved solo session: session.json in the data folder, rewritten atomically after every
 * answer. A damaged file is never overwritten silently: it is moved aside under a dated name and
 * the person is told.
 */
public final class SessionStore {

    public static final String FILE = "session.json";
    private static final String KIND = "grayarea.session";
    private static final int FORMAT_VERSION = 1;

    private final Path file;
    private final Vault vault;
    private boolean unmoved;

    /** A store that writes plain files (no passphrase). */
    public SessionStore(Path folder) {
        this(folder, Vault.none());
    }

    /** A store whose files the vault encrypts when a passphrase is set. */
    public SessionStore(Path folder, Vault vault) {
        this.file = folder.resolve(FILE);
        this.vault = vault;
    }

    public Path file() {
        return file;
    }

    /** The saved session, nothing, or a damaged file moved aside untouched. */
    public SavedFiles.Found<SoloSession> load() {
        SavedFiles.Found<SoloSession> found =
                SavedFiles.load(file, "session-damaged-", SessionStore::read, vault);
        // a file that could not be read and could not be moved aside is never written over
        unmoved = found instanceof SavedFiles.Found.Damaged<SoloSession> d && !d.moved();
        return found;
    }

    private static SoloSession read(JsonDocument document) throws ProblemsException {
        JsonNode root = document.root();
        if (!KIND.equals(root.path("kind").asString(null))) {
            throw new ProblemsException(
                    document.problemAt("/kind", SessionMessages.of("session.otherKind")));
        }
        if (root.path("formatVersion").asInt(0) != FORMAT_VERSION) {
            throw new ProblemsException(
                    document.problemAt(
                            "/formatVersion", SessionMessages.of("session.otherFormat")));
        }
        List<Problem> problems = AnswerSheetJson.schemaProblems(document, "/answers");
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        try {
            String bankFile = root.path("bankFile").asString(null);
            Map<String, String> notes = new LinkedHashMap<>();
            root.path("notes")
                    .properties()
                    .forEach(e -> notes.put(e.getKey(), e.getValue().asString("")));
            return new SoloSession(
                    bankFile == null ? null : Path.of(bankFile),
                    root.path("perspective").asString(null),
                    Math.max(0, root.path("step").asInt(0)),
                    AnswerSheetJson.fromTree(root.path("answers")),
                    notes,
                    root.path("finished").asBoolean(false),
                    Instant.parse(root.path("savedAt").asString("")));
        } catch (RuntimeException e) {
            throw new ProblemsException(
                    Problem.atStart(document.file(), SessionMessages.of("session.damaged")));
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
        refuseOverUnmoved();
        vault.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    private void refuseOverUnmoved() throws IOException {
        if (unmoved && Files.exists(file)) {
            throw new IOException(
                    file + " could not be read or moved aside, so nothing was written over it");
        }
    }

    /**
     * Deletes the saved session; a file that could not be read, nor moved aside, is left as the app
     * said it would be ("left exactly as it was"), and so is an encrypted file while the app is
     * locked.
     */
    public void delete() throws IOException {
        refuseOverUnmoved();
        if (!vault.isOpen() && Files.exists(file)) {
            throw new IOException(file + " is locked, so it was not deleted");
        }
        Files.deleteIfExists(file);
    }
}
