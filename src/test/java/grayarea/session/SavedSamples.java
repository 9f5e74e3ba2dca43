package grayarea.session;

import grayarea.TestBanks;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.MasterKey;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A valid file of each kind the session room reads, made by the app's own code, to damage in tests.
 */
final class SavedSamples {

    static final String PASSPHRASE = "hostile corpus passphrase";
    static final QuestionBank BANK = TestBanks.released100();
    static final MasterKey KEY =
            MasterKey.derive(PASSPHRASE.toCharArray(), KdfParams.freshForTests(1_000));
    static final TherapistKeys THERAPIST = TherapistKeys.generate();

    private SavedSamples() {}

    static AnswerSheet sheet(String example) {
        try {
            return AnswerSheetJson.read(Path.of("questions/examples", example)).sheet();
        } catch (ProblemsException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] settings() {
        return saved(
                folder ->
                        new SettingsStore(folder)
                                .save(
                                        new Settings(
                                                Settings.Storage.KEEP,
                                                Settings.Theme.DARK,
                                                "es",
                                                150,
                                                true,
                                                5)),
                SettingsStore.FILE);
    }

    static byte[] session() {
        return saved(
                folder ->
                        new SessionStore(folder)
                                .save(
                                        new SoloSession(
                                                null,
                                                "partner",
                                                4,
                                                sheet("answers-partner.json"),
                                                Map.of("hard-talk", "Sunday morning"),
                                                false,
                                                Instant.parse("2026-11-28T10:00:00Z"))),
                SessionStore.FILE);
    }

    static byte[] couple() {
        // Alex finished, with a PIN (answers sealed); Sam without one, halfway
        CoupleSession session =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Alex",
                                        TurnLock.create(
                                                "2468".toCharArray(),
                                                KdfParams.freshForTests(1_000)),
                                        new CoupleSession.Turn(
                                                sheet("answers-couple-first.json"), 5, true, true)),
                                new CoupleSession.Partner(
                                        "Sam",
                                        null,
                                        new CoupleSession.Turn(
                                                sheet("answers-couple-second.json"),
                                                2,
                                                false,
                                                false))),
                        Instant.parse("2026-11-28T10:00:00Z"));
        return saved(
                folder -> new CoupleStore(folder).save(CoupleStore.close(session, 0)),
                CoupleStore.FILE);
    }

    static byte[] turn() {
        return TurnFile.toJson(BANK, ComparisonTurn.of(BANK, sheet("answers-couple-first.json")))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] result() {
        try {
            return Files.readAllBytes(Path.of("questions/examples/result-partner.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final PracticeProfile PRACTICE =
            new PracticeProfile(
                    "Ana Ruiz",
                    "Harbor Couples Therapy",
                    "555-0142",
                    "Take your time. There are no right answers.",
                    List.of(
                            new PracticeProfile.LocalResource(
                                    "Harbor County Crisis Line",
                                    "Call 555-0199",
                                    "day and night")));

    /** A hand-out to the default bank, with the therapist's public key for sealing. */
    static byte[] handOut() {
        return HandOutFile.toJson(
                        new HandOut(
                                BANK.ref(),
                                null,
                                "partner",
                                List.of("behaviours", "connection"),
                                "C-0412",
                                HandOut.ClientSees.THANK_YOU,
                                PRACTICE,
                                THERAPIST.publicKey().text(),
                                Instant.parse("2026-11-28T10:00:00Z")))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A hand-out carrying the therapist's own bank (the scoring fixture bank) as text. */
    static byte[] handOutWithOwnBank() {
        try (var in =
                SavedSamples.class.getClassLoader().getResourceAsStream("scoring/bank.json")) {
            String bankText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            QuestionBank own =
                    BankLoader.load("bank.json", bankText.getBytes(StandardCharsets.UTF_8));
            return HandOutFile.toJson(
                            new HandOut(
                                    own.ref(),
                                    bankText,
                                    null,
                                    List.of(),
                                    null,
                                    HandOut.ClientSees.RESULT,
                                    PRACTICE,
                                    null,
                                    Instant.parse("2026-11-28T10:00:00Z")))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemsException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] profile() {
        return saved(
                folder -> new PracticeProfileStore(folder).save(PRACTICE),
                PracticeProfileStore.FILE);
    }

    static byte[] waitingRoom() {
        return saved(
                folder ->
                        new WaitingRoomStore(folder)
                                .save(
                                        new WaitingRoom(
                                                Path.of("/tmp/client.grayarea"),
                                                "C-0412",
                                                PinLock.of("2468".toCharArray(), 1_000),
                                                Path.of("/tmp/results"),
                                                Instant.parse("2026-11-28T10:00:00Z"))),
                WaitingRoomStore.FILE);
    }

    static byte[] encrypted() {
        return EncryptedFile.encrypt(KEY, session());
    }

    static byte[] sealed() {
        return SealedFile.seal(THERAPIST.publicKey(), result());
    }

    static byte[] keyFile() {
        return TherapistKeyFile.lock(THERAPIST, KEY);
    }

    private interface Save {
        void into(Path folder) throws IOException;
    }

    private static byte[] saved(Save save, String file) {
        try {
            Path folder = Files.createTempDirectory("grayarea-sample");
            try {
                save.into(folder);
                return Files.readAllBytes(folder.resolve(file));
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
