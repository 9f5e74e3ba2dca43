package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.TurnLock;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.TherapistKeys;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Visits every screen of the app through the real window, by keyboard (a key costs a tenth of a
 * second, a click half a second), and hands each screen, by name, to the caller: to check it, to
 * take its picture. The first run: the welcome page asking how to keep answers (and asking again
 * after Enter), setting a passphrase, the locked start. The solo tour: welcome (and its step before
 * a new quiz replaces the saved one), settings, review, each wizard step, the result (and its step
 * before starting over), the result with the safety flag, its step before deleting, the welcome
 * after deleting, the couple setup. A therapist's hand-out: its welcome and its thank-you page. The
 * waiting room: its setup (empty, then with its problems), the locked welcome, the unlock page. The
 * couple tour: resume, hand-over with a PIN (a wrong one first, so the caller sees the error),
 * review, sharing, turn done, together, comparison. The therapist's pages: home, practice profile,
 * a hand-out, the client results and a report.
 */
final class ScreenTour {

    static final QuestionBank BANK = BankLoader.loadDefault();

    /** Дарья's PIN in the couple tour. */
    static final String PIN = "2468";

    /** The passphrase set on the first run. */
    static final String PASSPHRASE = "plum kettle river";

    private final UiTest ui;
    private final Consumer<String> visit;

    /** A tour of the window of {@code ui}; {@code visit} is called on each screen, by name. */
    ScreenTour(UiTest ui, Consumer<String> visit) {
        this.ui = ui;
        this.visit = visit;
    }

    /**
     * Presses the control by keyboard: the focus put on it (the page scrolls it into view, as for
     * Tab), then Space. A tenth of a second, where a click with the scrolling before it takes a
     * second or more.
     */
    private void press(String query) {
        Node control = ui.lookup(query).query();
        ui.interact(control::requestFocus);
        ui.type(KeyCode.SPACE);
    }

    /** Puts the focus in the field, as Tab would, and types the text. */
    private void typeInto(String query, String text) {
        Node field = ui.lookup(query).query();
        ui.interact(field::requestFocus);
        ui.write(text);
    }

    /**
     * Before the window opens: the settings, and a solo session about a partner answered up to the
     * review.
     */
    static void prepareSolo(UiTest ui, String language, int textSize) throws IOException {
        ui.prepareAnsweredSession(BANK, "partner", SoloQuizTest::planned);
        save(ui, language, textSize);
    }

    /**
     * Before the window opens: the settings, and a couple whose second partner (with a PIN) is at
     * her review.
     */
    static void prepareCouple(UiTest ui, String language, int textSize) throws IOException {
        save(ui, language, textSize);
        AnswerSheet first = CoupleTurns.answered(BANK, QuizBehaviourTest::low);
        AnswerSheet second = CoupleTurns.answered(BANK, SoloQuizTest::planned);
        CoupleSession couple =
                new CoupleSession(
                        null,
                        List.of(
                                // Sam too has a PIN: a turn without one is kept only in the window,
                                // not across a restart
                                new CoupleSession.Partner(
                                        "Sam",
                                        TurnLock.create(
                                                PIN.toCharArray(), KdfParams.freshForTests(2_000)),
                                        new CoupleSession.Turn(
                                                first, CoupleTurns.review(BANK), true, true)),
                                new CoupleSession.Partner(
                                        "Дарья",
                                        TurnLock.create(
                                                PIN.toCharArray(), KdfParams.freshForTests(2_000)),
                                        new CoupleSession.Turn(
                                                second, CoupleTurns.review(BANK), false, false))),
                        Instant.now());
        // as this version writes it: naming the bank the turns answer
        new CoupleStore(ui.dataFolder)
                .save(CoupleStore.close(CoupleStore.close(couple, 0), 1).withBank(BANK.ref()));
    }

    /**
     * Before the window opens: a first run (nothing kept yet, so the welcome page asks how to keep
     * answers) in the language and text size given. Settings are only saved once answers are kept,
     * so the file is written by hand.
     */
    static void prepareFirstRun(UiTest ui, String language, int textSize) throws IOException {
        Files.writeString(
                ui.dataFolder.resolve(SettingsStore.FILE),
                "{\"kind\": \"grayarea.settings\","
                        + " \"formatVersion\": 1, \"theme\": \"light\", \"language\": \""
                        + language
                        + "\", \"textSize\": "
                        + textSize
                        + "}");
    }

