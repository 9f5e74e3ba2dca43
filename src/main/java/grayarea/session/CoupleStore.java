package grayarea.session;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.KdfParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The couple session, couple.json in the data folder, saved atomically after every change (and
 * encrypted as a whole when a passphrase is set). Both partners use this computer, so the file
 * never holds a private or unshared answer in a form the other partner can read
 * (docs/decisions/0016):
 *
 * <ul>
 *   <li>A partner with a PIN has their answers in it only as {@code sealedAnswers}, encrypted under
 *       a key from that PIN ({@link TurnLock}). Nothing else is kept outside the PIN, not even what
 *       the partner chose to share, so the comparison is made when both sit together and type their
 *       PINs.
 *   <li>A partner without a PIN has no answer in it while the turns go on: this store keeps their
 *       turn in memory only (the "window"), and loses it if the app closes first. When
 *       <em>neither</em> partner has a PIN, once both turns are done the file keeps only what each
 *       shared ({@code shared}, a turn file's content), or, when either turn closed the safety
 *       gate, the one flag {@code "comparison": "not-available"} for the whole session and no
 *       answers at all, so it does not say whose turn closed it. Beside a turn under a PIN (whose
 *       gate is known only under that PIN), a turn without one is never written, even when both are
 *       done: its shared answers or a flag would tell which turn closed the comparison.
 * </ul>
 *
 * <p>Format 2 kept a turn without a PIN as plain answers, and format 1 (before turns were
 * encrypted) a salted hash of each PIN and every answer plain; both are still read, and the next
 * save writes format 3.
 */
public final class CoupleStore {

    public static final String FILE = "couple.json";
    public static final int FORMAT_VERSION = 3;
    private static final String KIND = "grayarea.couple-session";
    private static final String NOT_AVAILABLE = "not-available";

    /**
     * The bank of a session saved with the built-in bank before the file named its bank: every
     * version of the app that wrote such a file had micro-cheating 1.0.0 built in.
     */
    public static final BankRef BUILT_IN_BEFORE_BANK_KEY = new BankRef("micro-cheating", "1.0.0");

    private final Path file;
    private final Vault vault;

    /**
     * The turns of partners without a PIN, as last saved: kept here, in memory, and never in the
     * file.
     */
    private final Map<Integer, CoupleSession.Turn> window = new HashMap<>();

    private boolean unmoved;

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

    /**
     * The saved session, nothing, or a damaged file moved aside untouched. The turns of partners
     * without a PIN come from this store's memory when it still has them (the same run of the app);
     * otherwise such a turn is {@linkplain CoupleSession#turnLost lost}.
     */
    public SavedFiles.Found<CoupleSession> load() {
        SavedFiles.Found<CoupleSession> found =
                SavedFiles.load(file, "couple-damaged-", CoupleStore::read, vault);
        // a file that could not be read and could not be moved aside is never written over
        unmoved = found instanceof SavedFiles.Found.Damaged<CoupleSession> d && !d.moved();
        if (!(found instanceof SavedFiles.Found.Contents<CoupleSession> contents)) {
            window.clear();
            return found;
        }
        CoupleSession session = contents.value();
        for (int i = 0; i < 2; i++) {
            CoupleSession.Partner who = session.partner(i);
            CoupleSession.Turn kept = window.get(i);
            if (who.lock() == null
                    && who.turn() != null
                    && who.turn().answers() == null
                    && kept != null) {
                session = session.withPartner(i, who.withTurn(kept));
            }
        }
        return new SavedFiles.Found.Contents<>(session);
    }

    private static CoupleSession read(JsonDocument document) throws ProblemsException {
        JsonNode root = document.root();
        if (!KIND.equals(root.path("kind").asString(null))) {
            throw new ProblemsException(
                    document.problemAt("/kind", SessionMessages.of("couple.otherKind")));
        }
        int version = root.path("formatVersion").asInt(0);
        if (version < 1 || version > FORMAT_VERSION) {
            throw new ProblemsException(
                    document.problemAt("/formatVersion", SessionMessages.of("couple.otherFormat")));
        }
        List<CoupleSession.Partner> partners = new ArrayList<>();
        JsonNode list = root.path("partners");
        for (int i = 0; i < list.size(); i++) {
            partners.add(partner(document, "/partners/" + i));
        }
        String bankFile = root.path("bankFile").asString(null);
        JsonNode ref = root.path("bank");
        BankRef bank =
                ref.path("id").isString() && ref.path("version").isString()
                        ? new BankRef(ref.path("id").asString(), ref.path("version").asString())
                        : bankFile == null ? BUILT_IN_BEFORE_BANK_KEY : null;
        return new CoupleSession(
                bankFile == null ? null : Path.of(bankFile),
                partners,
                Instant.parse(root.path("savedAt").asString("")),
                NOT_AVAILABLE.equals(root.path("comparison").asString(null)),
                root.path("apart").isObject()
                        ? new CoupleSession.Apart(
                                root.path("apart").path("exported").asBoolean(false))
                        : null,
                bank);
    }

    private static CoupleSession.Partner partner(JsonDocument document, String at)
            throws ProblemsException {
        JsonNode p = document.root().at(at);
        TurnLock lock = null;
        if (p.path("pin").isObject()) {
            try {
                lock = TurnLock.legacy(PinLock.fromTree(p.path("pin")));
            } catch (IllegalArgumentException e) {
                throw new ProblemsException(
                        document.problemAt(at + "/pin", SessionMessages.of("couple.pinDamaged")));
            }
        }
        CoupleSession.Turn turn = null;
        JsonNode t = p.path("turn");
        if (t.isObject()) {
            AnswerSheet answers = null;
            ComparisonTurn prepared = null;
            if (t.path("sealedAnswers").isString()) {
                if (lock != null) {
                    throw new ProblemsException(
                            document.problemAt(
                                    at + "/pin", SessionMessages.of("couple.pinDamaged")));
                }
                lock = sealedLock(document, at + "/turn/sealedAnswers");
            } else if (t.has("answers")) {
                // format 1 or 2: the answers of a turn without a PIN (or under a format-1 PIN
                // hash), plain
                answers = AnswerSheetJson.sheetAt(document, at + "/turn/answers");
            } else if (t.has("shared")) {
                prepared = TurnFile.read(document, at + "/turn/shared").turn();
            }
            turn =
                    new CoupleSession.Turn(
                            answers,
                            Math.max(0, t.path("step").asInt(0)),
                            t.path("finished").asBoolean(false),
                            t.path("sharingSet").asBoolean(false),
                            prepared);
        }
        if (lock != null && lock.legacyPin().isEmpty() && turn == null) {
            throw new ProblemsException(
                    document.problemAt(at, SessionMessages.of("couple.pinDamaged")));
        }
        return new CoupleSession.Partner(p.path("name").asString("").strip(), lock, turn);
    }

    private static TurnLock sealedLock(JsonDocument document, String at) throws ProblemsException {
        try {
            return TurnLock.sealed(
                    document.file(),
                    Base64.getDecoder().decode(document.root().at(at).asString("")));
        } catch (IllegalArgumentException | CryptoFileException e) {
            throw new ProblemsException(
                    document.problemAt(at, SessionMessages.of("couple.turnDamaged")));
        }
    }

    /**
     * Saves the session. An open turn under a PIN is sealed afresh; a closed one is written as it
     * was read. The turn of a partner without a PIN is kept in this store's memory, and the file
     * gets only its progress (and, once both turns are done, what that partner shared).
     */
    public void save(CoupleSession session) throws IOException {
        refuseOverUnmoved();
        vault.write(file, Json.write(tree(session)).getBytes(StandardCharsets.UTF_8));
        window.clear();
        for (int i = 0; i < 2; i++) {
            CoupleSession.Partner who = session.partner(i);
            if (who.lock() == null && who.turn() != null && who.turn().answers() != null) {
                window.put(i, who.turn());
            }
        }
    }

    static ObjectNode tree(CoupleSession session) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("savedAt", session.savedAt().toString());
        // beside a turn under a PIN, whose gate is known only under that PIN, anything written of a
        // turn
        // without one (its shared answers, or the flag) would say whose turn closed the comparison
        boolean noPins = session.partners().stream().allMatch(p -> p.lock() == null);
        if (session.comparisonClosed() && noPins) {
            root.put("comparison", NOT_AVAILABLE);
        }
        if (session.apart() != null) {
            root.putObject("apart").put("exported", session.apart().exported());
        }
        if (session.bankFile() != null) {
            root.put("bankFile", session.bankFile().toAbsolutePath().toString());
        }
        if (session.bank() != null) {
            // not an answer: which questions the turns answer, so they are resumed with those
            root.putObject("bank")
                    .put("id", session.bank().id())
                    .put("version", session.bank().version());
        }
        ArrayNode partners = root.putArray("partners");
        for (CoupleSession.Partner partner : session.partners()) {
            ObjectNode p = partners.addObject();
            p.put("name", partner.name());
            TurnLock lock = partner.lock();
            if (lock != null && lock.legacyPin().isPresent()) {
                p.set("pin", lock.legacyPin().get().tree());
            }
            CoupleSession.Turn turn = partner.turn();
            if (turn == null) {
                continue;
            }
            ObjectNode t = p.putObject("turn");
            t.put("step", turn.step());
            t.put("finished", turn.finished());
            t.put("sharingSet", turn.sharingSet());
            if (lock != null && lock.isSealed()) {
                t.put("sealedAnswers", Base64.getEncoder().encodeToString(lock.sealedAnswers()));
            } else if (lock != null && lock.isOpen()) {
                t.put(
                        "sealedAnswers",
                        Base64.getEncoder().encodeToString(lock.seal(answersJson(turn.answers()))));
            } else if (lock != null) {
                // a format-1 lock not opened since: its answers were plain in the file it was read
                // from
                t.set("answers", AnswerSheetJson.toTree(turn.answers()));
            } else if (turn.prepared() != null && !session.comparisonClosed() && noPins) {
                // no PIN for either, both turns done: only what the partner shared, as a turn file
                // would hold it
                t.set("shared", TurnFile.preparedTree(turn.prepared()));
            }
            // no PIN otherwise: the answers stay in memory (the window), never in the file
        }
        return root;
    }

    private static byte[] answersJson(AnswerSheet answers) {
        return Json.write(AnswerSheetJson.toTree(answers)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The session with the partner's turn opened by their PIN (which is wiped): its answers
     * decrypted, its lock open until {@link #close}. A format-1 lock is checked by its hash and
     * replaced by a key made with fresh parameters, so the next save seals the turn.
     *
     * @param params the parameters for a key that replaces a format-1 lock
     * @throws CryptoFileException the PIN is not this partner's, or their sealed answers were
     *     changed
     * @throws ProblemsException the answers decrypted but are not an answer sheet (never written
     *     so)
     */
    public static CoupleSession open(
            CoupleSession session, int partner, char[] pin, KdfParams params)
            throws CryptoFileException, ProblemsException {
        CoupleSession.Partner who = session.partner(partner);
        if (who.lock() == null || who.lock().isOpen()) {
            Arrays.fill(pin, '\0');
            return session;
        }
        String name = FILE + " (" + who.name() + ")";
        TurnLock.Opened opened = who.lock().open(name, pin, params);
        CoupleSession.Turn turn = who.turn();
        if (opened.answers().isPresent()) {
            try {
                turn =
                        turn.withAnswers(
                                AnswerSheetJson.sheetAt(
                                        JsonDocument.read(name, opened.answers().get()), ""));
            } catch (ProblemsException e) {
                opened.lock().wipe();
                throw e;
            }
        }
        return session.withPartner(
                partner, new CoupleSession.Partner(who.name(), opened.lock(), turn));
    }

    /**
     * The session with the partner's turn closed: sealed one last time, the key wiped, the answers
     * gone from it.
     */
    public static CoupleSession close(CoupleSession session, int partner) {
        CoupleSession.Partner who = session.partner(partner);
        if (who.lock() == null || !who.lock().isOpen() || who.turn() == null) {
            return session;
        }
        TurnLock closed = who.lock().close(answersJson(who.turn().answers()));
        return session.withPartner(
                partner, new CoupleSession.Partner(who.name(), closed, who.turn().closed()));
    }

    private void refuseOverUnmoved() throws IOException {
        if (unmoved && Files.exists(file)) {
            throw new IOException(
                    file + " could not be read or moved aside, so nothing was written over it");
        }
    }

    /**
     * Deletes the file, and forgets the turns kept in memory. A file that could not be read, nor
     * moved aside, is left as the app said it would be, and so is an encrypted file while the app
     * is locked.
     */
    public void delete() throws IOException {
        window.clear();
        refuseOverUnmoved();
        if (!vault.isOpen() && Files.exists(file)) {
            throw new IOException(file + " is locked, so it was not deleted");
        }
        Files.deleteIfExists(file);
    }

    /**
     * A session saved by an older version (format 1 or 2) keeps the turn of a partner without a PIN
     * as plain answers, which the other partner can read: such a file is written again at once, as
     * format 3, and those answers move to this store's memory. Called at every start, once the
     * saved files can be read. Nothing happens to a file that cannot be read.
     */
    public void upgrade() {
        if (!Files.isRegularFile(file) || !vault.isOpen()) {
            return;
        }
        try {
            if (vault.read(file).root().path("formatVersion").asInt(FORMAT_VERSION)
                    >= FORMAT_VERSION) {
                return;
            }
        } catch (ProblemsException e) {
            // a file that cannot be read is left for the couple page, which sets it aside and says
            // so
            return;
        }
        if (load() instanceof SavedFiles.Found.Contents<CoupleSession> contents) {
            try {
                save(contents.value());
            } catch (IOException e) {
                // it is tried again at the next start, and at the next save of the session
            }
        }
    }
}
