package grayarea.ui;

import grayarea.bank.Answer;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.quiz.Step;
import grayarea.session.SessionStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.Vault;
import grayarea.session.crypto.KdfParams;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.SoloStore;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window in a headless stage, with a temporary data folder, file dialogs answered from a
 * queue, and a quit action that records instead of ending the tests. Screens are written to
 * target/screenshots/ as PNG.
 */
public abstract class UiTest extends FxRobot {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir protected Path dataFolder;

    protected AppContext context;
    protected AppFlow flow;
    protected Stage stage;
    protected final AtomicInteger quits = new AtomicInteger();
    protected final Deque<Path> filesToPick = new ArrayDeque<>();

    /** The time the window's timers go by: it stands still until {@link #passTime} moves it on. */
    protected final ManualClock clock = new ManualClock();

    /** What the app last asked the file picker for: its title, filter and suggested name. */
    protected FilePicker.Request lastRequest;

    /**
     * Override to prepare the data folder (settings, a saved session) before the window opens
     * before every test.
     */
    protected void beforeOpen() throws IOException {}

    /** Override to pass a bank file as on a double-click; asked once the data is prepared. */
    protected Optional<Path> bankArgument() {
        return Optional.empty();
    }

    /**
     * Override to answer true in a class whose tests need different data: then no window opens
     * before a test, and each test begins with {@link #open(Setup)}, naming what it prepares.
     */
    protected boolean eachTestOpensTheWindow() {
        return false;
    }

    /** What a test prepares in the data folder before the window opens. */
    @FunctionalInterface
    protected interface Setup {
        void prepare() throws Exception;
    }

    /** The window's usual size in these tests. */
    protected static final Dimension2D USUAL_SIZE = new Dimension2D(980, 760);