    /**
     * Before the window opens: the settings, and a therapist's hand-out (one section, a thank-you
     * at the end); with the therapist's key, the client's tour reaches the fingerprint check before
     * a sealed save.
     */
    static void prepareHandOut(UiTest ui, String language, int textSize, boolean withKey)
            throws IOException {
        save(ui, language, textSize);
        HandOutFile.save(
                handOutFile(ui),
                new HandOut(
                        BANK.ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        "C-0412",
                        HandOut.ClientSees.THANK_YOU,
                        new PracticeProfile(
                                "Ольга Петренко",
                                "Consultorio de terapia de pareja Bahía",
                                "555-0142",
                                "Tómate tu tiempo. No hay respuestas correctas.",
                                List.of(
                                        new PracticeProfile.LocalResource(
                                                "Línea de crisis del condado",
                                                "Llama al 555-0199",
                                                "día y noche"))),
                        withKey ? HAND_OUT_KEY.text() : null,
                        Instant.now()));
    }

    private static final TherapistPublicKey HAND_OUT_KEY = TherapistKeys.generate().publicKey();

    /**
     * Before the window opens: the settings, a practice profile, and result files brought back by
     * clients.
     */
    static void prepareTherapist(UiTest ui, String language, int textSize) throws IOException {
        save(ui, language, textSize);
        new PracticeProfileStore(ui.dataFolder).save(TherapistFiles.PROFILE);
        TherapistFiles.results(ui.dataFolder.resolve("results"));
    }

    private static Path handOutFile(UiTest ui) {
        return ui.dataFolder.resolve("cliente.grayarea");
    }

    private static void save(UiTest ui, String language, int textSize) throws IOException {
        new SettingsStore(ui.dataFolder)
                .save(
                        Settings.FIRST_RUN
                                .withStorage(Settings.Storage.KEEP)
                                .withTextSize(textSize)
                                .withLanguage(language));
    }

    /**
     * The first run: the welcome page, which asks how to keep answers; setting a passphrase (too
     * short first, to see the problem); and the next start, locked, with a wrong passphrase tried.
     */
    void firstRun() {
        assertThat(ui.lookup("#storage").tryQuery()).isPresent();
        visit.accept("welcome-first-run");
        ui.type(KeyCode.ENTER); // Enter chooses nothing: the page asks for the choice
        visit.accept("welcome-first-run-choose-first");
        ui.type(KeyCode.SPACE); // the first focus: keep my progress (nothing is preselected)
        press("#protect-with-passphrase");
        visit.accept("passphrase");
        ui.write("short").type(KeyCode.ENTER);
        visit.accept("passphrase-too-short");
        ui.write(PASSPHRASE);
        typeInto("#passphrase-again", PASSPHRASE);
        ui.type(KeyCode.ENTER);
        ui.waitForBackgroundWork();
        visit.accept("passphrase-set");
        ui.type(KeyCode.ENTER);
        assertThat(ui.lookup("#protect-with-passphrase").tryQuery())
                .as("back on the welcome page, protected")
                .isEmpty();
        ui.restart();
        assertThat(ui.lookup("#vault-passphrase").tryQuery())
                .as("the next start is locked")
                .isPresent();
        visit.accept("unlock");
        ui.write("plum kettle rover").type(KeyCode.ENTER);
        ui.waitForBackgroundWork();
        visit.accept("unlock-wrong-passphrase");
    }

