package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.CoupleSession;
import grayarea.session.CoupleStore;
import grayarea.session.PinLock;
import grayarea.session.ResultFile;
import grayarea.session.SavedFiles;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Two private turns on one computer, then the comparison. */
class CoupleModeTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void twoPrivateTurnsThenTheComparison() throws Exception {
        open(CoupleModeTest::firstRun);
        keepProgressIfAsked();
        scrollAndClick("#couple");
        screenshot("couple-setup");
        scrollAndClick("#first-name");
        write("Sam");
        scrollAndClick("#second-name");
        write("Дарья");
        scrollAndClick("#second-pin");
        write("4821");
        type(KeyCode.TAB);
        write("4821");
        scrollAndClick("#couple-start");
        waitForBackgroundWork(); // Дарья's PIN is made into a key

        screenshot("couple-handover-first");
        assertThat(lookup(".section-title").queryAs(Label.class).getText())
                .isEqualTo("Pass the computer to Sam");
        type(KeyCode.ENTER);
        // each question entered directly and answered by its keys (AccessibilityTest and the solo
        // keyboard run reach every control by Tab), which keeps the suite within its time
        QuizDriver first =
                new QuizDriver(this, BANK, null, CoupleModeTest::planFirst)
                        .straightToEachQuestion();
        // about me: eight sections; about my partner: the four worded per perspective (questions
        // worded the same for both, such as the safety ones, are asked once); then the boundary
        // map
        assertThat(first.answerPagesByKeyboard()).isEqualTo(13);
        screenshot("couple-review");
        type(KeyCode.ENTER); // finish my turn
        screenshot("couple-sharing");
        // Enter on the focused box goes on with what is ticked; it does not untick the box
        assertThat(focused()).isInstanceOf(CheckBox.class);
        type(KeyCode.ENTER);
        screenshot("couple-turn-done");
        clickOn("#hand-over");

