package grayarea.session;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.KdfParams;
import grayarea.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoupleStoreTest {

    @TempDir Path folder;

    private final QuestionBank bank = Fixtures.scoringBank();
    private static final String CANARY = "lunch with Jordan every " + UUID.randomUUID();

    private AnswerSheet answered() {
        return Fixtures.sheet(bank)
                .answer("self", "flirt", choice("often").withShared(false))
                .build();
    }

    private static TurnLock lock(String pin) {
        return TurnLock.create(pin.toCharArray(), KdfParams.freshForTests(1_000));
    }

    @SuppressWarnings("unchecked")
    private CoupleSession loaded() {
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
        return ((SavedFiles.Found.Contents<CoupleSession>) found).value();
    }

    @Test
    void theBankTheTurnsAnswerIsNamedInTheFileAndAFileWithoutItIsTheFirstBuiltInBank()
            throws Exception {
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        lock("2468"),
                                        new CoupleSession.Turn(answered(), 2, true, false)),
                                new CoupleSession.Partner("Дарья", null, null)),
                        Instant.parse("2026-11-28T09:00:00Z"));
        CoupleStore store = new CoupleStore(folder);
        CoupleSession closed = CoupleStore.close(session, 0);
        store.save(closed.withBank(bank.ref()));
        var root = JsonDocument.read(folder.resolve(CoupleStore.FILE)).root();
        assertThat(root.path("bank").path("id").asString()).isEqualTo(bank.ref().id());
        assertThat(root.path("bank").path("version").asString()).isEqualTo(bank.ref().version());
        // the sealed turn names no bank until its PIN is typed: the file does
        assertThat(loaded().turnsBank()).isEqualTo(bank.ref());

        // as a version whose built-in bank was micro-cheating 1.0.0 wrote it: no "bank"
        store.save(closed);
        assertThat(Files.readString(folder.resolve(CoupleStore.FILE))).doesNotContain("\"bank\"");
        assertThat(loaded().turnsBank()).isEqualTo(new BankRef("micro-cheating", "1.0.0"));
    }

    @Test
    void aTurnUnderAPinIsInTheFileOnlyEncryptedAndOpensOnlyWithThatPin() throws Exception {
        AnswerSheet sheet = answered();
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        lock("2468"),
                                        new CoupleSession.Turn(sheet, 2, true, false)),
                                new CoupleSession.Partner("Дарья", null, null)),
                        Instant.parse("2026-11-28T09:00:00Z"));
        CoupleStore store = new CoupleStore(folder);
        store.save(CoupleStore.close(session, 0));

        String file = Files.readString(store.file());
        assertThat(file)
                .contains("\"sealedAnswers\"")
                .doesNotContain("flirt")
                .doesNotContain("often")
                .doesNotContain("2468")
                .doesNotContain("\"pin\"");
        CoupleSession read = loaded();
        assertThat(read.partner(0).isOpen()).isFalse();
        assertThat(read.partner(0).turn().answers()).isNull();
        // the progress stays readable, so the hand-over page can say "continue your turn"
        assertThat(read.partner(0).turn().step()).isEqualTo(2);
        assertThat(read.partner(0).turn().finished()).isTrue();

        Assertions.assertThatThrownBy(
                        () ->
                                CoupleStore.open(
                                        read,
                                        0,
                                        "2469".toCharArray(),
                                        KdfParams.freshForTests(1_000)))
                .isInstanceOf(CryptoFileException.class)
                .hasMessage("couple.json (Sam): wrong passphrase or damaged file");
        CoupleSession opened =
                CoupleStore.open(read, 0, "2468".toCharArray(), KdfParams.freshForTests(1_000));
        assertThat(opened.partner(0).turn().answers()).isEqualTo(sheet);
        assertThat(opened.partner(0).isOpen()).isTrue();
    }

    @Test
    void everySaveOfAnOpenTurnSealsItAfreshAndClosingWipesItsKey() throws Exception {
        AnswerSheet sheet = answered();
        CoupleSession open =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        lock("2468"),
                                        new CoupleSession.Turn(sheet, 1, false, false)),
                                new CoupleSession.Partner("Дарья", null, null)),
                        Instant.parse("2026-11-28T09:00:00Z"));
        CoupleStore store = new CoupleStore(folder);
        store.save(open);
        String first = Files.readString(store.file());
        store.save(open);

        assertThat(Files.readString(store.file())).isNotEqualTo(first).doesNotContain("flirt");
        TurnLock key = open.partner(0).lock();
        CoupleSession closed = CoupleStore.close(open, 0);
        assertThat(key.isOpen()).isTrue();
        Assertions.assertThatThrownBy(() -> key.seal(new byte[1]))
                .isInstanceOf(IllegalStateException.class);
        assertThat(closed.partner(0).turn().answers()).isNull();
    }

    /**
     * A turn with a shared answer, an unshared one, an unshared note holding the canary, and the
     * fixture bank's one private question (a safety question: "yes" raises its flag).
     */
    private AnswerSheet withCanaries(String part, boolean afraid) {
        return Fixtures.sheet(bank)
                .answer(part, "flirt", choice("often"))
                .answer(part, "hide", choice("often").withShared(false))
                .answer(
                        part,
                        "note",
                        Answer.answered(new AnswerValue.FreeText(CANARY)).withShared(false))
                .answer(part, "afraid", choice(afraid ? "yes" : "no"))
                .build();
    }

    private String everyFileInTheFolder() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aTurnWithoutAPinIsKeptInMemoryOnlyAndIsLostWhenTheAppCloses() throws Exception {
        AnswerSheet sheet = withCanaries("self", false);
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam", null, new CoupleSession.Turn(sheet, 2, true, true)),
                                new CoupleSession.Partner(
                                        "Дарья",
                                        lock("2468"),
                                        new CoupleSession.Turn(sheet, 1, false, false))),
                        Instant.parse("2026-11-28T09:00:00Z"));
        CoupleStore store = new CoupleStore(folder);
        store.save(CoupleStore.close(session, 1));

        // nothing of Sam's answers is in the file: not the note, not the unshared answer, not even
        // the shared one
        assertThat(everyFileInTheFolder())
                .doesNotContain(CANARY)
                .doesNotContain("flirt")
                .doesNotContain("hide")
                .doesNotContain("often");
        var entry = JsonDocument.read(store.file()).root().path("partners").get(0);
        assertThat(entry.path("turn").propertyNames())
                .containsExactlyInAnyOrder("step", "finished", "sharingSet");
        // the same run of the app reads it back whole, from memory
        @SuppressWarnings("unchecked")
        CoupleSession sameRun = ((SavedFiles.Found.Contents<CoupleSession>) store.load()).value();
        assertThat(sameRun.partner(0)).isEqualTo(session.partner(0));
        assertThat(sameRun.turnLost(0)).isFalse();
        // after a restart (a new store) it is gone, and says so
        CoupleSession restarted = loaded();
        assertThat(restarted.partner(0).turn().answers()).isNull();
        assertThat(restarted.turnLost(0)).isTrue();
        assertThat(restarted.turnLost(1)).as("a turn under a PIN is kept").isFalse();
        // Дарья's entry holds her progress and her sealed answers, nothing else
        var pinEntry = JsonDocument.read(store.file()).root().path("partners").get(1);
        assertThat(pinEntry.path("turn").propertyNames())
                .containsExactlyInAnyOrder("step", "finished", "sharingSet", "sealedAnswers");
        // discarding the session forgets the memory too: the same file written again (by another
        // run) is read without it
        String saved = Files.readString(store.file());
        store.delete();
        Files.writeString(store.file(), saved);
        @SuppressWarnings("unchecked")
        CoupleSession afterDiscard =
                ((SavedFiles.Found.Contents<CoupleSession>) store.load()).value();
        assertThat(afterDiscard.turnLost(0)).isTrue();
    }

    @Test
    void onceBothTurnsAreDoneTheFileKeepsOnlyWhatAPartnerWithoutAPinShared() throws Exception {
        AnswerSheet sam = withCanaries("self", false);
        var prepared = ComparisonTurn.of(bank, sam);
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        null,
                                        new CoupleSession.Turn(sam, 4, true, true, prepared)),
                                new CoupleSession.Partner(
                                        "Дарья",
                                        null,
                                        new CoupleSession.Turn(sam, 4, true, true, prepared))),
                        Instant.parse("2026-11-28T09:00:00Z"),
                        false);
        new CoupleStore(folder).save(session);

        String files = everyFileInTheFolder();
        assertThat(files).as("the shared answer is kept").contains("\"flirt\"");
        assertThat(files)
                .as("the private answer, the unshared note and answer are not")
                .doesNotContain(CANARY)
                .doesNotContain("afraid");
        assertThat(
                        JsonDocument.read(folder.resolve(CoupleStore.FILE))
                                .root()
                                .path("partners")
                                .get(0)
                                .path("turn")
                                .path("shared")
                                .path("answers")
                                .toString())
                .doesNotContain("hide");
        CoupleSession restarted = loaded();
        assertThat(restarted.turnLost(0)).isFalse();
        assertThat(restarted.partner(0).turn().prepared()).isEqualTo(prepared);
        assertThat(restarted.comparisonClosed()).isFalse();
    }

    /**
     * One partner with a PIN, one without: whichever turn closed the gate, the file is the same,
     * since the turn without a PIN is not written beside a sealed one (its shared answers, or a
     * flag, would be there exactly when the other turn did not close the gate).
     */
    @Test
    void besideATurnUnderAPinATurnWithoutOneIsNeverWrittenWhoeverClosedTheGate() throws Exception {
        Set<Set<String>> shapes = new HashSet<>();
        for (boolean pinTurnClosedIt : new boolean[] {true, false}) {
            AnswerSheet withPin = withCanaries("self", pinTurnClosedIt);
            AnswerSheet without = withCanaries("self", !pinTurnClosedIt);
            CoupleSession session =
                    new CoupleSession(
                            null,
                            List.of(
                                    new CoupleSession.Partner(
                                            "Sam",
                                            lock("2468"),
                                            new CoupleSession.Turn(withPin, 4, true, true)),
                                    new CoupleSession.Partner(
                                            "Alex",
                                            null,
                                            new CoupleSession.Turn(
                                                    without,
                                                    4,
                                                    true,
                                                    true,
                                                    ComparisonTurn.of(bank, without)))),
                            Instant.parse("2026-11-28T09:00:00Z"),
                            !pinTurnClosedIt);
            new CoupleStore(folder).save(CoupleStore.close(session, 0));

            var root = JsonDocument.read(folder.resolve(CoupleStore.FILE)).root();
            assertThat(root.has("comparison")).isFalse();
            assertThat(root.path("partners").get(1).path("turn").propertyNames())
                    .containsExactlyInAnyOrder("step", "finished", "sharingSet");
            assertThat(everyFileInTheFolder())
                    .doesNotContain(CANARY)
                    .doesNotContain("flirt")
                    .doesNotContain("afraid");
            Set<String> shape = new TreeSet<>(root.propertyNames());
            root.path("partners")
                    .forEach(
                            p ->
                                    p.path("turn")
                                            .propertyNames()
                                            .forEach(
                                                    n ->
                                                            shape.add(
                                                                    p.path("name").asString()
                                                                            + "."
                                                                            + n)));
            shapes.add(shape);
        }
        assertThat(shapes).as("the same shape whoever closed the gate").hasSize(1);
    }

    @Test
    void aClosedGateIsOneFlagForTheSessionThatDoesNotSayWhoseTurnClosedIt() throws Exception {
        AnswerSheet sam = withCanaries("self", true);
        AnswerSheet alex = withCanaries("self", false);
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        null,
                                        new CoupleSession.Turn(
                                                sam, 4, true, true, ComparisonTurn.of(bank, sam))),
                                new CoupleSession.Partner(
                                        "Alex",
                                        null,
                                        new CoupleSession.Turn(
                                                alex,
                                                4,
                                                true,
                                                true,
                                                ComparisonTurn.of(bank, alex)))),
                        Instant.parse("2026-11-28T09:00:00Z"),
                        true);
        new CoupleStore(folder).save(session);

        var root = JsonDocument.read(folder.resolve(CoupleStore.FILE)).root();
        assertThat(root.path("comparison").asString()).isEqualTo("not-available");
        // both entries are alike: no answers of either, no marker on either
        assertThat(root.path("partners").get(0).path("turn"))
                .isEqualTo(root.path("partners").get(1).path("turn"));
        assertThat(everyFileInTheFolder())
                .doesNotContain(CANARY)
                .doesNotContain("flirt")
                .doesNotContain("afraid")
                .doesNotContain("fear");
        CoupleSession restarted = loaded();
        assertThat(restarted.comparisonClosed()).isTrue();
        assertThat(restarted.turnLost(0)).isFalse();
        assertThat(restarted.turnLost(1)).isFalse();
    }

    @Test
    void aSessionFromAnOlderVersionLosesItsPlainAnswersAtTheFirstStart() throws Exception {
        AnswerSheet sheet = withCanaries("self", false);
        Files.writeString(
                folder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 2, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "turn": {"step": 3, "finished": false, "sharingSet": false, "answers": %s}},
                              {"name": "Alex"}]}
                """
                        .formatted(Json.write(AnswerSheetJson.toTree(sheet))));
        CoupleStore store = new CoupleStore(folder);

        store.upgrade();

        assertThat(everyFileInTheFolder())
                .contains("\"formatVersion\" : 3")
                .doesNotContain(CANARY)
                .doesNotContain("flirt");
        @SuppressWarnings("unchecked")
        CoupleSession sameRun = ((SavedFiles.Found.Contents<CoupleSession>) store.load()).value();
        assertThat(sameRun.partner(0).turn().answers())
                .as("kept in memory for this run")
                .isEqualTo(sheet);
        assertThat(sameRun.partner(0).turn().step()).isEqualTo(3);
    }

    @Test
    void aFormatOneLockIsClosedUntilItsPinIsTyped() throws Exception {
        String pin = PinLock.of("2468".toCharArray(), 1_000).tree().toString();
        Files.writeString(
                folder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 1, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "pin": %s}, {"name": "Alex"}]}
                """
                        .formatted(pin));

        CoupleSession read = loaded();

        assertThat(read.partner(0).isOpen())
                .as("a PIN from format 1 is asked, as any other")
                .isFalse();
        assertThat(read.partner(1).isOpen()).isTrue();
    }

    @Test
    void aSessionSavedBeforeTurnsWereEncryptedOpensWithItsPinAndIsThenSealed() throws Exception {
        AnswerSheet sheet = Fixtures.sheet(bank).answer("self", "flirt", choice("often")).build();
        String answers = Json.write(AnswerSheetJson.toTree(sheet));
        String pin = PinLock.of("2468".toCharArray(), 1_000).tree().toString();
        Files.writeString(
                folder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 1, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "pin": %s,
                               "turn": {"step": 3, "finished": false, "sharingSet": false, "answers": %s}},
                              {"name": "Alex"}]}
                """
                        .formatted(pin, answers));
        CoupleSession read = loaded();
        assertThat(read.partner(0).lock().legacyPin()).isPresent();
        Assertions.assertThatThrownBy(
                        () ->
                                CoupleStore.open(
                                        read,
                                        0,
                                        "1357".toCharArray(),
                                        KdfParams.freshForTests(1_000)))
                .isInstanceOf(CryptoFileException.class);

        CoupleSession opened =
                CoupleStore.open(read, 0, "2468".toCharArray(), KdfParams.freshForTests(1_000));
        new CoupleStore(folder).save(opened);

        assertThat(Files.readString(folder.resolve(CoupleStore.FILE)))
                .contains("\"formatVersion\" : 3")
                .contains("sealedAnswers")
                .doesNotContain("\"pin\"")
                .doesNotContain("flirt");
        CoupleSession again =
                CoupleStore.open(loaded(), 0, "2468".toCharArray(), KdfParams.freshForTests(1_000));
        assertThat(again.partner(0).turn().answers()).isEqualTo(sheet);
        assertThat(again.partner(0).turn().step()).isEqualTo(3);
    }

    @Test
    void sealedAnswersThatAreNotAnEncryptedFileAreALocatedProblem() throws Exception {
        Files.writeString(
                folder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 2, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "turn": {"step": 0, "finished": false, "sharingSet": false,
                                                      "sealedAnswers": "R1JBWUFSRUFF"}},
                              {"name": "Alex"}]}
                """);
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        assertThat(((SavedFiles.Found.Damaged<CoupleSession>) found).problem().toString())
                .isEqualTo(
                        folder.resolve(CoupleStore.FILE)
                                + ":3:56: this partner's locked answers are damaged: they cannot be opened");
    }

    @Test
    void aTypedAnswerOfATurnUnderAPinIsFoundNowhereInTheFolder() throws Exception {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("self", "flirt", choice("often"))
                        .answer("self", "note", Answer.answered(new AnswerValue.FreeText(CANARY)))
                        .build();
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        lock("2468"),
                                        new CoupleSession.Turn(sheet, 2, false, false)),
                                new CoupleSession.Partner("Дарья", null, null)),
                        Instant.parse("2026-11-28T09:00:00Z"));
        new CoupleStore(folder).save(session);

        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(CANARY.substring(0, 20));
            }
        }
    }

    @Test
    void aDamagedCoupleSessionIsSetAside() throws Exception {
        Files.writeString(
                folder.resolve(CoupleStore.FILE), "{\"kind\": \"grayarea.couple-session\", ");
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        assertThat(Files.exists(folder.resolve(CoupleStore.FILE))).isFalse();
        assertThat(
                        ((SavedFiles.Found.Damaged<CoupleSession>) found)
                                .setAside()
                                .getFileName()
                                .toString())
                .startsWith("couple-damaged-");
    }

    @Test
    void aPinCannotAskForEndlessRounds() {
        Assertions.assertThatThrownBy(() -> new PinLock(new byte[16], new byte[32], 50_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPinLockWithAnEmptySaltIsDamagedWhenReadNotWhenThePartnerTypesThePin() throws Exception {
        Files.writeString(
                folder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 1, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "pin": {"salt": "", "hash": "", "iterations": 1000}},
                              {"name": "Alex"}]}
                """);
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        assertThat(((SavedFiles.Found.Damaged<CoupleSession>) found).problem().toString())
                .isEqualTo(
                        folder.resolve(CoupleStore.FILE)
                                + ":2:38: this partner's PIN lock is damaged");
    }

    @Test
    void aPinLockIsExactlyASixteenByteSaltAndAThirtyTwoByteHash() {
        Assertions.assertThatThrownBy(() -> new PinLock(new byte[0], new byte[32], 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> new PinLock(new byte[16], new byte[31], 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PinLock(new byte[16], new byte[32], 1_000).matches("2468".toCharArray()))
                .isFalse();
    }
}
