package grayarea.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.quiz.QuizTime;
import grayarea.session.Settings;
import grayarea.ui.toolkit.AppContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At a start the built-in bank loads after the first frame: the welcome page is drawn before the
 * times are known, each card keeping an empty line for its time, and the times then come in place,
 * nothing on the page moving and the focus staying where it is.
 */
class WelcomeTimesComeLaterTest extends FxRobot {

    @TempDir Path folder;

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void theCardsKeepALineForTheirTimeSoNothingMovesWhenItComes() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(folder, null, () -> {});
        context.updateSettings(context.settings().withStorage(Settings.Storage.KEEP));
        WelcomeViewModel model =
                new WelcomeViewModel(context, null, context.sessionStore(), Optional.empty());
        StackPane root = new StackPane();
        double[] before = new double[2];
        FxToolkit.setupStage(
                stage -> {
                    root.getChildren()
                            .add(
                                    new WelcomeView(
                                                    model,
                                                    context.texts(),
                                                    q -> {},
                                                    b -> {},
                                                    () -> {},
                                                    true,
                                                    () -> {})
                                            .node());
                    Scene scene = new Scene(root, 800, 600);
                    // laid out as the first frame is, before any frame (the times come after one)
                    root.applyCss();
                    root.layout();
                    Button partner = (Button) root.lookup("#start-partner");
                    Button couple = (Button) root.lookup("#couple");
                    assertThat(partner.getText())
                            .isEqualTo(
                                    "About my partner's behavior\n"
                                            + "Something your partner does has been on your"
                                            + " mind.\n"
                                            + "\u00a0");
                    assertThat(couple.getText()).endsWith("\n\u00a0");
                    assertThat(((Button) root.lookup("#therapist")).getText())
                            .as("no quiz: no line kept")
                            .doesNotContain("\u00a0");
                    before[0] = partner.getHeight();
                    before[1] = couple.getHeight();
                    stage.setScene(scene);
                    stage.show();
                });
        Button partner = lookup("#start-partner").queryButton();
        Button couple = lookup("#couple").queryButton();
        // the page loads the built-in bank itself once its first frame is out
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !partner.getText().endsWith("\u00a0"));
        WaitForAsyncUtils.waitForFxEvents();

        int minutes = QuizTime.solo(BankLoader.defaultBank(), "partner").minutes();
        assertThat(partner.getText()).endsWith("your mind.\nAbout " + minutes + " minutes");
        assertThat(partner.getAccessibleText())
                .isEqualTo(
                        "About my partner's behavior. Something your partner does has been on"
                                + " your mind. About "
                                + minutes
                                + " minutes");
        assertThat(couple.getText()).endsWith(" minutes for each turn");
        assertThat(partner.getHeight()).as("nothing moves").isEqualTo(before[0]);
        assertThat(couple.getHeight()).as("nothing moves").isEqualTo(before[1]);
        assertThat(partner.isFocused()).as("the focus stays").isTrue();
    }
}