        screenshot("couple-handover-second");
        assertThat(lookup(".section-title").queryAs(Label.class).getText())
                .isEqualTo("Pass the computer to Дарья");
        clickOn("#turn-pin").write("1111");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#pin-error").queryAs(Label.class).getText())
                .isEqualTo("That PIN does not match. Try again, or ask Дарья to type it.");
        write("4821");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        // Sam's turn went by Tab from question to question; Дарья's goes straight into each (the
        // same pages, shuffled
        // anew: the test is what each of them sees and shares, not the Tab order again)
        QuizDriver second =
                new QuizDriver(this, BANK, null, CoupleModeTest::planSecondSkippingSafety)
                        .straightToEachQuestion();
        assertThat(second.answerPagesByKeyboard()).isEqualTo(13);
        type(KeyCode.ENTER);
        scrollAndClick("#sharing-done");
        waitForBackgroundWork(); // Дарья's turn is sealed under her PIN
        clickOn("#hand-over");
        screenshot("couple-together");
        // Дарья's turn is kept under her PIN: in the file only encrypted, nothing of it beside
        var saved = JsonDocument.read(dataFolder.resolve(CoupleStore.FILE)).root().path("partners");
        assertThat(saved.get(1).path("turn").has("sealedAnswers")).isTrue();
        assertThat(saved.get(1).path("turn").has("answers")).isFalse();
        assertThat(saved.get(1).path("turn").has("shared")).isFalse();
        // Sam chose no PIN, Дарья one: beside her sealed turn, nothing of Sam's is written, not
        // even what he shared
        assertThat(saved.get(0).path("turn").propertyNames())
                .containsExactlyInAnyOrder("step", "finished", "sharingSet");
        assertThat(Files.readString(dataFolder.resolve(CoupleStore.FILE)))
                .doesNotContain("4821")
                .doesNotContain("¿qué necesito?")
                .doesNotContain("connection-note")
                .doesNotContain("safety-");
        // sitting together, Дарья types her PIN so the comparison can use what she shared
        write("1111");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#together-pin-1-error").queryAs(Label.class).getText())
                .isEqualTo("That PIN does not match. Try again, or ask Дарья to type it.");
        write("4821");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        screenshot("couple-comparison");
        String comparison = allText();
        assertThat(comparison)
                .contains("Where your lines meet, and where they differ")
                .doesNotContain("not available")
                // Дарья left the safety questions unanswered: her own result page would say so,
                // gently; a comparison both partners read never does
                .doesNotContain(context.texts().get("result.safetyUnanswered"));
        // Sam said everything is fine, Дарья that all of it crosses a line: every behaviour is a
        // mismatch
        for (var behaviour : BANK.behaviours()) {
            assertThat(comparison).contains(behaviour.label().in("en"));
        }
        assertThat(Files.exists(dataFolder.resolve(CoupleStore.FILE))).isTrue();
    }

    private static final String CANARY = "canary-7f3a-private-note";
    private static final String NOTE_CANARY = "canary-91bd-no-pin-note";

    /**
     * Sam's plan for a turn without a PIN: a private note with a canary, both safety questions
     * answered.
     */
    private static Answer planWithCanaries(Question q) {
        if (q.id().equals("connection-note")) {
            return Answer.answered(new AnswerValue.FreeText(NOTE_CANARY));
        }
        if (q.id().startsWith("safety-")) {
            return Answer.answered(new AnswerValue.Choice("no"));
        }
        return planFirst(q);
    }

    private final long testStarted = System.currentTimeMillis() - 1_000;

    /** Every file under the data folder, as text. */
    private String everyFileTheAppWrote() throws IOException {
        return filesUnder(List.of(dataFolder));
    }

    /**
     * Every file under the data folder, and every file in the temp folder written since this test
     * began (other programs' too: search it only for this test's own canaries), as text.
     */
    private String everyFileTheAppCouldHaveWritten() throws IOException {
        return filesUnder(List.of(dataFolder, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    private String filesUnder(List<Path> roots) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : roots) {
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(
                                Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile()
                                    && attributes.size() < 5_000_000
                                    && (root.equals(dataFolder)
                                            || attributes.lastModifiedTime().toMillis()
                                                    >= testStarted)) {
                                try {
                                    all.append(file)
                                            .append('\n')
                                            .append(
                                                    new String(
                                                            Files.readAllBytes(file),
                                                            StandardCharsets.UTF_8));
                                } catch (IOException unreadable) {
                                    // another program's file this test may not read: not the app's
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        return all.toString();
    }

    @Test
    void aTurnWithoutAPinWritesNoAnswerAndIsTakenAgainAfterARestart() throws Exception {
        open(CoupleModeTest::firstRun);
        keepProgressIfAsked();
        scrollAndClick("#couple");
        assertThat(lookup("#couple-no-pin-note").queryAs(Label.class).getText())
                .startsWith(
                        "Without a PIN, nothing you answer is written to this computer's files");
        scrollAndClick("#first-name");
        write("Sam");
        scrollAndClick("#second-name");
        write("Дарья");
        scrollAndClick("#couple-start");
        type(KeyCode.ENTER);
        new QuizDriver(this, BANK, null, CoupleModeTest::planWithCanaries)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER); // finish my turn
        // the first answer offered is left out (Space unticks the focused box)
        String unshared = focused().getId();
        assertThat(unshared).startsWith("share-self-");
        type(KeyCode.SPACE);
        assertThat(((CheckBox) focused()).isSelected()).isFalse();
        type(KeyCode.TAB);
        type(KeyCode.ENTER); // goes on, the box left as Space set it
        assertThat(context.coupleStore().load())
                .isInstanceOfSatisfying(
                        SavedFiles.Found.Contents.class,
                        kept ->
                                assertThat(
                                                ((CoupleSession) kept.value())
                                                        .partner(0)
                                                        .turn()
                                                        .answers()
                                                        .part("self")
                                                        .get(
                                                                unshared.substring(
                                                                        "share-self-".length()))
                                                        .shared())
                                        .isFalse());
        clickOn("#hand-over");

        assertThat(everyFileTheAppCouldHaveWritten()).doesNotContain(NOTE_CANARY);
        String files = everyFileTheAppWrote();
        assertThat(files).contains(CoupleStore.FILE);
        assertThat(files)
                .as("the private note")
                .doesNotContain(NOTE_CANARY)
                .doesNotContain("connection-note");
        assertThat(files)
                .as("the safety answers")
                .doesNotContain("safety-afraid")
                .doesNotContain("safety-checked");
        assertThat(files)
                .as("the unshared answer, and every other")
                .doesNotContain(unshared.substring("share-self-".length()))
                .doesNotContain("freq-")
                .doesNotContain("\"answers\"");

        // the app closes before Дарья's turn: Sam's turn was kept only in the window
        restart();
        keepProgressIfAsked();
        scrollAndClick("#couple");
        clickOn("#couple-resume-button");
        assertThat(lookup(".section-title").queryAs(Label.class).getText())
                .isEqualTo("Pass the computer to Sam");
        assertThat(lookup("#turn-lost").queryAs(Label.class).getText())
                .startsWith(
                        "Sam, your turn had no PIN, so it was kept only while the app was open");
        screenshot("couple-handover-lost");
        type(KeyCode.ENTER);
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).startsWith("Step 1 of");
    }

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** Nothing kept yet: a first run. */
    private static void firstRun() {}

    /**
     * Answers kept; a couple whose first turn (Sam's) raised the safety flag, both turns done, not
     * yet saved.
     */
    private void aFlaggedTurnAndAnother() throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        AnswerSheet flagged =
                turn(
                        q ->
                                q.id().equals("safety-afraid")
                                        ? Answer.answered(new AnswerValue.Choice("yes"))
                                        : q.id().equals("connection-note")
                                                ? Answer.answered(new AnswerValue.FreeText(CANARY))
                                                : planFirst(q));
        AnswerSheet other = turn(CoupleModeTest::planSecond);
        flaggedSession =
                new CoupleSession(
                        null,
                        List.of(
                                new CoupleSession.Partner(
                                        "Sam",
                                        null,
                                        new CoupleSession.Turn(
                                                flagged, CoupleTurns.review(BANK), true, true)),
                                new CoupleSession.Partner(
                                        "Дарья",
                                        null,
                                        new CoupleSession.Turn(
                                                other, CoupleTurns.review(BANK), false, false))),
                        Instant.now());
    }

    private CoupleSession flaggedSession;

    /**
     * A couple session saved before turns were encrypted: Sam's PIN as a hash, Sam's answers plain,
     * halfway.
     */
    private void formatOneSession() throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        AnswerSheet sam = turn(CoupleModeTest::planFirst);
        Files.writeString(
                dataFolder.resolve(CoupleStore.FILE),
                """
                {"kind": "grayarea.couple-session", "formatVersion": 1, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "pin": %s,
                               "turn": {"step": 3, "finished": false, "sharingSet": false, "answers": %s}},
                              {"name": "Дарья"}]}
                """
                        .formatted(
                                PinLock.of("2468".toCharArray(), 1_000).tree(),
                                Json.write(AnswerSheetJson.toTree(sam))));
    }

    @Test
    void aFormatOneSessionAsksForThePinAndIsSealedOnceItIsTyped() throws Exception {
        open(this::formatOneSession);
        keepProgressIfAsked();
        scrollAndClick("#couple");
        clickOn("#couple-resume-button");
        assertThat(lookup("#turn-pin").tryQuery()).as("the PIN from before is asked").isPresent();
        write("1357");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#pin-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#pin-error-forgotten").queryAs(Label.class).getText())
                .startsWith("If the PIN is forgotten, this turn can't be opened");
        // rewritten as format 3 at the start, but a format-1 PIN still guards it until typed
        assertThat(Files.readString(dataFolder.resolve(CoupleStore.FILE)))
                .contains("\"formatVersion\" : 3")
                .contains("\"pin\"");
        screenshot("couple-handover-forgotten");
        // a way out without the PIN: back to the start, the session kept as it was
        clickOn("#handover-back");
        keepProgressIfAsked();
        scrollAndClick("#couple");
        clickOn("#couple-resume-button");
        write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#step-label").queryAs(Label.class).getText()).startsWith("Step 4 of");
        var sam =
                JsonDocument.read(dataFolder.resolve(CoupleStore.FILE))
                        .root()
                        .path("partners")
                        .get(0);
        assertThat(sam.has("pin")).isFalse();
        assertThat(sam.path("turn").has("sealedAnswers")).isTrue();
        assertThat(sam.path("turn").has("answers")).isFalse();
    }

    private static AnswerSheet turn(Function<Question, Answer> plan) {
        return CoupleTurns.answered(BANK, plan);
    }

    @Test
    void aFlaggedTurnNeverReachesTheOtherPartnersScreens() throws Exception {
        open(this::aFlaggedTurnAndAnother);
        String fear = BANK.flag("safety-fear").orElseThrow().message().in("en");
        // Sam took a turn without a PIN earlier in this run: it is in the app's memory, not in its
        // files
        context.coupleStore().save(flaggedSession);
        assertThat(everyFileTheAppWrote()).doesNotContain(CANARY).doesNotContain("safety-afraid");
        keepProgressIfAsked();
        scrollAndClick("#couple");
        clickOn("#couple-resume-button");
        List<String> screens = new ArrayList<>();
        screens.add(allText()); // hand-over to Дарья
        type(KeyCode.ENTER); // continue my turn: the review of Дарья's own answers
        screens.add(allText());
        type(KeyCode.ENTER); // finish my turn
        screens.add(allText()); // sharing
        scrollAndClick("#sharing-done");
        screens.add(allText()); // thank you, hidden
        clickOn("#hand-over");
        screens.add(allText()); // together
        clickOn("#show-comparison");
        String comparison = allText();
        screens.add(comparison);
        screenshot("couple-comparison-unavailable");
        // the app's neutral sentence, then the bank's own words (the default bank's "texts")
        assertThat(comparison)
                .contains("A comparison is not available for these two turns.")
                .contains(
                        "This can happen for reasons that are no one's fault. "
                                + BANK.texts().comparisonUnavailable().in("en"));
        for (String screen : screens) {
            assertThat(screen)
                    .doesNotContain(CANARY)
                    .doesNotContain(fear)
                    .doesNotContain("1-800-799-7233")
                    .doesNotContain("Sam's");
        }
        assertThat(lookup("#turn-safety").tryQuery()).isEmpty();
        // both turns done: the gate is one flag for the session, both entries alike, no answers of
        // either
        var saved = JsonDocument.read(dataFolder.resolve(CoupleStore.FILE)).root();
        assertThat(saved.path("comparison").asString()).isEqualTo("not-available");
        assertThat(saved.path("partners").get(0).path("turn"))
                .isEqualTo(saved.path("partners").get(1).path("turn"));
        assertThat(everyFileTheAppWrote())
                .doesNotContain(CANARY)
                .doesNotContain("safety-afraid")
                .doesNotContain("\"answers\"");

        // the couple's file for their therapist: only what each shared, the flagged turn a neutral
        // marker
        Path file = dataFolder.resolve("out").resolve("couple-result.json");
        Files.createDirectories(file.getParent());
        filesToPick.add(file);
        scrollAndClick("#comparison-for-therapist");
        waitForBackgroundWork();
        assertThat(lookup("#comparison-status").queryAs(Label.class).getText())
                .isEqualTo("Saved to " + file + ". It holds only what each of you chose to share.");
        assertThat(Files.readString(file)).doesNotContain(CANARY).doesNotContain("safety-afraid");
        assertThat(ResultFile.readAny(file))
                .isInstanceOfSatisfying(
                        ResultFile.CoupleContents.class,
                        couple ->
                                assertThat(
                                                couple.first().available()
                                                        || couple.second().available())
                                        .as(
                                                "both turns are the same neutral marker: the file does not say whose turn closed it")
                                        .isFalse());
        assertThat(Files.readString(file)).doesNotContain("\"answers\"");
    }

    static Answer planFirst(Question q) {
        return QuizBehaviourTest.low(q);
    }

    /** The second plan, but the safety questions left unanswered ("prefer not to say"). */
    static Answer planSecondSkippingSafety(Question q) {
        return q.safety() && q.declinable() ? Answer.declined() : planSecond(q);
    }

    static Answer planSecond(Question q) {
        if (q.type() == QuestionType.BOUNDARY) {
            return Answer.answered(
                    new AnswerValue.BoundaryRating(
                            AnswerValue.Rating.CROSSES_LINE, AnswerValue.Rating.CROSSES_LINE));
        }
        return SoloQuizTest.planned(q);
    }
}
