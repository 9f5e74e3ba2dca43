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
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The couple session, couple.json in the data folder, saved atomically after every change. Each
 * partner's answers sit in it as an answer sheet; the PINs only as salted hashes. Until the
 * privacy work encrypts each turn under its partner's PIN, a PIN guards the app's screens,
 * not the file itself (docs/safety.md says so).
 */
public final class CoupleStore {

    public static final String FILE = "couple.json";
    private static final String KIND = "grayarea.couple-session";

    private final Path file;
    private final Vault vault;

    /** A store that writes plain files (no passphrase). */
    public CoupleStore(Path folder) {
        this(folder, Vault.none());
    }

    /** A store whose file the vault encrypts when a passphrase is set. */
    public CoupleStore(Path folder, Vault vault) {
        this.vault = vault;
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The saved session, nothing, or a damaged file moved aside untouched. */
    public SavedFiles.Found<CoupleSession> load() {
        return SavedFiles.load(file, "couple-damaged-", CoupleStore::read, vault);
    }

    private static CoupleSession read(JsonDocument document) throws ProblemsException {
        JsonNode root = document.root();
        if (!KIND.equals(root.path("kind").asString(null))) {
            throw new ProblemsException(document.problemAt("/kind", SessionMessages.of("couple.otherKind")));
        }
        if (root.path("formatVersion").asInt(0) != 1) {
            throw new ProblemsException(document.problemAt("/formatVersion", SessionMessages.of("couple.otherFormat")));
        }
        List<CoupleSession.Partner> partners = new ArrayList<>();
        JsonNode list = root.path("partners");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            PinLock pin = null;
            if (p.path("pin").isObject()) {
                try {
                    pin = PinLock.fromTree(p.path("pin"));
                } catch (IllegalArgumentException e) {
                    throw new ProblemsException(document.problemAt("/partners/" + i + "/pin",
                            SessionMessages.of("couple.pinDamaged")));
                }
            }
            CoupleSession.Turn turn = null;
            if (p.path("turn").isObject()) {
                JsonNode t = p.path("turn");
                List<Problem> problems = AnswerSheetJson.schemaProblems(document, "/partners/" + i + "/turn/answers");
                if (!problems.isEmpty()) {
                    throw new ProblemsException(problems);
                }
                turn = new CoupleSession.Turn(AnswerSheetJson.fromTree(t.path("answers")), Math.max(0, t.path("step").asInt(0)),
                        t.path("finished").asBoolean(false), t.path("sharingSet").asBoolean(false));
            }
            partners.add(new CoupleSession.Partner(p.path("name").asString("").strip(), pin, turn));
        }
        String bankFile = root.path("bankFile").asString(null);
        return new CoupleSession(bankFile == null ? null : Path.of(bankFile), partners,
                Instant.parse(root.path("savedAt").asString("")));
    }

    public void save(CoupleSession session) throws IOException {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", 1);
        root.put("savedAt", session.savedAt().toString());
        if (session.bankFile() != null) {
            root.put("bankFile", session.bankFile().toAbsolutePath().toString());
        }
        ArrayNode partners = root.putArray("partners");
        for (CoupleSession.Partner partner : session.partners()) {
            ObjectNode p = partners.addObject();
            p.put("name", partner.name());
            if (partner.pin() != null) {
                p.set("pin", partner.pin().tree());
            }
            if (partner.turn() != null) {
                ObjectNode t = p.putObject("turn");
                t.put("step", partner.turn().step());
                t.put("finished", partner.turn().finished());
                t.put("sharingSet", partner.turn().sharingSet());
                t.set("answers", AnswerSheetJson.toTree(partner.turn().answers()));
            }
        }
        vault.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
