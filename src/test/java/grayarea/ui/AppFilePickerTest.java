package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own file dialogs (decision 0017), driven by keyboard on Monocle: what they list, where
 * they go, what they return, and that saving over a file asks first with "Keep the file" focused.
 * That they leave no recent-files entry is {@link NoRecentFilesTest}'s, in a real window.
 */
@Timeout(60)
class AppFilePickerTest extends FxRobot {

    @TempDir Path folder;

    private Stage owner;
    private AppFilePicker picker;

    @BeforeEach
    void openOwner() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(
                stage -> {
                    stage.setScene(new Scene(new StackPane(), 400, 300));
                    stage.show();
                });
        System.setProperty("user.home", folder.toString());
        picker = new AppFilePicker(owner, new AppContext(folder.resolve(".data"), null, () -> {}));
    }

    @AfterEach
    void closeDialogs() throws Exception {
        System.setProperty("user.home", HOME);
        interact(
                () ->
                        Window.getWindows().stream()
                                .filter(w -> w != owner)
                                .toList()
                                .forEach(Window::hide));
        FxToolkit.hideStage();
    }

    private static final String HOME = System.getProperty("user.home");

    private <T> CompletableFuture<T> ask(Function<AppFilePicker, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.apply(picker)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    /*
     * Monocle gives a new window no focus of its own (a window manager does, see NoRecentFilesTest),
     * so keys are sent to the newest window's focus owner as events, where a window manager's focus
     * would send them; Enter there reaches the default button as it does on a desktop.
     */
    private Window newest() {
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        return showing.get(showing.size() - 1);
    }

    private Node focused() {
        return interactReturning(() -> newest().getScene().getFocusOwner());
    }

    /**
     * Sends a key without waiting for its handling to end: it may open a dialog that waits itself.
     */
    private void press(KeyCode key) {
        Platform.runLater(
                () -> {
                    Node target = newest().getScene().getFocusOwner();
                    Event.fireEvent(
                            target,
                            new KeyEvent(
                                    KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                    Event.fireEvent(
                            target,
                            new KeyEvent(
                                    KeyEvent.KEY_RELEASED,
                                    "",
                                    "",
                                    key,
                                    false,
                                    false,
                                    false,
                                    false));
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeText(String text) {
        interact(() -> ((TextField) newest().getScene().getFocusOwner()).setText(text));
    }

    private <T> T interactReturning(Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        interact(
                () -> {
                    try {
                        result.complete(action.call());
                    } catch (Exception e) {
                        result.completeExceptionally(e);
                    }
                });
        return result.join();
    }

    private static FilePicker.Request json(String suggested) {
        return new FilePicker.Request("Save the thing", "JSON files (*.json)", "json", suggested);
    }

    @Test
    void savingTypesANameAndGetsTheEndingAdded() throws Exception {
        CompletableFuture<Optional<Path>> saved = ask(p -> p.save(json("result.json")));
        assertThat(focused().getId()).isEqualTo("file-dialog-name");
        typeText("for-later");
        press(KeyCode.ENTER);
        assertThat(saved.get(5, TimeUnit.SECONDS)).contains(folder.resolve("for-later.json"));
    }

    @Test
    void savingOverAFileAsksFirstAndKeepingItIsTheFocusedChoice() throws Exception {
        Files.writeString(folder.resolve("result.json"), "earlier");
        CompletableFuture<Optional<Path>> saved = ask(p -> p.save(json("result.json")));
        press(KeyCode.ENTER);
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo(
                        "result.json already exists in "
                                + folder
                                + ". Replacing it loses what it holds now.");
        assertThat(((Button) focused()).getText()).isEqualTo("Keep the file");
        press(KeyCode.ENTER);
        assertThat(saved).as("kept: the dialog is still open").isNotDone();
        assertThat(focused().getId()).isEqualTo("file-dialog-name");
        press(KeyCode.ENTER);
        press(KeyCode.TAB);
        assertThat(((Button) focused()).getText()).isEqualTo("Replace it");
        press(KeyCode.SPACE);
        assertThat(saved.get(5, TimeUnit.SECONDS)).contains(folder.resolve("result.json"));
        assertThat(Files.readString(folder.resolve("result.json")))
                .as("the picker only chooses; the caller writes")
                .isEqualTo("earlier");
    }

    @Test
    void openingListsFoldersThenMatchingFilesAndGoesWhereItIsTold() throws Exception {
        Files.createDirectories(folder.resolve("Notes"));
        Files.createDirectories(folder.resolve(".hidden"));
        Files.writeString(folder.resolve("b.json"), "{}");
        Files.writeString(folder.resolve("A.JSON"), "{}");
        Files.writeString(folder.resolve("other.txt"), "");
        Files.writeString(folder.resolve("Notes").resolve("inside.json"), "{}");
        CompletableFuture<Optional<Path>> opened = ask(p -> p.open(json(null)));
        assertThat(names()).containsExactly("Notes", "A.JSON", "b.json");
        typeText("Notes");
        press(KeyCode.ENTER);
        assertThat(names()).containsExactly("inside.json");
        assertThat(lookup("#file-dialog-folder").queryAs(Label.class).getText())
                .isEqualTo("In " + folder.resolve("Notes"));
        typeText("missing.json");
        press(KeyCode.ENTER);
        assertThat(lookup("#file-dialog-problem").queryAs(Label.class).getText())
                .isEqualTo(
                        "There is no file called missing.json in " + folder.resolve("Notes") + ".");
        // from the list: Backspace goes up, Enter on a file chooses it
        clickOnList();
        press(KeyCode.BACK_SPACE);
        assertThat(names()).contains("b.json");
        interact(() -> list().getSelectionModel().select(folder.resolve("b.json")));
        clickOnList();
        press(KeyCode.ENTER);
        assertThat(opened.get(5, TimeUnit.SECONDS)).contains(folder.resolve("b.json"));

        CompletableFuture<Optional<Path>> again = ask(p -> p.open(json(null)));
        assertThat(names())
                .as("the next dialog starts where the last one ended")
                .contains("b.json");
        press(KeyCode.ESCAPE);
        assertThat(again.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void openingManyReturnsEverySelectedFile() throws Exception {
        Files.writeString(folder.resolve("one.json"), "{}");
        Files.writeString(folder.resolve("two.json"), "{}");
        CompletableFuture<List<Path>> opened = ask(p -> p.openMany(json(null)));
        interact(() -> list().getSelectionModel().selectIndices(0, 1));
        interact(() -> lookup("#file-dialog-accept").queryButton().fire());
        assertThat(opened.get(5, TimeUnit.SECONDS))
                .containsExactly(folder.resolve("one.json"), folder.resolve("two.json"));
    }

    @Test
    void noCodeOpensTheSystemsFileDialogs() {
        JavaClasses app =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("grayarea");
        ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javafx.stage.FileChooser")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javafx.stage.DirectoryChooser")
                .because(
                        "the system's dialogs add every file to the desktop's recent files (decision 17)")
                .check(app);
    }

    @SuppressWarnings("unchecked")
    private ListView<Path> list() {
        return lookup("#file-dialog-list").queryAs(ListView.class);
    }

    private List<String> names() {
        return list().getItems().stream().map(p -> p.getFileName().toString()).toList();
    }

    private void clickOnList() {
        interact(() -> list().requestFocus());
    }
}
