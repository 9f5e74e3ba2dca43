package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Flag;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PinLock;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A therapist locks the computer to a hand-out for a client in the waiting room: full screen, no
 * closing, the lock survives a restart, the result goes to the results folder, only the PIN leaves,
 * and quick exit still works. Each client starts from nothing: once one finishes (or the app
 * restarts), nothing of their answers is on screen, reachable from it, or in a working file.
 */
class WaitingRoomTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private Path handOut;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** A therapist's hand-out for the waiting room, in the data folder. */
    private void aHandOut() throws IOException {
        handOut = dataFolder.resolve("waiting-room.grayarea");
        HandOutFile.save(
                handOut,
                new HandOut(
                        BANK.ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        null,
                        HandOut.ClientSees.THANK_YOU,
                        new PracticeProfile(
                                "Ana Ruiz", "Harbor Couples Therapy", null, null, List.of()),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
    }

    /**
     * A client's progress as versions before decision 19 kept it, left after the therapist had
     * gone.
     */
    private void whatAnOlderVersionLeft() throws IOException {
        Files.createDirectories(dataFolder.resolve(WaitingRoomStore.WORK));
        Files.writeString(
                dataFolder.resolve(WaitingRoomStore.WORK).resolve("session.json"),
                "{\"kind\": \"grayarea.session\", \"notes\": {\"connection-note\": \""
                        + CANARY
                        + "\"}}");
    }

    @Test
    void aWaitingRoomHoldsTheClientInTheQuizUntilTheTherapistsPin() throws Exception {
        open(this::aHandOut);
        interact(flow::showWaitingRoomSetup);
        assertThat(focused().getId()).isEqualTo("waiting-room-hand-out");
        clickOn("#waiting-room-start");
        assertThat(focused().getId())
                .as("the first problem takes the focus")
                .isEqualTo("waiting-room-hand-out");
        assertThat(focused().getAccessibleText())
                .isEqualTo("The hand-out. Choose the hand-out the client will take.");
        filesToPick.add(handOut);
        type(KeyCode.SPACE);
        clickOn("#waiting-room-code").write("=WR 7");
        clickOn("#waiting-room-pin").write("24");
        clickOn("#waiting-room-start");
        assertThat(focused().getId()).isEqualTo("waiting-room-code");
        assertThat(lookup(".question-error").queryAll())
                .extracting(n -> ((Label) n).getText())
                .contains(
                        "Use only letters, digits, spaces, dots, dashes and underscores, at most 40.",
                        "The PIN needs at least 4 characters.");
        screenshot("waiting-room-setup-problems");
        interact(() -> find("#waiting-room-code", TextField.class).setText("WR-7"));
        clickOn("#waiting-room-pin").write("68");
        clickOn("#waiting-room-pin-again").write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();

        assertLocked();
        screenshot("waiting-room-welcome");
        clickOn("#settings");
        assertThat(lookup("#delete-everything").tryQuery())
                .as("nothing in a waiting room can end it")
                .isEmpty();
        scrollAndClick("#settings-done");
        interact(
                () ->
                        Event.fireEvent(
                                stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).as("closing is refused").isTrue();

        restart();
        assertLocked();

        scrollAndClick("#start-partner");
        new QuizDriver(this, BANK, "partner", SoloQuizTest::planned)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER);
        assertThat(lookup("#waiting-room-saved").queryAs(Label.class).getText())
                .isEqualTo(
                        "Your answers have been saved for Ana Ruiz. Nothing of them stays on this screen."
                                + " You can leave the computer as it is.");
        assertThat(lookup("#save-for-therapist").tryQuery()).isEmpty();
        screenshot("waiting-room-done");
        Path results = dataFolder.resolve(WaitingRoomStore.RESULTS);
        List<Path> files;
        try (Stream<Path> list = Files.list(results)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("WR-7-");
        ResultFile.Contents saved = ResultFile.read(files.get(0));
        assertThat(saved.clientCode()).isEqualTo("WR-7");
        assertThat(saved.complete()).isFalse();

        clickOn("#for-the-therapist");
        clickOn("#unlock-pin").write("1111");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#unlock-error").queryAs(Label.class).getText())
                .isEqualTo("That is not the PIN. Try again, or go back.");
        screenshot("waiting-room-unlock");
        write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#for-the-therapist").tryQuery()).isEmpty();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(dataFolder.resolve(WaitingRoomStore.FILE)).doesNotExist();
        assertThat(lookup("#couple").tryQuery()).as("the therapist's own welcome page").isPresent();
    }

    @Test
    void quickExitStillWorksInAWaitingRoom() throws Exception {
        open(this::aHandOut);
        interact(flow::showWaitingRoomSetup);
        filesToPick.add(handOut);
        type(KeyCode.SPACE);
        clickOn("#waiting-room-pin").write("2468");
        clickOn("#waiting-room-pin-again").write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertLocked();
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        type(KeyCode.SHIFT);
        passTime(QuickExit.COVER_TIME);
        assertThat(quits.get()).isEqualTo(1);
        assertThat(dataFolder.resolve(WaitingRoomStore.FILE))
                .as("the next start returns to the lock")
                .exists();
    }

    private static final String CANARY = "canary-5e1d-waiting-room-note";

    /**
     * A waiting room on a hand-out that asks the private note and shows the client their result,
     * entered as after a start.
     */
    private WaitingRoom privateNoteRoom() throws IOException {
        // the therapist keeps things on this computer, as a practice's computer would
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        Path file = dataFolder.resolve("note.grayarea");
        HandOutFile.save(
                file,
                new HandOut(
                        BANK.ref(),
                        null,
                        "partner",
                        List.of("connection"),
                        null,
                        HandOut.ClientSees.RESULT,
                        new PracticeProfile(
                                "Ana Ruiz", "Harbor Couples Therapy", null, null, List.of()),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
        WaitingRoom room =
                new WaitingRoom(
                        file,
                        "WR-8",
                        PinLock.of("2468".toCharArray(), 1_000),
                        dataFolder.resolve(WaitingRoomStore.RESULTS),
                        Instant.now());
        new WaitingRoomStore(dataFolder).save(room);
        restart();
        assertLocked();
        return room;
    }

    /** The canary in the private note, both safety answers raising their flags. */
    private static Answer client(Question question) {
        if (question.id().equals("connection-note")) {
            return Answer.answered(new AnswerValue.FreeText(CANARY));
        }
        if (question.id().startsWith("safety")) {
            return Answer.answered(new AnswerValue.Choice("yes"));
        }
        return SoloQuizTest.planned(question);
    }

    /** What would tell the next person anything of this client: the note, the flags' words. */
    private void assertNothingOfTheClient(String screen) {
        assertThat(screen).doesNotContain(CANARY).doesNotContain("Resume where you left off?");
        for (Flag flag : BANK.flags()) {
            assertThat(screen)
                    .doesNotContain(flag.message().in("en"))
                    .doesNotContain(flag.label().in("en"));
        }
    }

    @Test
    void aFinishedClientLeavesNothingOfTheirsForTheNextPerson() throws Exception {
        open(this::aHandOut);
        privateNoteRoom();
        type(KeyCode.ENTER); // the one start the hand-out offers
        new QuizDriver(this, BANK, "partner", WaitingRoomTest::client)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        assertThat(allText()).as("the client's own review, while they are here").contains(CANARY);
        assertThat(canaryFiles())
                .as("nothing of the client in progress is written in plain text")
                .isEmpty();
        type(KeyCode.ENTER); // finish

        String done = allText();
        screenshot("waiting-room-thank-you");
        assertThat(lookup("#waiting-room-saved").queryAs(Label.class).getText())
                .isEqualTo(
                        "Your answers have been saved for Ana Ruiz. Nothing of them stays on this screen."
                                + " You can leave the computer as it is.");
        assertNothingOfTheClient(done);
        assertThat(lookup("#back-to-answers").tryQuery()).isEmpty();
        assertThat(lookup("#result-title").tryQuery()).isEmpty();
        assertThat(flow.quiz()).as("the window keeps no quiz to go back to").isEmpty();
        assertThat(focused().getId()).isEqualTo("next-person");
        // every control the keyboard reaches from here, and what each shows
        Set<Node> reached = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            type(KeyCode.TAB);
            reached.add(focused());
            assertNothingOfTheClient(allText());
        }
        assertThat(reached)
                .extracting(Node::getId)
                .contains("next-person", "for-the-therapist", "settings")
                .doesNotContain("back-to-answers", "save-result", "print", "delete-session");
        // the pages the bar opens from here, and back
        interact(() -> lookup("#for-the-therapist").queryButton().requestFocus());
        type(KeyCode.ENTER);
        assertThat(lookup("#unlock-pin").tryQuery()).isPresent();
        assertNothingOfTheClient(allText());
        type(KeyCode.ESCAPE); // Back
        assertThat(lookup("#next-person").tryQuery()).isPresent();
        interact(() -> lookup("#settings").queryButton().requestFocus());
        type(KeyCode.ENTER);
        assertNothingOfTheClient(allText());
        scrollAndClick("#settings-done");
        assertNothingOfTheClient(allText());
        assertThat(canaryFiles()).isEmpty();
        assertThat(dataFolder.resolve("waiting-room").resolve("session.json")).doesNotExist();
        List<Path> results = files(dataFolder.resolve(WaitingRoomStore.RESULTS));
        assertThat(results).hasSize(1);
        assertThat(ResultFile.read(results.get(0)).clientCode()).isEqualTo("WR-8");

        // the next person starts from an empty sheet
        assertThat(focused().getId()).isEqualTo("next-person");
        type(KeyCode.ENTER);
        assertLocked();
        assertNothingOfTheClient(allText());
        assertThat(lookup("#resume").tryQuery().map(Node::isVisible))
                .isNotEqualTo(Optional.of(true));
        type(KeyCode.ENTER);
        assertEmptySheet();
        assertNothingOfTheClient(allText());
        new QuizDriver(this, BANK, "partner", SoloQuizTest::planned)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        assertNothingOfTheClient(allText()); // the next person's review holds only their answers
        type(KeyCode.ENTER);
        assertThat(files(dataFolder.resolve(WaitingRoomStore.RESULTS)))
                .as("each client's own result, none replaced")
                .hasSize(2)
                .contains(results.get(0));

        // a restart: back into the waiting room, with nothing to resume
        restart();
        assertLocked();
        assertNothingOfTheClient(allText());
        assertThat(lookup("#resume").tryQuery().map(Node::isVisible))
                .isNotEqualTo(Optional.of(true));
        assertThat(focused().getId()).isEqualTo("start-partner");

        // the therapist leaves: no working file stays
        clickOn("#for-the-therapist");
        write("2468");
        type(KeyCode.ENTER);
        waitForBackgroundWork();
        assertThat(lookup("#for-the-therapist").tryQuery()).isEmpty();
        assertThat(files(dataFolder.resolve("waiting-room"))).isEmpty();
        assertThat(canaryFiles()).isEmpty();
        assertNothingOfTheClient(allText());
        assertThat(lookup("#resume").tryQuery().map(Node::isVisible))
                .isNotEqualTo(Optional.of(true));
    }

    @Test
    void aClientInterruptedByARestartIsNotOfferedToTheNextPerson() throws Exception {
        open(this::aHandOut);
        privateNoteRoom();
        type(KeyCode.ENTER);
        new QuizDriver(this, BANK, "partner", WaitingRoomTest::client).answerPagesByKeyboard(1);
        assertThat(canaryFiles()).isEmpty();

        restart(); // a quick exit, a crash, a power cut
        assertLocked();
        assertNothingOfTheClient(allText());
        assertThat(lookup("#resume").tryQuery().map(Node::isVisible))
                .isNotEqualTo(Optional.of(true));
        assertThat(focused().getId()).isEqualTo("start-partner");
        assertThat(files(dataFolder.resolve("waiting-room"))).isEmpty();
        type(KeyCode.ENTER);
        assertEmptySheet();
        assertNothingOfTheClient(allText());
        assertThat(canaryFiles()).isEmpty();
    }

    @Test
    void whatAnOlderVersionLeftInTheWorkingFolderIsDeletedAtTheNextStart() throws Exception {
        open(
                () -> {
                    whatAnOlderVersionLeft();
                    aHandOut();
                });
        assertThat(lookup("#welcome").tryQuery()).isPresent();
        assertThat(dataFolder.resolve(WaitingRoomStore.WORK)).doesNotExist();
        assertThat(canaryFiles()).isEmpty();
    }

    @Test
    void aResultThatCannotBeSavedStaysWithTheClientUntilItIs() throws Exception {
        open(this::aHandOut);
        WaitingRoom room = privateNoteRoom();
        Path results = room.resultsFolder();
        Files.writeString(results, "not a folder"); // the save will fail
        type(KeyCode.ENTER);
        new QuizDriver(this, BANK, "partner", WaitingRoomTest::client)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER);
        // each client is asked where they are (never kept in the therapist's settings): Enter
        // confirms the country the list starts on
        assertThat(lookup("#where-are-you-chooser-list").tryQuery()).isPresent();
        type(KeyCode.ENTER);
        assertThat(lookup("#waiting-room-saved").queryAs(Label.class).getText())
                .isEqualTo(
                        "Your answers could not be saved for Ana Ruiz ("
                                + results
                                + "). They are still here: let Ana Ruiz"
                                + " know, then go back to your answers and finish again.");
        assertThat(flow.quiz())
                .as("nothing is lost: the answers are still in the window")
                .isPresent();
        assertThat(lookup("#next-person").tryQuery()).isEmpty();

        Files.delete(results); // put right; the client goes back and finishes again
        interact(() -> lookup("#back-to-answers").queryButton().requestFocus());
        type(KeyCode.ENTER);
        assertThat(allText()).contains(CANARY);
        type(KeyCode.ENTER);
        assertThat(lookup("#next-person").tryQuery()).isPresent();
        assertThat(files(results)).hasSize(1);
        assertThat(flow.quiz()).isEmpty();
        assertNothingOfTheClient(allText());
    }

    /** The quiz in the window has nothing answered yet and no note. */
    private void assertEmptySheet() {
        assertThat(flow.quiz())
                .hasValueSatisfying(
                        q -> {
                            assertThat(q.toSheet().parts().values())
                                    .isNotEmpty()
                                    .allSatisfy(
                                            part ->
                                                    assertThat(part.values())
                                                            .extracting(Answer::status)
                                                            .containsOnly(
                                                                    Answer.Status.NOT_REACHED));
                            assertThat(q.notes()).isEmpty();
                        });
    }

    /** The regular files in a folder (and below it); none when it does not exist. */
    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every file under the data folder that holds the canary's bytes. */
    private List<Path> canaryFiles() throws IOException {
        byte[] canary = CANARY.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path file : files(dataFolder)) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i + canary.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + canary.length, canary, 0, canary.length)) {
                    found.add(file);
                    break;
                }
            }
        }
        return found;
    }

    private void assertLocked() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#for-the-therapist").tryQuery()).isPresent();
        assertThat(stage.isFullScreen())
                .as("full screen, %s x %s", stage.getWidth(), stage.getHeight())
                .isTrue();
        assertThat(lookup("#hand-out").tryQuery()).isPresent();
        assertThat(lookup("#open-bank").tryQuery()).isEmpty();
        assertThat(lookup("#use-default-bank").tryQuery()).isEmpty();
        assertThat(lookup("#couple").tryQuery()).isEmpty();
    }
}