    void solo() {
        visit.accept("welcome");
        ui.interact(() -> ui.lookup("#start-partner").query().requestFocus());
        ui.type(KeyCode.ENTER); // a new quiz over the saved one: asked first
        visit.accept("welcome-confirm-replace");
        ui.type(KeyCode.ESCAPE); // keep it
        press("#settings");
        visit.accept("settings");
        press("#settings-done");
        ui.type(KeyCode.SPACE); // resume: the review page
        visit.accept("review");
        List<Section> steps = new QuizDriver(ui, BANK, "partner", q -> null).steps();
        for (int step = steps.size(); step >= 1; step--) {
            back();
            visit.accept("step-" + step);
        }
        enterUntilTheResult(); // through the steps and the review
        assertThat(ui.lookup("#safety").tryQuery()).as("a result without a safety flag").isEmpty();
        visit.accept("result");
        press("#help-change"); // "Where are you?" beside the help lines, the list focused
        visit.accept("result-help-change");
        ui.type(KeyCode.ENTER); // the same country again
        press("#start-over"); // asked first, "Keep my answers" focused
        visit.accept("result-confirm-start-over");
        ui.type(KeyCode.ESCAPE);
        press("#back-to-answers"); // the review again
        int safetyStep = 1;
        while (!steps.get(safetyStep - 1).id().equals("safety")) {
            safetyStep++;
        }
        for (int step = steps.size(); step >= safetyStep; step--) {
            back(); // back through the steps to the safety questions
        }
        new QuizDriver(ui, BANK, "partner", q -> null)
                .answerOneByKeyboard(
                        BANK.question("safety-afraid").orElseThrow(),
                        Answer.answered(new AnswerValue.Choice("yes")));
        enterUntilTheResult();
        assertThat(ui.lookup("#safety").tryQuery()).as("a result with the safety flag").isPresent();
        visit.accept("result-safety");
        press("#delete-session"); // asks first, "Not now" focused
        visit.accept("result-safety-confirm-delete");
        ui.type(KeyCode.TAB, KeyCode.ENTER); // Yes, delete it now
        visit.accept("welcome-after-delete");
        press("#couple");
        visit.accept("couple-setup");
    }

    /** A client opens the hand-out, answers its one section and sees the thank-you page. */
    void handOut() {
        ui.filesToPick.add(handOutFile(ui));
        // fired, not clicked: a click on the link under a loaded CPU was once seen to focus it
        // without opening
        ui.interact(() -> ((ButtonBase) ui.lookup("#open-bank").query()).fire());
        assertThat(ui.lookup("#hand-out").tryQuery()).as("the hand-out's welcome").isPresent();
        visit.accept("handout-welcome");
        press("#start-partner");
        new QuizDriver(ui, BANK, "partner", SoloQuizTest::planned)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        ui.type(KeyCode.ENTER);
        visit.accept("handout-thank-you");
        // Start over asks, with this page's words: no result to save or print here, "Save for …"
        // keeps the answers
        ui.interact(() -> ((ButtonBase) ui.lookup("#start-over").query()).fire());
        assertThat(ui.lookup("#confirm-start-over-detail").queryAs(Label.class).getText())
                .contains(ui.lookup("#save-for-therapist").queryAs(Button.class).getText())
                .doesNotContain("print")
                .doesNotContain("imprime");
        assertThat(ui.focused().getId()).isEqualTo("confirm-start-over-keep");
        ui.type(KeyCode.ESCAPE);
        press("#save-for-therapist"); // Save for …: first, compare the key's fingerprint
        assertThat(ui.lookup("#key-check-fingerprint").tryQuery())
                .hasValueSatisfying(n -> assertThat(n.isVisible()).isTrue());
        visit.accept("handout-key-check");
    }

    /**
     * A therapist sets up the waiting room for the hand-out (first with nothing chosen, to see the
     * problems), the client meets the locked welcome, the therapist's way out is tried with a wrong
     * PIN, and the client, back in the quiz, finishes: the thank-you page that holds nothing of
     * theirs.
     */
    void waitingRoom() {
        ui.interact(ui.flow::showWaitingRoomSetup);
        visit.accept("waiting-room-setup");
        press("#waiting-room-start");
        visit.accept("waiting-room-setup-problems");
        ui.filesToPick.add(handOutFile(ui));
        ui.type(KeyCode.SPACE); // the focus is on the hand-out: choose it
        typeInto("#waiting-room-pin", PIN);
        typeInto("#waiting-room-pin-again", PIN);
        ui.type(KeyCode.ENTER);
        ui.waitForBackgroundWork();
        assertThat(ui.lookup("#for-the-therapist").tryQuery()).as("the locked welcome").isPresent();
        visit.accept("waiting-room-welcome");
        press("#for-the-therapist");
        ui.write("1111").type(KeyCode.ENTER);
        ui.waitForBackgroundWork();
        visit.accept("waiting-room-unlock-wrong-pin");
        ui.type(KeyCode.ESCAPE); // back to the locked welcome, on its start
        ui.type(KeyCode.ENTER);
        new QuizDriver(ui, BANK, "partner", SoloQuizTest::planned)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        ui.type(KeyCode.ENTER);
        assertThat(ui.lookup("#next-person").tryQuery())
                .as("the waiting room's thank-you")
                .isPresent();
        visit.accept("waiting-room-thank-you");
    }