    /** The smallest the window can be made, 800x600. */
    protected static final Dimension2D SMALLEST =
            new Dimension2D(GrayAreaApp.MIN_WIDTH, GrayAreaApp.MIN_HEIGHT);

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        if (!eachTestOpensTheWindow()) {
            open(this::beforeOpen);
        }
    }

    /** Prepares the data folder, then opens the window on it, as at a start. */
    protected void open(Setup setup) throws Exception {
        open(setup, USUAL_SIZE);
    }

    /** The same, the window opening at that size. */
    protected void open(Setup setup, Dimension2D size) throws Exception {
        setup.prepare();
        FxToolkit.setupStage(
                primary -> {
                    context =
                            new AppContext(
                                    dataFolder,
                                    new QueuedFilePicker(),
                                    quits::incrementAndGet,
                                    testVault());
                    context.setClock(clock);
                    answerWhereAreYou();
                    flow = GrayAreaApp.open(primary, context, bankArgument());
                    primary.setWidth(size.getWidth());
                    primary.setHeight(size.getHeight());
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The country for help lines that the person is taken to have chosen before, in memory only
     * (never written): most tests are not about "Where are you?", which is asked before the first
     * result page until a country is chosen. Null leaves the question to be asked
     * (HelpChooserTest).
     */
    protected String helpRegionChosenBefore() {
        return "US";
    }

    private void answerWhereAreYou() {
        if (helpRegionChosenBefore() != null && context.settings().helpRegion() == null) {
            context.settingsProperty()
                    .set(context.settings().withHelpRegion(helpRegionChosenBefore()));
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    /**
     * Writes a saved solo session with every question answered by the plan and the review page
     * reached, as a person would leave it; the next start offers to resume it.
     */
    protected void prepareAnsweredSession(
            QuestionBank bank, String perspective, Function<Question, Answer> plan)
            throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        QuizState state =
                new QuizState(
                        bank, null, perspective, "en", new SoloStore(new SessionStore(dataFolder)));
        for (Step step : state.steps()) {
            for (Question question : state.questionsOf(step)) {
                if (state.isShown(step, question)) {
                    state.setAnswer(step, question, plan.apply(question));
                }
            }
        }
        state.stepProperty().set(state.steps().size());
    }

    /**
     * The vault for the window under test: passphrases are stretched with 2,000 iterations instead
     * of the shipped 600,000, which only tests may do, so that a tour setting a passphrase stays
     * quick. VaultTest and the crypto tests keep the shipped cost.
     */
    protected Vault testVault() {
        return new Vault(dataFolder, () -> KdfParams.freshForTests(2_000));
    }

    /**
     * Lets that much time pass for the window's timers (idle lock, quick exit), as if nobody
     * touched anything meanwhile.
     */
    protected void passTime(Duration time) {
        interact(() -> clock.advance(time));
    }

    /** Reopens the window on the same data folder, as after a restart. */
    protected void restart() {
        interact(
                () -> {
                    context =
                            new AppContext(
                                    dataFolder,
                                    new QueuedFilePicker(),
                                    quits::incrementAndGet,
                                    testVault());
                    context.setClock(clock);
                    answerWhereAreYou();
                    flow = GrayAreaApp.open(stage, context, Optional.empty());
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the slow work a page started (key derivation, sealing, a PDF: BackgroundWork) is
     * done and what it ended in is on the screen. Waits on the work itself, not for a fixed time.
     */
    protected void waitForBackgroundWork() {
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> !interactReturning(() -> context.background().isBusy()));
        } catch (TimeoutException e) {
            throw new AssertionError("background work still running after 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the window as it looks now to target/screenshots/NAME.png. */
    protected void screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        WritableImage image = interactReturning(() -> scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        try {
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(buffered, "png", SCREENSHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected <T> T interactReturning(Callable<T> action) {
        Object[] holder = new Object[1];
        interact(
                () -> {
                    try {
                        holder[0] = action.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        @SuppressWarnings("unchecked")
        T value = (T) holder[0];
        return value;
    }

    /** Drags the page's scroll bar until the node is in view, as a person would with the mouse. */
    protected void scrollIntoView(Node node) {
        ScrollPane scroll = (ScrollPane) lookup(".page-scroll").query();
        for (int i = 0; i < 6 && !inView(scroll, node); i++) {
            Node bar = ownChild(scroll, ".scroll-bar:vertical");
            Node thumb = bar == null ? null : bar.lookup(".thumb");
            if (bar == null || thumb == null || !bar.isVisible()) {
                return;
            }
            Bounds b = node.localToScene(node.getBoundsInLocal());
            Bounds v = viewport(scroll);
            double range =
                    scroll.getContent().getBoundsInLocal().getHeight()
                            - scroll.getViewportBounds().getHeight();
            double travel =
                    bar.getBoundsInLocal().getHeight() - thumb.getBoundsInLocal().getHeight();
            if (range <= 0 || travel <= 0) {
                return;
            }
            double shift =
                    b.getMinY() < v.getMinY()
                            ? b.getMinY() - v.getMinY() - 16
                            : b.getMaxY() - v.getMaxY() + 16;
            double before = scroll.getVvalue();
            drag(thumb, MouseButton.PRIMARY).moveBy(0, shift / range * travel).drop();
            if (scroll.getVvalue() == before) {
                return; // at the end already: as far as the page goes
            }
        }
    }

    private static Bounds viewport(ScrollPane scroll) {
        Node viewport = ownChild(scroll, ".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** A part of the scroll pane's own skin (not of a text area inside it). */
    private static Node ownChild(ScrollPane scroll, String selector) {
        return scroll.lookupAll(selector).stream()
                .filter(n -> n.getParent() == scroll)
                .findFirst()
                .orElse(null);
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds v = viewport(scroll);
        return b.getMinY() >= v.getMinY() - 0.5 && b.getMaxY() <= v.getMaxY() + 0.5;
    }

    /**
     * On a first run, by keyboard: the first focus is the storage choice (nothing preselected);
     * Space chooses to keep progress, Enter goes on to the first card.
     */
    protected void keepProgressByKeyboard() {
        Assertions.assertThat(focused().getId()).isEqualTo("storage-keep");
        type(KeyCode.SPACE, KeyCode.ENTER);
    }

    /**
     * With the mouse, when the welcome page asks how to keep answers and nothing is chosen yet (a
     * first run): chooses to keep progress on this computer. Elsewhere it does nothing.
     */
    protected void keepProgressIfAsked() {
        boolean chosen =
                lookup("#storage .radio-button").queryAll().stream()
                        .anyMatch(n -> ((RadioButton) n).isSelected());
        if (!chosen && lookup("#storage-keep").tryQuery().isPresent()) {
            scrollAndClick("#storage-keep");
        }
    }

    /** Scrolls to the node and clicks it. */
    protected void scrollAndClick(String query) {
        Node node = lookup(query).query();
        scrollIntoView(node);
        clickOn(node);
    }

    /**
     * Every text on screen now, labels, buttons, fields and accessible texts alike (to search for
     * what must not show).
     */
    protected String allText() {
        StringBuilder out = new StringBuilder();
        interact(() -> collectText(stage.getScene().getRoot(), out));
        return out.toString();
    }

    private static void collectText(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            out.append(labeled.getText()).append('\n');
        }
        if (node instanceof TextInputControl input) {
            out.append(input.getText()).append('\n');
        }
        if (node.getAccessibleText() != null) {
            out.append(node.getAccessibleText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collectText(c, out));
        }
    }

    protected Node focused() {
        return interactReturning(() -> stage.getScene().getFocusOwner());
    }

    protected <T extends Node> T find(String query, Class<T> type) {
        return lookup(query).queryAs(type);
    }

    private final class QueuedFilePicker implements FilePicker {
        @Override
        public Optional<Path> open(Request request) {
            lastRequest = request;
            return Optional.ofNullable(filesToPick.poll());
        }

        /** Several files at once: every file queued. */
        @Override
        public List<Path> openMany(Request request) {
            lastRequest = request;
            List<Path> all = new ArrayList<>(filesToPick);
            filesToPick.clear();
            return all;
        }

        @Override
        public Optional<Path> save(Request request) {
            lastRequest = request;
            return Optional.ofNullable(filesToPick.poll());
        }
    }
}
