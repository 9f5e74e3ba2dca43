package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.session.SessionStore;
import grayarea.session.Vault;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.BackgroundWork;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lock page: the passphrase is stretched off the screen's thread, with the page masked and a
 * second Enter refused; "I forgot the passphrase" deletes only after a second step whose safe
 * choice has the focus and which names what goes, and says what it could not delete as the settings
 * page does.
 */
class LockPageTest extends UiTest {

    private static final String PASSPHRASE = "plum kettle river";

    @Override
    protected void beforeOpen() throws IOException {
        prepareAnsweredSession(BankLoader.loadDefault(), "partner", SoloQuizTest::planned);
        testVault().set(PASSPHRASE.toCharArray(), List.of());
    }

    @Test
    void theKeyIsStretchedOffTheScreensThreadWithThePageMaskedAndASecondEnterStartsNothing()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        // work handed to this executor waits for the test's word before it runs
        BackgroundWork held =
                new BackgroundWork(
                        work -> {
                            started.incrementAndGet();
                            Thread thread =
                                    new Thread(
                                            () -> {
                                                try {
                                                    release.await();
                                                } catch (InterruptedException e) {
                                                    Thread.currentThread().interrupt();
                                                }
                                                work.run();
                                            },
                                            "held-background-work");
                            thread.setDaemon(true);
                            thread.start();
                        });
        interact(
                () -> {
                    context =
                            new AppContext(
                                    dataFolder,
                                    context.filePicker(),
                                    quits::incrementAndGet,
                                    testVault());
                    context.setBackground(held);
                    flow = GrayAreaApp.open(stage, context, Optional.empty());
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused().getId()).isEqualTo("vault-passphrase");

        write(PASSPHRASE);
        type(KeyCode.ENTER);
        CountDownLatch fxRan = new CountDownLatch(1);
        Platform.runLater(fxRan::countDown);
        assertThat(fxRan.await(5, TimeUnit.SECONDS))
                .as("the JavaFX thread runs other work meanwhile")
                .isTrue();
        assertThat(lookup("#busy").query().isVisible()).as("the page is masked").isTrue();
        assertThat(allText()).contains("Opening what is saved…");
        screenshot("busy-unlocking");
        assertThat(lookup("#unlock-vault").query().isDisabled()).isTrue();
        assertThat(lookup("#settings").query().isDisabled())
                .as("what would leave the page waits for its work too")
                .isTrue();
        assertThat(lookup("#quick-exit").query().isDisabled())
                .as("the quick exit never waits")
                .isFalse();
        type(KeyCode.ENTER);
        assertThat(started.get()).as("a second Enter starts nothing").isEqualTo(1);
        assertThat(lookup("#resume-button").tryQuery())
                .as("nothing kept shown before the key")
                .isEmpty();

        release.countDown();
        waitForBackgroundWork();
        assertThat(lookup("#busy").query().isVisible()).isFalse();
        assertThat(lookup("#resume-button").tryQuery())
                .as("unlocked: the saved quiz is offered")
                .isPresent();
        assertThat(started.get()).isEqualTo(1);
    }

    @Test
    void aForgottenPassphraseDeletesOnlyAfterASecondStepThatNamesWhatGoesWithKeepFocused() {
        assertThat(dataFolder.resolve(SessionStore.FILE)).exists();
        clickOn("#vault-forgot");
        scrollAndClick("#vault-delete-everything");
        assertThat(lookup("#vault-delete-confirm-title").queryAs(Label.class).getText())
                .isEqualTo("Delete everything Gray Area saved on this computer?");
        assertThat(lookup("#vault-delete-confirm-detail").queryAs(Label.class).getText())
                .startsWith("This deletes 3 files. It cannot be undone.")
                .contains(dataFolder.toString());
        assertThat(focused().getId())
                .as("the safe choice has the focus")
                .isEqualTo("vault-delete-confirm-keep");
        type(KeyCode.ENTER); // Keep it: nothing goes
        assertThat(dataFolder.resolve(SessionStore.FILE)).exists();
        assertThat(focused().getId()).isEqualTo("vault-delete-everything");

        type(KeyCode.ENTER);
        interact(() -> lookup("#vault-delete-confirm-yes").query().requestFocus());
        type(KeyCode.ENTER);
        assertThat(dataFolder.resolve(SessionStore.FILE)).doesNotExist();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).doesNotExist();
        assertThat(lookup("#welcome-message").queryAs(Label.class).getText())
                .startsWith("3 files were deleted. Gray Area starts as new.");
        assertThat(lookup("#vault-passphrase").tryQuery()).isEmpty();
    }
}
