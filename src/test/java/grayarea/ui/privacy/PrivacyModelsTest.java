package grayarea.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.AppFiles;
import grayarea.session.AtomicFiles;
import grayarea.session.SessionStore;
import grayarea.session.Vault;
import grayarea.session.crypto.KdfParams;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.BackgroundWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The passphrase and lock pages' view models without a page: what they say, what they write, and
 * that every array of typed characters is wiped on every path. Background work runs at once here
 * (an executor that runs it in place); the window tests show it masked and off the screen's thread.
 */
@Timeout(60)
class PrivacyModelsTest {

    private static final String PASSPHRASE = "plum kettle river";

    @TempDir Path dataFolder;
    private AppContext context;
    private final List<String> said = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void context() {
        context =
                new AppContext(
                        dataFolder,
                        null,
                        () -> {},
                        new Vault(dataFolder, () -> KdfParams.freshForTests(1_000)));
        context.setBackground(new BackgroundWork(Runnable::run));
    }

    @Test
    void aShortOrDifferentPassphraseIsSaidUnderTheFirstFieldWritesNothingAndIsWiped()
            throws Exception {
        PassphraseViewModel model = new PassphraseViewModel(context);
        char[] first = "short".toCharArray();
        char[] second = "short".toCharArray();
        assertThat(onFx(() -> model.set(first, second, () -> said.add("set")))).isFalse();
        assertThat(model.problemProperty().get())
                .isEqualTo("The passphrase needs at least 8 characters.");
        assertThat(model.problemFieldProperty().get()).isEqualTo(PassphraseViewModel.Field.FIRST);
        assertThat(first).containsOnly('\0');
        assertThat(second).containsOnly('\0');

        char[] a = PASSPHRASE.toCharArray();
        char[] b = "plum kettle rover".toCharArray();
        assertThat(onFx(() -> model.set(a, b, () -> said.add("set")))).isFalse();
        assertThat(model.problemProperty().get())
                .isEqualTo("The two passphrases are not the same.");
        assertThat(a).containsOnly('\0');
        assertThat(b).containsOnly('\0');
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).doesNotExist();
        assertThat(said).isEmpty();
    }

    @Test
    void theSamePassphraseTwiceIsSetInTheBackgroundAndBothArraysAreWiped() throws Exception {
        PassphraseViewModel model = new PassphraseViewModel(context);
        char[] first = PASSPHRASE.toCharArray();
        char[] second = PASSPHRASE.toCharArray();
        assertThat(onFx(() -> model.set(first, second, () -> said.add("set")))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).containsExactly("set");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).exists();
        assertThat(first).containsOnly('\0');
        assertThat(second).containsOnly('\0');
    }

    @Test
    void aWrongPassphraseChangesNothingAndSaysSoTheRightOneUnlocks() throws Exception {
        context.vault().set(PASSPHRASE.toCharArray());
        context.vault().lock();
        UnlockVaultViewModel model =
                new UnlockVaultViewModel(context, () -> said.add("unlocked"), said::add);
        char[] wrong = "plum kettle rover".toCharArray();
        onFx(() -> model.unlock(wrong));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.problemProperty().get())
                .startsWith("That passphrase does not open what is kept");
        assertThat(wrong).containsOnly('\0');
        assertThat(context.vault().isOpen()).isFalse();

        char[] right = PASSPHRASE.toCharArray();
        onFx(() -> model.unlock(right));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).containsExactly("unlocked");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(right).containsOnly('\0');
        assertThat(context.vault().isOpen()).isTrue();
    }

    /** An unlock that fails for another reason than the passphrase says so, not "not saved". */
    @Test
    void anUnlockThatCannotReadIsNotCalledAWrongPassphraseOrAFailedSave() throws Exception {
        context = new AppContext(dataFolder, null, () -> {}, Vault.none());
        context.setBackground(new BackgroundWork(Runnable::run));
        UnlockVaultViewModel model =
                new UnlockVaultViewModel(context, () -> said.add("unlocked"), said::add);
        char[] typed = PASSPHRASE.toCharArray();
        onFx(() -> model.unlock(typed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.problemProperty().get())
                .isEqualTo(
                        "What is kept on this computer could not be read just now (the reason is"
                                + " unknown). Nothing was changed; please try again.");
        assertThat(typed).containsOnly('\0');
        assertThat(said).isEmpty();
    }

    @Test
    void whileTheKeyIsBeingMadeASecondPressStartsNothingAndItsCharactersAreWiped()
            throws Exception {
        List<Runnable> held = new ArrayList<>();
        context.setBackground(new BackgroundWork(held::add)); // work waits until the test runs it
        context.vault().set(PASSPHRASE.toCharArray());
        context.vault().lock();
        UnlockVaultViewModel model =
                new UnlockVaultViewModel(context, () -> said.add("unlocked"), said::add);
        char[] first = PASSPHRASE.toCharArray();
        char[] again = PASSPHRASE.toCharArray();
        assertThat(onFx(() -> model.unlock(first))).isTrue();
        assertThat(onFx(() -> model.unlock(again))).as("refused while the first runs").isFalse();
        assertThat(again).containsOnly('\0');
        assertThat(held).hasSize(1);
        onFx(
                () -> {
                    held.get(0).run();
                    return null;
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).containsExactly("unlocked");
    }

    @Test
    void aForgottenPassphraseDeletesEverythingAndTheSecondStepNamesWhatGoes() throws Exception {
        context.vault().set(PASSPHRASE.toCharArray());
        AtomicFiles.write(dataFolder.resolve(SessionStore.FILE), "{}".getBytes());
        context.vault().lock();
        UnlockVaultViewModel model =
                new UnlockVaultViewModel(context, () -> said.add("unlocked"), said::add);
        assertThat(model.deleteTitle())
                .isEqualTo("Delete everything Gray Area saved on this computer?");
        assertThat(model.deleteDetail())
                .startsWith("This deletes 2 files. It cannot be undone.")
                .contains(dataFolder.toString());
        onFx(
                () -> {
                    model.deleteEverything();
                    return null;
                });
        assertThat(said)
                .singleElement()
                .asString()
                .startsWith("2 files were deleted. Gray Area starts as new.");
        assertThat(dataFolder.resolve(SessionStore.FILE)).doesNotExist();
        assertThat(dataFolder.resolve(Vault.CHECK_FILE)).doesNotExist();
    }

    @Test
    void whatCouldNotBeDeletedIsNamedTheSameWayForBothPages() {
        String words =
                DeleteEverything.words(
                        context.texts(),
                        new AppFiles.Deleted(
                                2, List.of(dataFolder.resolve("session.json")), List.of()));
        assertThat(words)
                .isEqualTo(
                        "2 files were deleted. Gray Area starts as new. Files you saved elsewhere are not "
                                + "touched. 1 could not be deleted, such as "
                                + dataFolder.resolve("session.json")
                                + "; delete them by hand.");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
