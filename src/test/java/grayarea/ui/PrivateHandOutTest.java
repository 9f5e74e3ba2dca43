package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.Vault;
import grayarea.session.crypto.CryptoFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, item 4: a therapist's hand-out opened (as on a double-click) on a computer where
 * someone else set a passphrase. The lock page offers it first as a private session; taking it
 * opens, changes and deletes nothing of what is kept there, and writes nothing.
 */
class PrivateHandOutTest extends UiTest {

    /** The visitor is asked where they are, as anyone at a first result. */
    @Override
    protected String helpRegionChosenBefore() {
        return null;
    }

    private static final QuestionBank BANK = BankLoader.loadDefault();
    private static final String OWNER_PASSPHRASE = "plum kettle river";
    private Path handOut;
    private Map<String, byte[]> before;

    @Override
    protected void beforeOpen() throws IOException {
        // the owner of this computer: a saved session, then a passphrase, which encrypts it
        prepareAnsweredSession(BANK, "self", SoloQuizTest::planned);
        Vault owners = testVault();
        owners.set(OWNER_PASSPHRASE.toCharArray());
        owners.lock();
        assertThat(CryptoFormat.kindOf(dataFolder.resolve("session.json")))
                .isEqualTo(CryptoFormat.Kind.ENCRYPTED);
        before = contents(dataFolder);

        // the hand-out, brought on a stick by another person
        handOut = Files.createTempDirectory("hand-out-").resolve("client-C-0412.grayarea");
        HandOutFile.save(
                handOut,
                new HandOut(
                        BANK.ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        "C-0412",
                        HandOut.ClientSees.RESULT,
                        new PracticeProfile(
                                "Dr. Ana Ruiz",
                                "Harbor Couples Therapy",
                                "555-0100",
                                null,
                                List.of()),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Override
    protected Optional<Path> bankArgument() {
        return Optional.of(handOut);
    }

    private static Answer plan(Question question) {
        if (question.type() == QuestionType.TEXT) {
            return Answer.answered(new AnswerValue.FreeText("canary-private-hand-out"));
        }
        return SoloQuizTest.planned(question);
    }

    @Test
    void aHandOutOnALockedComputerIsOfferedAsAPrivateSessionThatLeavesTheOwnersFilesAsTheyWere()
            throws Exception {
        assertThat(lookup("#unlock-hand-out").tryQuery())
                .as("the hand-out is offered on the lock page")
                .isPresent();
        assertThat(
                        lookup("#unlock-hand-out .label").queryAllAs(Label.class).stream()
                                .map(Label::getText))
                .contains("A questionnaire from Dr. Ana Ruiz · Harbor Couples Therapy");
        assertThat(lookup("#unlock-hand-out-detail").queryAs(Label.class).getText())
                .contains("without any passphrase: nothing of it is saved on this computer")
                .contains("nothing anyone keeps here is opened, changed or deleted");
        assertThat(focused().getId()).as("the safe way on comes first").isEqualTo("take-privately");
        assertThat(shown(lookup("#vault-delete-everything").query()))
                .as("no delete offered first")
                .isFalse();
        screenshot("unlock-hand-out");

        type(KeyCode.ENTER); // Take it as a private session
        assertThat(context.vault().isOpen()).as("nothing of the owner's is unlocked").isFalse();
        assertThat(lookup("#hand-out").tryQuery()).as("the hand-out's welcome").isPresent();
        assertThat(lookup("#resume-button").tryQuery())
                .as("nothing of the owner's is shown")
                .isEmpty();
        assertThat(lookup("#open-bank").tryQuery()).isEmpty();
        assertThat(lookup("#couple").tryQuery()).isEmpty();
        assertThat(lookup("#hand-out .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains(
                        "Nothing of this session is saved on this computer. At the end you choose whether to save "
                                + "your answers as a file for Dr. Ana Ruiz; private answers are never in that file.");
        screenshot("private-hand-out-welcome");

        if (!"start-partner".equals(focused().getId())) {
            scrollAndClick("#start-partner");
        } else {
            type(KeyCode.ENTER);
        }
        new QuizDriver(this, BANK, "partner", PrivateHandOutTest::plan)
                .straightToEachQuestion()
                .answerPagesByKeyboard();
        type(KeyCode.ENTER);
        // "Where are you?" is asked before this first result; Enter takes the system's country,
        // for this run only (the owner's files stay byte for byte, below)
        assertThat(lookup("#where-are-you").tryQuery()).isPresent();
        type(KeyCode.ENTER);
        assertThat(lookup("#save-for-therapist").tryQuery()).as("the result page").isPresent();
        // the theme switch in the bar, too, holds for this run only
        clickOn("#theme");

        assertThat(contents(dataFolder))
                .as("every file of the owner's, byte for byte, and no new one")
                .containsOnlyKeys(before.keySet().toArray(String[]::new))
                .allSatisfy(
                        (name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
        // when the private run ends (the owner unlocks), the owner's own settings are back, so the
        // visitor's theme never reaches settings.json with the owner's next save
        Settings owners = new SettingsStore(dataFolder).load();
        assertThat(context.settings())
                .as("the visitor's theme, for their run")
                .isNotEqualTo(owners);
        interact(() -> context.setPrivateRun(false));
        assertThat(context.settings()).isEqualTo(owners);
    }

    /**
     * The lock page with the hand-out, and the private session's welcome, whole in the smallest
     * window at 200 % in Spanish.
     */
    @Test
    void theOfferAndThePrivateWelcomeFitTheSmallestWindowAt200PercentInSpanish() {
        interact(
                () -> {
                    try {
                        context.updateSettings(
                                context.settings().withLanguage("es").withTextSize(200));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    stage.setWidth(800);
                    stage.setHeight(600);
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find("#take-privately", Button.class).getText())
                .isEqualTo("Responderlo como sesión privada");
        assertThat(interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot())))
                .isEmpty();
        screenshot("large-es-unlock-hand-out");
        assertThat(focused().getId()).isEqualTo("take-privately");
        type(KeyCode.ENTER);
        assertThat(lookup("#hand-out").tryQuery()).isPresent();
        assertThat(interactReturning(() -> LayoutCheck.problems(stage.getScene().getRoot())))
                .isEmpty();
        screenshot("large-es-private-hand-out-welcome");
    }

    /** Whether the node and every node around it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every file under the folder, by its relative name. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return all;
    }
}
