package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.bank.AnswerSheet;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Every screen at 200 % text in the smallest window (800x600), in Spanish (the longer of the
 * two languages) and in English: no text may be cut or overlap another. Screenshots of each.
 */
class LargeTextTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    private String language() {
        return testName.contains("Spanish") ? "es" : "en";
    }

    private List<java.nio.file.Path> results;

    @Override
    protected void beforeOpen() throws java.io.IOException {
        if (testName.contains("Therapist")) {
            new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withTextSize(200)
                    .withLanguage(language()));
            new grayarea.session.PracticeProfileStore(dataFolder).save(TherapistFiles.PROFILE);
            results = TherapistFiles.results(dataFolder.resolve("results"));
            return;
        }
        if (testName.contains("Couple")) {
            new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withTextSize(200)
                    .withLanguage("es"));
            AnswerSheet first = CoupleTurns.answered(BANK, QuizBehaviourTest::low);
            AnswerSheet second = CoupleTurns.answered(BANK, SoloQuizTest::planned);
            new CoupleStore(dataFolder).save(new CoupleSession(null, List.of(
                    new CoupleSession.Partner("Sam", null, new CoupleSession.Turn(first, 11, true, true)),
                    new CoupleSession.Partner("Дарья", null, new CoupleSession.Turn(second, 11, false, false))),
                    java.time.Instant.now()));
            return;
        }
        prepareAnsweredSession(BANK, "partner", q -> q.id().equals("safety-afraid")
                ? grayarea.bank.Answer.answered(new grayarea.bank.AnswerValue.Choice("yes")) : SoloQuizTest.planned(q));
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP).withTextSize(200)
                .withLanguage(language()));
    }

    @Test
    void everySoloScreenInSpanish() {
        visitEverySoloScreen();
    }

    @Test
    void everySoloScreenInEnglish() {
        visitEverySoloScreen();
    }

    private void visitEverySoloScreen() {
        interact(() -> {
            stage.setWidth(GrayAreaApp.MIN_WIDTH);
            stage.setHeight(GrayAreaApp.MIN_HEIGHT);
        });
        restart();
        List<String> problems = new ArrayList<>();
        check("welcome", problems);
        clickOn("#settings");
        check("settings", problems);
        scrollAndClick("#settings-done");
        type(KeyCode.SPACE);                         // resume: the review page
        check("review", problems);
        for (int step = 7; step >= 1; step--) {
            press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
            check("step-" + step, problems);
        }
        for (int i = 0; i < 8; i++) {
            type(KeyCode.ENTER);                     // on to the review and the result
        }
        assertThat(lookup("#band").tryQuery()).isPresent();
        check("result", problems);
        scrollAndClick("#delete-session");
        check("welcome-after-delete", problems);
        scrollAndClick("#couple");
        check("couple-setup", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCoupleScreenInSpanish() {
        interact(() -> {
            stage.setWidth(GrayAreaApp.MIN_WIDTH);
            stage.setHeight(GrayAreaApp.MIN_HEIGHT);
        });
        restart();
        List<String> problems = new ArrayList<>();
        scrollAndClick("#couple");
        check("couple-resume", problems);
        scrollAndClick("#couple-resume-button");
        check("couple-handover", problems);
        type(KeyCode.ENTER);                         // Дарья continues: her review
        check("couple-review", problems);
        type(KeyCode.ENTER);
        check("couple-sharing", problems);
        scrollAndClick("#sharing-done");
        check("couple-turn-done", problems);
        scrollAndClick("#hand-over");
        check("couple-together", problems);
        scrollAndClick("#show-comparison");
        check("couple-comparison", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHandOutScreenInSpanish() throws java.io.IOException {
        Path handOut = dataFolder.resolve("cliente.grayarea");
        grayarea.session.HandOutFile.save(handOut, new grayarea.session.HandOut(BANK.ref(), null, "partner",
                List.of("behaviours"), "C-0412", grayarea.session.HandOut.ClientSees.THANK_YOU,
                new grayarea.session.PracticeProfile("Ольга Петренко", "Consultorio de terapia de pareja Bahía",
                        "555-0142", "Tómate tu tiempo. No hay respuestas correctas.",
                        List.of(new grayarea.session.PracticeProfile.LocalResource("Línea de crisis del condado",
                                "Llama al 555-0199", "día y noche"))),
                null, java.time.Instant.now()));
        interact(() -> {
            stage.setWidth(GrayAreaApp.MIN_WIDTH);
            stage.setHeight(GrayAreaApp.MIN_HEIGHT);
        });
        List<String> problems = new ArrayList<>();
        scrollAndClick("#discard-button");
        filesToPick.add(handOut);
        scrollAndClick("#open-bank");
        check("handout-welcome", problems);
        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", SoloQuizTest::planned).answerPagesByKeyboard();
        type(KeyCode.ENTER);
        check("handout-thank-you", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTherapistScreenInSpanish() {
        visitEveryTherapistScreen();
    }

    @Test
    void everyTherapistScreenInEnglish() {
        visitEveryTherapistScreen();
    }

    /** Mostly by keyboard: dragging the scroll bar to each button would take most of the time. */
    private void visitEveryTherapistScreen() {
        interact(() -> {
            stage.setWidth(GrayAreaApp.MIN_WIDTH);
            stage.setHeight(GrayAreaApp.MIN_HEIGHT);
        });
        restart();
        List<String> problems = new ArrayList<>();
        interact(flow::startTherapist);
        check("therapist-home", problems);
        type(KeyCode.SPACE);                            // the first card, Practice profile, has the focus
        check("therapist-profile", problems);
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE, KeyCode.ENTER);        // the name is required: its message in words
        check("therapist-profile-error", problems);
        interact(flow::startTherapist);
        type(KeyCode.TAB, KeyCode.SPACE);               // Make a hand-out
        check("therapist-handout", problems);
        interact(flow::startTherapist);
        type(KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE);  // Client results
        filesToPick.addAll(results);
        type(KeyCode.SPACE);                            // Open result files… has the focus
        javafx.scene.control.TableView<?> table = find("#results-table", javafx.scene.control.TableView.class);
        interact(() -> table.getSelectionModel().select(2));
        check("therapist-results", problems);
        scrollIntoView(table);
        check("therapist-results-table", problems);
        scrollIntoView(lookup("#results-history").query());
        check("therapist-results-history", problems);
        interact(table::requestFocus);
        type(KeyCode.ENTER);                            // open the selected row's report
        check("therapist-report", problems);
        assertThat(problems).isEmpty();
    }

    private void check(String screen, List<String> problems) {
        screenshot("large-" + language() + "-" + screen);
        List<String> found = interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot()));
        found.forEach(p -> problems.add(screen + ": " + p));
    }
}
