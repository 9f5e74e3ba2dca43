package grayarea.ui.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.report.ResultsTable;
import grayarea.scoring.ScoringEngine;
import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.ResultFile;
import grayarea.session.Settings;
import grayarea.session.TherapistKeyStore;
import grayarea.session.crypto.TherapistPublicKey;
import grayarea.testing.Pipes;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.BackgroundWork;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.welcome.WelcomeViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The therapist pages' view models on their own, without a window: what the pages cannot show
 * quickly, and that their slow work (making and opening the key, reading result files, the CSV, the
 * PDF) runs in the background with its words, one piece at a time. The JavaFX toolkit runs (the
 * models' results come back on its thread), but no page is built or shown.
 */
class TherapistModelsTest {

    @TempDir Path dataFolder;

    private AppContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private TherapistFlow flow(Settings.Storage storage) throws IOException {
        context = new AppContext(dataFolder, null, () -> {});
        context.updateSettings(context.settings().withStorage(storage));
        return new TherapistFlow(context, page -> {}, message -> {}, () -> {});
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private void waitForBackgroundWork() throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> onFx(() -> !context.background().isBusy()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens result files as the page does, and waits until they are read. */
    private void open(ResultsViewModel results, Path... files) throws Exception {
        assertThat(onFx(() -> results.open(List.of(files)))).as("started").isTrue();
        waitForBackgroundWork();
    }

    @Test
    void aPrivateSessionUsesTheProfileWithoutWritingIt() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.PRIVATE);
        ProfileViewModel profile = new ProfileViewModel(flow);
        assertThat(profile.keeps()).isFalse();
        profile.name.text.set("  Dr. Ana Ruiz ");
        profile.addResource(); // left empty: dropped, not an error

        assertThat(profile.save()).isTrue();
        assertThat(profile.statusProperty().get().key())
                .isEqualTo("therapist.profile.keptForSession");
        assertThat(flow.profile())
                .contains(new PracticeProfile("Dr. Ana Ruiz", null, null, null, List.of()));
        try (var files = Files.list(dataFolder)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(new HandOutViewModel(flow).ready()).isTrue();
    }

    @Test
    void replacingTheAppsHelpListIsSavedAndReadBack() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana");
        profile.addResource();
        profile.resources.get(0).name.text.set("Línea local");
        profile.resources.get(0).contact.text.set("900 000 000");
        assertThat(profile.replacesAppHelp.get()).as("off at first").isFalse();
        profile.replacesAppHelp.set(true);

        assertThat(profile.save()).isTrue();
        assertThat(Files.readString(dataFolder.resolve(PracticeProfileStore.FILE)))
                .contains("\"replacesAppHelp\" : true");
        assertThat(flow.profile().orElseThrow().replacesAppHelp()).isTrue();
        // the page opens again with the choice as it was saved
        assertThat(new ProfileViewModel(flow(Settings.Storage.KEEP)).replacesAppHelp.get())
                .isTrue();
    }

    @Test
    void fieldsThatAreTooLongAreSaidWithTheirLengthAndNothingIsSaved() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana");
        profile.contact.text.set("x".repeat(PracticeProfile.MAX_CONTACT + 1));

        assertThat(profile.save()).isFalse();
        assertThat(profile.firstInvalidProperty().get()).isSameAs(profile.contact);
        assertThat(profile.contact.errorProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("This is 301 characters long; please keep it to 300.");
        assertThat(dataFolder.resolve(PracticeProfileStore.FILE)).doesNotExist();
    }

    @Test
    void aHandOutNeedsAProfileAndSuggestsAFileNameFromTheCode() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        HandOutViewModel handOut = new HandOutViewModel(flow);
        assertThat(handOut.ready()).isFalse();
        assertThat(handOut.suggestedName()).isEqualTo("hand-out.grayarea");
        handOut.clientCode.text.set("C 0412");
        assertThat(handOut.suggestedName()).isEqualTo("client-C-0412.grayarea");
        handOut.sectionsProperty().get().forEach(c -> c.chosen().set(false));

        assertThat(handOut.check()).isFalse();
        assertThat(handOut.firstInvalidProperty().get()).isSameAs(handOut.sectionsChosen);
        assertThat(handOut.sectionsChosen.errorProperty().get().key())
                .isEqualTo("therapist.handout.sections.none");
    }

    @Test
    void withAKeyHandOutsCarryItAndSealedResultsOpenAfterItsPassphrase() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana Ruiz");
        assertThat(profile.save()).isTrue();
        TherapistKeyStore keys = new TherapistKeyStore(dataFolder);
        TherapistPublicKey made = keys.create("harbor practice key".toCharArray());
        assertThat(new HandOutViewModel(flow).handOut().publicKey()).contains(made);

        QuestionBank bank = BankLoader.loadDefault();
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-safety.json")).sheet();
        ResultFile.Contents full =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        "S-1",
                        new ScoringEngine(bank).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        Path sealed = dataFolder.resolve("S-1.sealed");
        Files.write(sealed, ResultFile.forTherapist(bank, full, Optional.of(made)));

        ResultsViewModel results = new ResultsViewModel(flow);
        open(results, sealed);
        assertThat(results.rows()).isEmpty();
        assertThat(results.sealedWaitingProperty().get()).isTrue();
        char[] wrong = "not the key".toCharArray();
        List<String> said = new ArrayList<>();
        assertThat(onFx(() -> results.openSealed(wrong, () -> said.add("wrong")))).isTrue();
        waitForBackgroundWork();
        assertThat(said)
                .as("the page is told, to put the focus back in the field")
                .containsExactly("wrong");
        assertThat(wrong).as("wiped").containsOnly('\0');
        assertThat(results.statusProperty().get().key())
                .isEqualTo("therapist.results.sealed.wrong");
        assertThat(results.sealedWaitingProperty().get()).isTrue();
        char[] right = "harbor practice key".toCharArray();
        assertThat(onFx(() -> results.openSealed(right, () -> said.add("wrong again")))).isTrue();
        waitForBackgroundWork();
        assertThat(said).containsExactly("wrong");
        assertThat(right).as("wiped").containsOnly('\0');
        assertThat(results.rows())
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.clientCode()).isEqualTo("S-1");
                            assertThat(row.holds())
                                    .as("sealed: everything")
                                    .isEqualTo(ResultsTable.Holds.SEALED);
                            assertThat(row.flags()).contains("Safety:");
                        });
        assertThat(results.sealedWaitingProperty().get()).isFalse();
    }

    @Test
    void aPlainFileThatKeepsEverythingIsCompleteButNotSealedWhateverItClaims() throws Exception {
        ResultsViewModel results = new ResultsViewModel(flow(Settings.Storage.KEEP));
        open(results, Path.of("questions/examples/result-partner.json"));
        assertThat(results.rows())
                .singleElement()
                .extracting(ResultsTable.Row::holds)
                .isEqualTo(ResultsTable.Holds.COMPLETE_NOT_SEALED);
    }

    /**
     * Files chosen in a dialog or dropped on a page: a named pipe among them is refused at once,
     * and the others open.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeChosenOrDroppedIsRefusedWithoutHangingThePage() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        Path pipe = Pipes.mkfifo(dataFolder.resolve("result.json"));
        Path result =
                Files.copy(
                        Path.of("questions/examples/result-partner.json"),
                        dataFolder.resolve("partner.json"));
        String refused =
                pipe
                        + ":1:1: this is not a regular file (it may be a pipe or a device), so it is not read";

        ResultsViewModel results = new ResultsViewModel(flow);
        Pipes.withoutHanging(
                pipe,
                () -> {
                    open(results, pipe, result);
                    return null;
                });
        assertThat(results.problems()).extracting(Object::toString).containsExactly(refused);
        assertThat(results.rows()).hasSize(1);

        HandOutViewModel handOut = new HandOutViewModel(flow);
        assertThat(Pipes.withoutHanging(pipe, () -> handOut.openBank(pipe))).isFalse();
        assertThat(handOut.bankProblemsProperty().get())
                .extracting(Object::toString)
                .containsExactly(refused);

        WelcomeViewModel welcome = new WelcomeViewModel(flow.context(), null);
        assertThat(Pipes.withoutHanging(pipe, () -> welcome.openBank(pipe))).isFalse();
        assertThat(welcome.bankProblemsProperty().get())
                .extracting(Object::toString)
                .containsExactly(refused);
    }

    @Test
    void theHomePageSaysWhichProfileIsInUse() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        Texts english = new Texts(Locale.ENGLISH);
        assertThat(new HomeViewModel(flow).profileStatus().in(english))
                .startsWith("You have no practice profile yet.");
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana Ruiz");
        profile.practice.text.set("Harbor");
        assertThat(profile.save()).isTrue();
        assertThat(new HomeViewModel(flow).profileStatus().in(english))
                .isEqualTo("Practice profile: Ana Ruiz · Harbor");
        assertThat(new HomeViewModel(flow).keeps()).isTrue();
    }

    /**
     * Making the key stretches its passphrase (about half a second): held here at the start of that
     * work, the page is masked with its words and nothing is written yet; a second press starts
     * nothing and wipes what it was given; once the work has run, the fingerprint is shown and both
     * passphrases are wiped.
     */
    @Test
    void theKeyIsMadeInTheBackgroundOnceAndBothPassphrasesAreWiped() throws Exception {
        flow(Settings.Storage.KEEP);
        List<Runnable> held = new ArrayList<>();
        context.setBackground(new BackgroundWork(held::add));
        SealingKeyBoxModel key = onFx(() -> new SealingKeyBoxModel(context));
        assertThat(key.fingerprintProperty().get()).isNull();

        char[] shortOne = "short".toCharArray();
        char[] shortAgain = "short".toCharArray();
        assertThat(onFx(() -> key.make(shortOne, shortAgain)))
                .isEqualTo(SealingKeyBoxModel.Typed.TOO_SHORT);
        assertThat(key.statusProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("The passphrase needs at least 8 characters.");
        assertThat(shortOne).containsOnly('\0');
        assertThat(shortAgain).containsOnly('\0');
        char[] one = "harbor practice key".toCharArray();
        char[] other = "harbor practice kez".toCharArray();
        assertThat(onFx(() -> key.make(one, other))).isEqualTo(SealingKeyBoxModel.Typed.DIFFERENT);
        assertThat(key.statusProperty().get().key()).isEqualTo("passphrase.different");
        assertThat(held).as("nothing to make").isEmpty();

        char[] first = "harbor practice key".toCharArray();
        char[] again = "harbor practice key".toCharArray();
        assertThat(onFx(() -> key.make(first, again))).isEqualTo(SealingKeyBoxModel.Typed.MAKING);
        assertThat(held).hasSize(1);
        assertThat(onFx(() -> context.background().isBusy())).isTrue();
        assertThat(onFx(() -> context.background().whatProperty().get()))
                .isEqualTo("Making your key…");
        assertThat(again).as("the second copy is wiped at once").containsOnly('\0');
        assertThat(dataFolder.resolve(TherapistKeyStore.KEY_FILE)).doesNotExist();
        char[] twice = "harbor practice key".toCharArray();
        char[] twiceAgain = "harbor practice key".toCharArray();
        assertThat(onFx(() -> key.make(twice, twiceAgain)))
                .isEqualTo(SealingKeyBoxModel.Typed.BUSY);
        assertThat(twice).containsOnly('\0');
        assertThat(twiceAgain).containsOnly('\0');
        assertThat(held).as("a second press starts nothing").hasSize(1);

        Thread work = new Thread(held.get(0), "held key work");
        work.start();
        work.join(20_000);
        waitForBackgroundWork();
        assertThat(first).as("wiped once stretched").containsOnly('\0');
        assertThat(key.statusProperty().get().key()).isEqualTo("therapist.key.madeNow");
        assertThat(key.fingerprintProperty().get())
                .isEqualTo(
                        new TherapistKeyStore(dataFolder).publicKey().orElseThrow().fingerprint());
    }

    /**
     * A key made while one already exists (made meanwhile elsewhere) is refused in words meant for
     * the therapist, not the store's developer text, and the passphrase is wiped all the same.
     */
    @Test
    void aSecondKeyIsRefusedInPlainWordsAndItsPassphraseIsWiped() throws Exception {
        flow(Settings.Storage.KEEP);
        SealingKeyBoxModel key = onFx(() -> new SealingKeyBoxModel(context));
        TherapistKeyStore store = new TherapistKeyStore(dataFolder);
        var madeFirst = store.create("the first key's phrase".toCharArray());

        char[] first = "harbor practice key".toCharArray();
        char[] again = "harbor practice key".toCharArray();
        assertThat(onFx(() -> key.make(first, again))).isEqualTo(SealingKeyBoxModel.Typed.MAKING);
        waitForBackgroundWork();
        assertThat(first).as("wiped though nothing was made").containsOnly('\0');
        assertThat(again).containsOnly('\0');
        assertThat(key.statusProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo(
                        "You already have a key on this computer, so no new one was made: results"
                                + " sealed for your key can still be opened with it.");
        assertThat(key.statusProperty().get().in(new Texts(Locale.forLanguageTag("es"))))
                .startsWith("Ya tiene una clave en esta computadora");
        assertThat(store.publicKey().orElseThrow().fingerprint())
                .isEqualTo(madeFirst.fingerprint());
    }

    /**
     * The search narrows the table to the rows that hold its words; the CSV holds the rows shown,
     * in the order given, and is written in the background with its words.
     */
    @Test
    void aSearchNarrowsTheTableAndTheCsvHoldsTheRowsShown() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        Path october = result("c-0412-october.json", "C-0412", "2026-10-02T18:00:00Z");
        Path november = result("c-0412-november.json", "C-0412", "2026-11-20T18:00:00Z");
        Path other = result("c-0533.json", "C-0533", "2026-11-18T17:30:00Z");
        ResultsViewModel results = new ResultsViewModel(flow);
        open(results, october, november, other);
        assertThat(results.statusProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("Opened 3 result files.");
        assertThat(results.shown()).hasSize(3);

        onFx(
                () -> {
                    results.searchProperty().set(" c-0412 ");
                    return null;
                });
        assertThat(results.shown())
                .extracting(ResultsTable.Row::clientCode)
                .containsExactly("C-0412", "C-0412");
        onFx(
                () -> {
                    results.searchProperty().set("november"); // the file's name
                    return null;
                });
        assertThat(results.shown())
                .extracting(r -> r.file().getFileName().toString())
                .containsExactly("c-0412-november.json");
        onFx(
                () -> {
                    results.searchProperty().set("C-0412");
                    return null;
                });

        List<Runnable> held = new ArrayList<>();
        context.setBackground(new BackgroundWork(held::add));
        Path csv = dataFolder.resolve("table");
        assertThat(onFx(() -> results.exportCsv(csv, List.copyOf(results.shown())))).isTrue();
        assertThat(onFx(() -> context.background().whatProperty().get()))
                .isEqualTo("Saving the table…");
        assertThat(held).hasSize(1);
        held.get(0).run();
        waitForBackgroundWork();
        Path written = dataFolder.resolve("table.csv");
        assertThat(results.statusProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("Saved the table as " + written + ".");
        List<String> lines = Files.readString(written).substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("C-0412,2026-10-02T18:00:00Z,");
        assertThat(lines.get(2)).startsWith("C-0412,2026-11-20T18:00:00Z,");

        onFx(
                () -> {
                    results.searchProperty().set("");
                    return null;
                });
        assertThat(results.shown()).hasSize(3);
    }

    /** Save as PDF writes the report in the background, with its words, and says where it went. */
    @Test
    void theReportIsWrittenAsAPdfInTheBackground() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ResultsViewModel results = new ResultsViewModel(flow);
        open(results, result("c-0412.json", "C-0412", "2026-11-20T18:00:00Z"));
        ReportViewModel report = onFx(() -> results.report(results.rows().get(0)).orElseThrow());
        assertThat(report.suggestedName()).isEqualTo("report-C-0412-2026-11-20.pdf");

        List<Runnable> held = new ArrayList<>();
        context.setBackground(new BackgroundWork(held::add));
        Path pdf = dataFolder.resolve(report.suggestedName());
        assertThat(onFx(() -> report.savePdf(pdf))).isTrue();
        assertThat(onFx(() -> context.background().whatProperty().get()))
                .isEqualTo("Saving the report…");
        assertThat(onFx(() -> report.savePdf(pdf)))
                .as("a second press while it is written")
                .isFalse();
        assertThat(pdf).doesNotExist();
        held.get(0).run();
        waitForBackgroundWork();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(report.statusProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("Saved the report as " + pdf + ".");
        assertThat(held).hasSize(1);
    }

    /**
     * A result file of one client, as a client's app saves it for the therapist (without private
     * answers).
     */
    private Path result(String name, String code, String when) throws Exception {
        QuestionBank bank = BankLoader.loadDefault();
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        ResultFile.Contents full =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse(when),
                        code,
                        new ScoringEngine(bank).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        Path path = dataFolder.resolve(name);
        ResultFile.save(path, ResultFile.withoutPrivate(bank, full));
        return path;
    }
}
