package grayarea.session;

import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * The waiting-room lock, kept as waiting-room.json in the data folder while a locked session runs.
 * The app looks for it first on every start, so quitting (or a quick exit, or a crash) returns to
 * the lock, never to the therapist's own screens.
 */
public final class WaitingRoomStore {

    public static final String FILE = "waiting-room.json";
    static final String KIND = "grayarea.waiting-room";

    /** The default folder for results, inside the data folder. */
    public static final String RESULTS = "results";

    /**
     * The waiting room's working folder inside the data folder. A client's answers are never kept
     * there (they live in the window until the result is saved, docs/decisions/0019); the folder is
     * emptied and removed whenever a waiting room starts or ends, which clears what older versions
     * left in it (their plain {@code session.json}, damaged copies, save temp files).
     */
    public static final String WORK = "waiting-room";

    private final Path file;
    private final Path work;

    public WaitingRoomStore(Path folder) {
        this.file = folder.resolve(FILE);
        this.work = folder.resolve(WORK);
    }

    public Path file() {
        return file;
    }

    /**
     * The running waiting room, if one was started; a damaged lock file is a located problem, left
     * in place.
     */
    public Optional<WaitingRoom> load() throws ProblemsException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonDocument document = JsonDocument.read(file);
        FileKind.check(document, KIND, 1, "kind.waitingRoom");
        Fields fields = new Fields(document);
        String handOut = fields.requiredText("/handOutFile", 4_000);
        String code = fields.text("/clientCode", HandOut.MAX_CLIENT_CODE);
        String results = fields.requiredText("/resultsFolder", 4_000);
        String started = fields.requiredText("/startedAt", 40);
        PinLock pin = null;
        if (fields.object("/pin")) {
            try {
                pin = PinLock.fromTree(fields.at("/pin"));
            } catch (IllegalArgumentException e) {
                fields.problem("/pin", SessionMessages.of("waitingRoom.pinDamaged"));
            }
        } else {
            fields.problem("", SessionMessages.of("waitingRoom.noPin"));
        }
        Instant startedAt = null;
        if (started != null) {
            try {
                startedAt = Instant.parse(started);
            } catch (DateTimeParseException e) {
                fields.problem("/startedAt", SessionMessages.of("waitingRoom.startedAtNotADate"));
            }
        }
        Path handOutFile = path(fields, "/handOutFile", handOut);
        Path resultsFolder = path(fields, "/resultsFolder", results);
        fields.throwIfAny();
        return Optional.of(new WaitingRoom(handOutFile, code, pin, resultsFolder, startedAt));
    }

    /**
     * The text as a path, or a located problem when this computer cannot use it as one (a NUL
     * character, say).
     */
    private static Path path(Fields fields, String pointer, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            fields.problem(pointer, SessionMessages.of("waitingRoom.notAPath"));
            return null;
        }
    }

    public void save(WaitingRoom room) throws IOException {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", 1);
        root.put("handOutFile", room.handOutFile().toAbsolutePath().toString());
        if (room.clientCode() != null) {
            root.put("clientCode", room.clientCode());
        }
        root.set("pin", room.pin().tree());
        root.put("resultsFolder", room.resultsFolder().toAbsolutePath().toString());
        root.put("startedAt", room.startedAt().toString());
        AtomicFiles.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the waiting room: the next start is an ordinary one, and no working file stays. */
    public void delete() throws IOException {
        clearWork();
        Files.deleteIfExists(file);
    }

    /** Deletes the working folder and every file in it (links are deleted, never followed). */
    public void clearWork() throws IOException {
        if (!Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(work);
            return;
        }
        List<Path> inside;
        try (Stream<Path> walk = Files.walk(work)) {
            inside = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : inside) {
            Files.deleteIfExists(path);
        }
    }
}
