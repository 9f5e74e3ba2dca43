package grayarea.ui.couple;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.TestBanks;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankLoader;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.ResultFile;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.TurnFile;
import grayarea.session.TurnLock;
import grayarea.session.Vault;
import grayarea.session.crypto.KdfParams;
import grayarea.testing.CoupleScenario;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.BackgroundWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The couple pages' view models on their own, without a window: what each page would say, what the
 * files hold, and that the slow work (a PIN's key, sealing, turn files, PDFs) runs in the
 * background, with its words, one piece at a time. The JavaFX toolkit runs (the models' results
 * come back on its thread), but no page is built or shown.
 */
class CoupleModelsTest {

    // the shipped couple sample sheets answer 1.0.0: the flow takes that bank, as for old turns
    private static final QuestionBank BANK = TestBanks.released100();

    @TempDir Path dataFolder;

    /** The pages the flow was asked to show, in order (not built). */
    private final List<Supplier<Node>> shown = new ArrayList<>();

    private final List<String> leftWith = new ArrayList<>();

    /** Set, making a key from a PIN fails (not a refusal: the PIN is never judged). */
    private volatile boolean keysFail;

    private AppContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private CoupleFlow flow(Settings.Storage storage) throws Exception {
        return flow(storage, BANK);
    }

    private CoupleFlow flow(Settings.Storage storage, QuestionBank bank) throws Exception {
        // PINs stretched with 2,000 iterations instead of the shipped 600,000, as only tests may
        context =
                new AppContext(
                        dataFolder,
                        null,
                        () -> {},
                        new Vault(
                                dataFolder,
                                () -> {
                                    if (keysFail) {
                                        throw new IllegalStateException("no key can be made");
                                    }
                                    return KdfParams.freshForTests(2_000);
                                }));
        context.updateSettings(context.settings().withStorage(storage));
        return new CoupleFlow(context, bank, shown::add, leftWith::add);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private void waitForBackgroundWork() throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> onFx(() -> !context.background().isBusy()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A PIN typed twice, as the page's two fields would hand it over; remembers every copy it gave
     * out.
     */
    private static final class Typed implements CoupleSetupViewModel.PinPair {
        private final String pin;
        private final String again;
        final List<char[]> handedOut = new ArrayList<>();
        boolean wiped;

        Typed(String pin, String again) {
            this.pin = pin;
            this.again = again;
        }

        @Override
        public int length() {
            return wiped ? 0 : pin.length();
        }

        @Override
        public boolean repeatedAlike() {
            return wiped || pin.equals(again);
        }

        @Override
        public char[] take() {
            char[] copy = pin.toCharArray();
            handedOut.add(copy);
            wiped = true;
            return copy;
        }

        @Override
        public void wipe() {
            wiped = true;
        }

        boolean everyCopyWiped() {
            return handedOut.stream()
                    .allMatch(copy -> new String(copy).chars().allMatch(c -> c == 0));
        }
    }

    @Test
    void pinsAreMadeIntoKeysInTheBackgroundOnceAndWipedAndEachTurnIsSealed() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP);
        List<Runnable> held = new ArrayList<>();
        context.setBackground(new BackgroundWork(held::add));
        CoupleSetupViewModel setup =
                onFx(() -> new CoupleSetupViewModel(flow, context.coupleStore()));
        setup.firstName.set("Sam");
        setup.secondName.set("Дарья");
        Typed sam = new Typed("2468", "2468");
        Typed darja = new Typed("4821", "4821");

        assertThat(onFx(() -> setup.start(sam, darja))).isTrue();
        // the keys are being made: the page is masked with these words, nothing shown yet, nothing
        // written
        assertThat(context.background().isBusy()).isTrue();
        assertThat(context.background().whatProperty().get()).isEqualTo("Setting up your turns…");
        assertThat(shown).isEmpty();
        assertThat(dataFolder.resolve(CoupleStore.FILE)).doesNotExist();
        // a second press meanwhile starts nothing, and leaves no copy of a PIN behind
        Typed again = new Typed("1111", "1111");
        assertThat(onFx(() -> setup.start(again, new Typed("", "")))).isFalse();
        assertThat(again.everyCopyWiped()).isTrue();
        assertThat(held).hasSize(1);

        new Thread(held.get(0)).start();
        waitForBackgroundWork();
        assertThat(shown).as("the first hand-over").hasSize(1);
        assertThat(sam.everyCopyWiped()).isTrue();
        assertThat(darja.everyCopyWiped()).isTrue();
        String file = Files.readString(dataFolder.resolve(CoupleStore.FILE));
        assertThat(file)
                .contains("sealedAnswers")
                .doesNotContain("\"answers\"")
                .doesNotContain("2468")
                .doesNotContain("4821");
        assertThat(flow.session().partner(1).isOpen())
                .as("each turn closed under its PIN")
                .isFalse();
    }

    @Test
    void aPinRefusedIsWipedFromItsFieldsAndNamedWhileTheOtherIsKept() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP);
        CoupleSetupViewModel setup =
                onFx(() -> new CoupleSetupViewModel(flow, context.coupleStore()));
        setup.firstName.set("Sam");
        setup.secondName.set("Дарья");
        Typed sam = new Typed("2468", "2468");
        Typed darja = new Typed("4821", "4812");

        assertThat(onFx(() -> setup.start(sam, darja))).isFalse();
        assertThat(setup.errorProperty().get())
                .isEqualTo(
                        "The two PINs for Дарья are not the same. Please type it again in both fields.");
        assertThat(setup.errorFieldProperty().get()).isEqualTo("secondPin");
        assertThat(darja.wiped).isTrue();
        assertThat(sam.wiped).as("Sam's PIN, accepted, stays typed").isFalse();
        assertThat(sam.handedOut).as("no PIN is read before the whole form is accepted").isEmpty();
        assertThat(context.background().isBusy()).isFalse();
        assertThat(shown).isEmpty();
    }

    /** A session of two turns laid out, Дарья's under her PIN (4821), closed, as after setup. */
    private CoupleFlow begun() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP);
        CoupleSession fresh =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner("Sam", null, null),
                                new CoupleSession.Partner(
                                        "Дарья",
                                        TurnLock.create(
                                                "4821".toCharArray(),
                                                KdfParams.freshForTests(2_000)),
                                        null)),
                        Instant.now());
        onFx(
                () -> {
                    flow.keeper().begin(fresh, flow.layouts(fresh));
                    return null;
                });
        return flow;
    }

    @Test
    void aWrongPinOnTheHandOverIsCountedAndTheRightOneOpensTheTurn() throws Exception {
        CoupleFlow flow = begun();
        HandOverViewModel handOver = new HandOverViewModel(flow, 1);
        assertThat(handOver.title()).isEqualTo("Pass the computer to Дарья");
        assertThat(handOver.asksPin()).isTrue();
        char[] wrong = "1111".toCharArray();

        onFx(
                () -> {
                    handOver.open(wrong);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(handOver.refusalsProperty().get()).isEqualTo(1);
        assertThat(new String(wrong)).as("the PIN typed is wiped").isEqualTo("\0\0\0\0");
        assertThat(shown).isEmpty();

        onFx(
                () -> {
                    handOver.open("4821".toCharArray());
                    return null;
                });
        waitForBackgroundWork();
        assertThat(handOver.refusalsProperty().get()).isEqualTo(1);
        assertThat(shown).as("Дарья's turn").hasSize(1);
        assertThat(flow.session().partner(1).isOpen()).isTrue();
    }

    /**
     * When a turn cannot be opened for another reason than its PIN, that is said, and it is not
     * counted or shown as a wrong PIN: on the hand-over page and where both sit together.
     */
    @Test
    void aTurnThatCannotBeOpenedIsNotCalledAWrongPin() throws Exception {
        CoupleFlow flow = begun();
        keysFail = true;
        HandOverViewModel handOver = new HandOverViewModel(flow, 1);
        char[] pin = "4821".toCharArray();
        onFx(
                () -> {
                    handOver.open(pin);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(handOver.refusalsProperty().get()).as("no refusal counted").isZero();
        assertThat(handOver.problemProperty().get())
                .isEqualTo(
                        "Дарья's turn could not be opened just now (the reason is unknown). This"
                                + " was not about the PIN; please try again.");
        assertThat(pin).containsOnly('\0');
        assertThat(shown).isEmpty();

        TogetherViewModel together = new TogetherViewModel(flow);
        char[][] pins = {null, "4821".toCharArray()};
        onFx(
                () -> {
                    together.compare(pins);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(together.refusedProperty().get()).as("no PIN refused").isEqualTo(-1);
        assertThat(together.problemProperty().get())
                .isEqualTo(
                        "Your turns could not be opened just now (the reason is unknown). This was"
                                + " not about your PINs; please try again.");
        assertThat(shown).isEmpty();
    }

    /** Partners on two computers: Sam's turn done and shared, not exported yet. */
    private CoupleFlow apart(Settings.Storage storage) throws Exception {
        CoupleFlow flow = flow(storage);
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        onFx(
                () -> {
                    flow.keeper()
                            .beginApart(
                                    new CoupleSession(
                                            null,
                                            List.of(
                                                    new CoupleSession.Partner("Sam", null, null),
                                                    new CoupleSession.Partner(
                                                            "your partner", null, null)),
                                            Instant.now()));
                    flow.keeper().updateTurn(0, new CoupleSession.Turn(sheet, 11, true, true));
                    return null;
                });
        return flow;
    }

    @Test
    void theCouplePagesHelpLinesAreForTheRememberedCountry() throws Exception {
        CoupleFlow flow = apart(Settings.Storage.KEEP);
        context.updateSettings(context.settings().withHelpRegion("CA"));
        ApartViewModel page = onFx(() -> new ApartViewModel(flow, false));
        assertThat(page.helpLines())
                .first()
                .asString()
                .startsWith("Emergency services: call 911 (where 911 is not available");
        assertThat(String.join("\n", page.helpLines()))
                .contains("9-8-8 Suicide Crisis Helpline: call or text 988")
                .doesNotContain("1-800-799-7233");

        context.updateSettings(context.settings().withHelpRegion("elsewhere"));
        assertThat(onFx(() -> new ApartViewModel(flow, false)).helpLines())
                .containsExactly(
                        "Emergency services: contact your local emergency services \u2014"
                                + " immediate danger");
    }

    @Test
    void theSafetyWordsPlaceCanBeChangedAndIsRememberedAsOnTheResultPage() throws Exception {
        CoupleFlow flow = apart(Settings.Storage.KEEP);
        context.updateSettings(context.settings().withHelpRegion("CA"));
        ApartViewModel page = onFx(() -> new ApartViewModel(flow, true));
        assertThat(page.helpFor()).isEqualTo("Help for: Canada");
        onFx(
                () -> {
                    page.helpPlace().startChoosing();
                    page.helpPlace().preview("GB");
                    return null;
                });
        assertThat(page.helpFor()).isEqualTo("Help for: United Kingdom");
        assertThat(String.join("\n", page.helpLines())).contains("call 116 123");
        onFx(
                () -> {
                    page.helpPlace().cancel();
                    return null;
                });
        assertThat(page.helpFor()).isEqualTo("Help for: Canada");
        onFx(
                () -> {
                    page.helpPlace().choose("GB");
                    return null;
                });
        assertThat(String.join("\n", page.helpLines())).contains("call 116 123");
        assertThat(context.settings().helpRegion()).isEqualTo("GB");
        assertThat(onFx(() -> new TurnDoneViewModel(flow, 0, true)).helpFor())
                .as("remembered for the next page")
                .isEqualTo("Help for: United Kingdom");
    }

    @Test
    void inAPrivateSessionTheSafetyWordsPlaceIsChangedButNotWritten() throws Exception {
        CoupleFlow flow = apart(Settings.Storage.PRIVATE);
        ApartViewModel page = onFx(() -> new ApartViewModel(flow, true));
        onFx(
                () -> {
                    page.helpPlace().choose("IE");
                    return null;
                });
        assertThat(page.helpFor()).isEqualTo("Help for: Ireland");
        assertThat(dataFolder.resolve(SettingsStore.FILE)).doesNotExist();
    }

    @Test
    void onTwoComputersTheTurnIsExportedAndOnlyThePartnersFileIsCompared() throws Exception {
        CoupleFlow flow = apart(Settings.Storage.KEEP);
        ApartViewModel page = onFx(() -> new ApartViewModel(flow, false));
        assertThat(page.todoProperty().get()).startsWith("Still to do: export your turn");
        assertThat(page.exportRequest().suggestedName()).isEqualTo("turn-Sam.json");
        Path mine = dataFolder.resolve("turn-Sam.json");

        onFx(
                () -> {
                    page.exportTurn(mine);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.statusProperty().get()).isEqualTo("Your turn was saved to " + mine + ".");
        assertThat(page.todoProperty().get()).startsWith("Your turn is exported");
        assertThat(TurnFile.read(mine).turn().bank()).isEqualTo(BANK.ref());

        // its own turn, opened as the partner's: said, not compared
        onFx(
                () -> {
                    page.compareWith(mine);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.statusProperty().get())
                .isEqualTo(
                        "This is your own turn. Open the file your partner made on their computer.");
        assertThat(shown).isEmpty();

        // a file that is no turn file: its problem, located
        Path notATurn = dataFolder.resolve("notes.json");
        Files.writeString(notATurn, "{\"kind\": ");
        onFx(
                () -> {
                    page.compareWith(notATurn);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.statusProperty().get()).startsWith(notATurn.toString() + ":1:");

        // the partner's file: the comparison
        Path theirs = dataFolder.resolve("their-turn.json");
        TurnFile.export(
                theirs,
                BANK,
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet());
        onFx(
                () -> {
                    page.compareWith(theirs);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(shown).as("the comparison").hasSize(1);
    }

    /**
     * A couple session saved on this computer by a version whose built-in bank was micro-cheating
     * 1.0.0: both turns finished, each sealed under its partner's PIN, and the file naming no bank.
     */
    private void sessionSavedUnder100() throws Exception {
        CoupleStore store = new CoupleStore(dataFolder, context.vault());
        List<CoupleSession.Partner> partners = new ArrayList<>();
        String[] names = {"Sam", "Дарья"};
        String[] pins = {"2468", "4821"};
        String[] sheets = {"first", "second"};
        for (int i = 0; i < 2; i++) {
            AnswerSheet sheet =
                    AnswerSheetJson.read(
                                    Path.of(
                                            "questions/examples/answers-couple-"
                                                    + sheets[i]
                                                    + ".json"))
                            .sheet();
            assertThat(sheet.bank()).isEqualTo(BANK.ref());
            partners.add(
                    new CoupleSession.Partner(
                            names[i],
                            TurnLock.create(pins[i].toCharArray(), KdfParams.freshForTests(2_000)),
                            new CoupleSession.Turn(sheet, 9, true, true)));
        }
        store.save(new CoupleSession(null, partners, Instant.parse("2026-10-01T09:00:00Z")));
        String file = Files.readString(dataFolder.resolve(CoupleStore.FILE));
        assertThat(file).doesNotContain("\"bank\"").doesNotContain("1.0.0");
    }

    @Test
    void aCoupleSessionSavedUnder100IsResumedAndComparedWith100NotTheNewDefault() throws Exception {
        QuestionBank newDefault = BankLoader.loadDefault();
        assertThat(newDefault.ref()).isNotEqualTo(BANK.ref());
        CoupleFlow flow = flow(Settings.Storage.KEEP, newDefault);
        sessionSavedUnder100();
        CoupleSetupViewModel setup =
                onFx(() -> new CoupleSetupViewModel(flow, context.coupleStore()));
        assertThat(setup.resumableProperty().get()).isNotNull();

        onFx(
                () -> {
                    setup.resume();
                    return null;
                });
        assertThat(setup.errorProperty().get()).isNull();
        assertThat(flow.bank().ref()).as("the turns' own bank").isEqualTo(BANK.ref());
        assertThat(flow.keeper().bank().ref()).isEqualTo(BANK.ref());

        TogetherViewModel together = onFx(() -> new TogetherViewModel(flow));
        onFx(
                () -> {
                    together.compare(new char[][] {"2468".toCharArray(), "4821".toCharArray()});
                    return null;
                });
        waitForBackgroundWork();
        assertThat(together.problemProperty().get()).isNullOrEmpty();
        assertThat(leftWith).isEmpty();
        // the page both look at: their comparison, on the questions they answered
        Node page = onFx(() -> shown.get(shown.size() - 1).get());
        assertThat(page).isNotNull();
        assertThat(flow.session().partner(0).turn().answers()).isNull();
        // named from now on, so the session stays on 1.0.0 at its next save
        assertThat(flow.session().bank()).isEqualTo(BANK.ref());
    }

    @Test
    void aCoupleSessionToABankNotBuiltInIsOfferedButNotResumedAndSaysWhy() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP, BankLoader.loadDefault());
        sessionSavedUnder100();
        Path file = dataFolder.resolve(CoupleStore.FILE);
        // the same session as a version with questions this app never had would have written it
        var tree = (ObjectNode) JsonDocument.read(file).root();
        tree.putObject("bank").put("id", "micro-cheating").put("version", "0.9.0");
        Files.writeString(file, Json.write(tree));
        String before = Files.readString(file);
        CoupleSetupViewModel setup =
                onFx(() -> new CoupleSetupViewModel(flow, context.coupleStore()));
        onFx(
                () -> {
                    setup.resume();
                    return null;
                });
        assertThat(setup.errorProperty().get())
                .isEqualTo(
                        "This couple session was taken with questions this app does not have built"
                                + " in (micro-cheating 0.9.0). It is kept as it was: resume it with a"
                                + " version of Gray Area that has those questions, or discard it.");
        assertThat(setup.errorFieldProperty().get()).isEqualTo("resume");
        assertThat(shown).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aPartnersTurnTo100OpenedInASessionOnTheNewDefaultSaysWhereAndWhy() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP, BankLoader.loadDefault());
        onFx(
                () -> {
                    flow.keeper()
                            .beginApart(
                                    new CoupleSession(
                                            null,
                                            List.of(
                                                    new CoupleSession.Partner("Sam", null, null),
                                                    new CoupleSession.Partner(
                                                            "your partner", null, null)),
                                            Instant.now()));
                    return null;
                });
        // the partner's computer still had 1.0.0: their turn file is to it
        Path theirs = dataFolder.resolve("turn-Alex.json");
        TurnFile.export(
                theirs,
                BANK,
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet());
        ApartViewModel page = onFx(() -> new ApartViewModel(flow, false));
        onFx(
                () -> {
                    page.compareWith(theirs);
                    return null;
                });
        waitForBackgroundWork();
        String version = BankLoader.loadDefault().ref().version();
        assertThat(page.statusProperty().get())
                .matches(Pattern.quote(theirs.toString()) + ":\\d+:\\d+: .*")
                .endsWith(
                        "this turn was taken with the questions micro-cheating 1.0.0, but this"
                                + " couple session uses micro-cheating "
                                + version
                                + ": the two cannot be compared. Both partners take their turn"
                                + " with the same version of the questions.");
        assertThat(leftWith).isEmpty();
    }

    @Test
    void theComparisonIsSavedAsAPdfAndForATherapistAndFinishNamesAnUnexportedTurn()
            throws Exception {
        CoupleFlow flow = apart(Settings.Storage.KEEP);
        var theirs =
                ComparisonTurn.of(
                        BANK,
                        AnswerSheetJson.read(
                                        Path.of("questions/examples/answers-couple-second.json"))
                                .sheet());
        var mine = ComparisonTurn.of(BANK, flow.session().partner(0).turn().answers());
        var comparison = CoupleComparison.compare(BANK, mine, theirs, "en");
        ComparisonViewModel page =
                onFx(() -> new ComparisonViewModel(flow, comparison, "Sam", "Alex", mine, theirs));
        assertThat(page.available()).isTrue();
        assertThat(page.todoProperty().get()).startsWith("Still to do: export your turn");
        // Finish asks first, saying where the turn stays: here without a PIN, only while the app is
        // open
        assertThat(page.finishAsks()).isTrue();
        assertThat(page.finishDetail())
                .endsWith(
                        "Without a PIN it is kept only while the app stays open: once it closes, your turn is gone.");

        Path pdf = dataFolder.resolve("comparison.pdf");
        onFx(
                () -> {
                    page.savePdf(pdf);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.statusProperty().get()).contains(pdf.toString());
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        Path forTherapist = dataFolder.resolve("couple-result.json");
        onFx(
                () -> {
                    page.saveForTherapist(forTherapist);
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.statusProperty().get())
                .isEqualTo(
                        "Saved to "
                                + forTherapist
                                + ". It holds only what each of you chose to share.");
        assertThat(ResultFile.readAny(forTherapist)).isInstanceOf(ResultFile.CoupleContents.class);

        onFx(
                () -> {
                    page.exportTurn(dataFolder.resolve("turn-Sam.json"));
                    return null;
                });
        waitForBackgroundWork();
        assertThat(page.finishAsks()).as("exported: Finish goes without asking").isFalse();
        assertThat(page.todoProperty().get()).startsWith("Your turn is exported");
        onFx(
                () -> {
                    page.delete();
                    return null;
                });
        assertThat(dataFolder.resolve(CoupleStore.FILE)).doesNotExist();
        assertThat(leftWith).containsExactly(context.texts().get("welcome.deleted"));
    }

    @Test
    void leavingOutAnAnswerAskedOnceLeavesItOutOfEveryPartItIsIn() throws Exception {
        CoupleFlow flow = flow(Settings.Storage.KEEP);
        QuestionBank bank = CoupleScenario.bank();
        QuizState state =
                new QuizState(
                        bank,
                        null,
                        CoupleScenario.TURN,
                        "en",
                        "Alex",
                        null,
                        Map.of(),
                        Instant.now());
        CoupleScenario.answered(state.quiz(), CoupleScenario::alexAnswer);
        SharingViewModel sharing = new SharingViewModel(flow, 0, state);
        List<SharingViewModel.Item> strain =
                sharing.groups().stream()
                        .flatMap(g -> g.items().stream())
                        .filter(i -> i.question().equals("raising-strain"))
                        .toList();
        // offered once, under the page it was asked on
        assertThat(strain).hasSize(1);
        assertThat(strain.get(0).id()).isEqualTo("share-self-raising-strain");
        strain.get(0).shared().set(false);

        AnswerSheet chosen = sharing.chosen();
        assertThat(chosen.part("self").get("raising-strain").shared()).isFalse();
        assertThat(chosen.part("partner").get("raising-strain").shared()).isFalse();
        var turn = ComparisonTurn.of(bank, chosen);
        assertThat(turn.shared().sheet().part("partner")).doesNotContainKey("raising-strain");
        assertThat(turn.shared().notShared().get("partner")).containsExactly("raising-strain");
        // a private question, recorded in both parts, is offered in neither
        assertThat(sharing.groups().stream().flatMap(g -> g.items().stream()))
                .noneMatch(i -> i.question().equals("connection-note"));
    }
}