    void couple() {
        press("#couple");
        visit.accept("couple-resume");
        press("#couple-resume-button");
        visit.accept("couple-handover");
        ui.write("1357").type(KeyCode.ENTER); // a wrong PIN
        ui.waitForBackgroundWork();
        assertThat(ui.lookup("#pin-error").tryQuery())
                .hasValueSatisfying(n -> assertThat(n.isVisible()).isTrue());
        visit.accept("couple-handover-wrong-pin");
        ui.write(PIN).type(KeyCode.ENTER); // Дарья continues: her review
        ui.waitForBackgroundWork();
        visit.accept("couple-review");
        ui.type(KeyCode.ENTER);
        visit.accept("couple-sharing");
        press("#sharing-done");
        ui.waitForBackgroundWork(); // her turn is sealed under her PIN
        visit.accept("couple-turn-done");
        press("#hand-over");
        visit.accept("couple-together");
        // each turn is kept only under its PIN: both type it for the comparison
        typeInto("#together-pin-0", PIN);
        typeInto("#together-pin-1", PIN);
        ui.type(KeyCode.ENTER);
        ui.waitForBackgroundWork();
        visit.accept("couple-comparison");
    }

    /**
     * The therapist's pages: the home, the practice profile (then with its required name left
     * empty), making a hand-out, the client results (the table, and one client's score over time)
     * and one client's report.
     */
    void therapist() {
        ui.interact(ui.flow::startTherapist);
        visit.accept("therapist-home");
        ui.type(KeyCode.SPACE); // the first card, Practice profile, has the focus
        visit.accept("therapist-profile");
        ui.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        ui.type(KeyCode.BACK_SPACE, KeyCode.ENTER); // the name is required: its message in words
        visit.accept("therapist-profile-error");
        ui.interact(ui.flow::startTherapist);
        ui.type(KeyCode.SPACE); // the profile again: make a key for sealed results
        ui.interact(
                () -> {
                    ui.find("#sealing-key-passphrase", PasswordField.class)
                            .setText("harbor practice key");
                    ui.find("#sealing-key-passphrase-again", PasswordField.class)
                            .setText("harbor practice key");
                    ui.find("#sealing-key-make", Button.class).fire();
                });
        ui.waitForBackgroundWork(); // the key is made in the background
        ui.scrollIntoView(ui.lookup("#sealing-key-fingerprint").query());
        visit.accept("therapist-profile-key"); // the fingerprint, large, to give clients on paper
        ui.interact(ui.flow::startTherapist);
        ui.type(KeyCode.TAB, KeyCode.SPACE); // Make a hand-out
        visit.accept("therapist-handout");
        ui.interact(ui.flow::startTherapist);
        ui.type(KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE); // Client results
        ui.filesToPick.addAll(TherapistFiles.resultsIn(ui.dataFolder.resolve("results")));
        ui.type(KeyCode.SPACE); // Open result files… has the focus
        ui.waitForBackgroundWork();
        TableView<?> table = ui.find("#results-table", TableView.class);
        ui.interact(
                () ->
                        table.getSelectionModel()
                                .select(2)); // C-0412 in November: two results, a chart
        visit.accept("therapist-results");
        ui.scrollIntoView(table);
        visit.accept("therapist-results-table");
        ui.scrollIntoView(ui.lookup("#results-history").query());
        visit.accept("therapist-results-history");
        ui.interact(table::requestFocus);
        ui.type(KeyCode.ENTER); // open the selected row's report
        visit.accept("therapist-report");
    }

    /**
     * Enter goes on, page after page (every step and the review at most), until the result is
     * there.
     */
    private void enterUntilTheResult() {
        for (int i = 0; i < 12 && ui.lookup("#band").tryQuery().isEmpty(); i++) {
            ui.type(KeyCode.ENTER);
        }
        assertThat(ui.lookup("#band").tryQuery())
                .as("the result, after Enter on every page; focus on %s", ui.focused())
                .isPresent();
    }

    private void back() {
        ui.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
    }
}
