package grayarea.ui;

import grayarea.session.Settings;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.AppIdentity;
import grayarea.ui.toolkit.FirstFrame;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.Themes;
import java.io.IOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.MaskerPane;

/**
 * The frame around every screen: the quick-exit button first (first in Tab order too), the app's
 * name, the theme switch, and the page itself. A blank cover lies on top, shown only by the quick
 * exit.
 */
public final class AppShell {

    private final AppContext context;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane page = new StackPane();

    /** The page and, while slow work runs, a mask over it (made the first time it is needed). */
    private final StackPane pageArea = new StackPane();

    private MaskerPane mask;
    private Node focusBeforeWork;
    private final Pane cover = new Pane();
    private final Button quickExitButton = new Button();
    private final Button themeButton = new Button();
    private final Button settingsButton = new Button();
    private final Button therapistButton = new Button();
    private final Button lockNowButton = new Button();
    private Runnable onLockNow = () -> {};
    private final FlowPane bar = new FlowPane(12, 8);
    private boolean locked;
    private Scene scene;
    private Runnable onSettings = () -> {};
    private final Label title = new Label();
    private final QuickExit quickExit;

    public AppShell(AppContext context) {
        this.context = context;
        this.quickExit = new QuickExit(cover, context.quit(), context.clock());
        createParts();
        layoutParts();
        bind();
    }

    /** The parts; their words come from {@link #showSettings}. */
    private void createParts() {
        quickExitButton.setId("quick-exit");
        quickExitButton.setGraphic(Icon.X_CIRCLE.node());
        quickExitButton.getStyleClass().add(Style.QUICK_EXIT);
        quickExitButton.setOnAction(e -> quickExit.trigger());

        // beside the quick exit whenever a passphrase is set and open (AppFlow says when)
        lockNowButton.setId("top-lock-now");
        lockNowButton.setGraphic(Icon.LOCK.node());
        lockNowButton.setOnAction(e -> onLockNow.run());
        lockNowButton.setVisible(false);
        lockNowButton.setManaged(false);

        title.getStyleClass().add(Style.APP_TITLE);

        themeButton.setId("theme");
        themeButton.setOnAction(e -> toggleTheme());

        settingsButton.setId("settings");
        settingsButton.setGraphic(Icon.SETTINGS.node());
        settingsButton.setOnAction(e -> onSettings.run());

        therapistButton.setId("for-the-therapist");
        therapistButton.setGraphic(Icon.LOCK.node());

        cover.setId("cover");
        cover.getStyleClass().add(Style.QUICK_EXIT_COVER);
        cover.setVisible(false);
        cover.setFocusTraversable(false);

        page.setId("page");
        page.getStyleClass().add(Style.PAGE);
    }

    private void layoutParts() {
        // a bar that wraps onto a second line with large text rather than cutting its words
        bar.getChildren()
                .addAll(quickExitButton, lockNowButton, title, themeButton, settingsButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Style.TOP_BAR);
        bar.setAccessibleRole(AccessibleRole.TOOL_BAR);
        frame.setTop(bar);
        pageArea.getChildren().add(page);
        frame.setCenter(pageArea);
        root.getChildren().addAll(frame, cover);
        root.getStyleClass().add(Style.APP_ROOT);
    }

    private void bind() {
        context.settingsProperty().addListener((obs, old, now) -> showSettings(now));
        showSettings(context.settings());
        context.background().busyProperty().addListener((obs, was, busy) -> showBusy(busy));
    }

    /**
     * While slow work runs, the page is masked and takes no input (the bar, with the quick exit,
     * stays usable); after it, the focus goes back where it was, unless the work's result moved it.
     */
    private void showBusy(boolean busy) {
        if (mask == null) {
            mask = new MaskerPane();
            mask.setId("busy");
            mask.textProperty().bind(context.background().whatProperty());
            mask.setVisible(false);
            pageArea.getChildren().add(mask);
        }
        if (busy) {
            focusBeforeWork = scene == null ? null : scene.getFocusOwner();
        }
        mask.setVisible(busy);
        page.setDisable(busy);
        // what would leave the page meanwhile waits too (the quick exit never does; the theme may
        // change)
        settingsButton.setDisable(busy);
        lockNowButton.setDisable(busy);
        therapistButton.setDisable(busy);
        if (!busy
                && focusBeforeWork != null
                && focusBeforeWork.getScene() == scene
                && !focusBeforeWork.isDisabled()) {
            focusBeforeWork.requestFocus();
        }
        if (!busy) {
            focusBeforeWork = null;
        }
    }

    /** Theme, text size and the bar's own words, as the settings say now. */
    private void showSettings(Settings settings) {
        Texts texts = context.texts();
        quickExitButton.setText(texts.get("quickExit.button"));
        if (quickExitButton.getTooltip() != null) {
            quickExitButton.getTooltip().setText(texts.get("quickExit.tooltip"));
        }
        quickExitButton.setAccessibleHelp(texts.get("quickExit.tooltip"));
        title.setText(AppIdentity.name(texts, settings));
        settingsButton.setText(texts.get("settings.button"));
        lockNowButton.setText(texts.get("lockNow.button"));
        lockNowButton.setAccessibleHelp(texts.get("lockNow.help"));
        therapistButton.setText(texts.get("waitingRoom.therapist"));
        boolean dark = settings.theme() != Settings.Theme.LIGHT;
        themeButton.setText(texts.get(dark ? "theme.toLight" : "theme.toDark"));
        themeButton.setGraphic((dark ? Icon.SUN : Icon.MOON).node());
        Themes.apply(settings.theme(), scene);
        root.getStyleClass().removeIf(c -> c.startsWith("text-"));
        if (settings.textSize() != 100) {
            root.getStyleClass().add("text-" + settings.textSize());
        }
    }

    /** What "Lock now" in the bar does. */
    public void onLockNow(Runnable action) {
        this.onLockNow = action;
    }

    /** Shows "Lock now" in the bar, beside the quick exit, or hides it (nothing to lock with). */
    public void offerLockNow(boolean on) {
        lockNowButton.setVisible(on);
        lockNowButton.setManaged(on);
    }

    /** What the settings button opens. */
    public void onSettings(Runnable action) {
        this.onSettings = action;
    }

    private void toggleTheme() {
        Settings.Theme next =
                context.settings().theme() == Settings.Theme.DARK
                        ? Settings.Theme.LIGHT
                        : Settings.Theme.DARK;
        try {
            context.updateSettings(context.settings().withTheme(next));
        } catch (IOException e) {
            // the theme still changes for this run; saving it is not worth an interruption
        }
    }

    /** Puts a page in the frame. */
    public void show(Node content) {
        page.getChildren().setAll(content);
    }

    public Parent root() {
        return root;
    }

    public QuickExit quickExit() {
        return quickExit;
    }

    /**
     * Locks the window for a waiting room, or unlocks it: full screen with no way out by keyboard,
     * closing refused, back to full screen and to the front whenever the window manager takes
     * either away ({@link #holdInFront}), and a "For the therapist" button in the bar that runs
     * {@code onTherapist}. Quick exit still works.
     */
    public void lock(boolean on, Runnable onTherapist) {
        locked = on;
        therapistButton.setOnAction(e -> onTherapist.run());
        bar.getChildren().remove(therapistButton);
        if (on) {
            therapistButton.setText(context.texts().get("waitingRoom.therapist"));
            bar.getChildren().add(therapistButton);
        }
        applyLock();
    }

    public boolean locked() {
        return locked;
    }

    private void applyLock() {
        if (scene != null && scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitKeyCombination(locked ? KeyCombination.NO_MATCH : null);
            stage.setFullScreenExitHint(locked ? "" : null);
            stage.setFullScreen(locked);
        }
    }

    /**
     * While locked, the window comes back whenever the window manager takes it away: minimized (its
     * window menu's Iconify), out of full screen, or behind another program's window. It waits a
     * moment after losing the focus, so that a window of the app's own (a dialog) keeps it; a
     * window being hidden (the quick exit) is left alone.
     */
    private void holdInFront(Stage stage) {
        stage.iconifiedProperty()
                .addListener(
                        (o, was, iconified) -> {
                            if (iconified) {
                                bringBack(stage);
                            }
                        });
        stage.fullScreenProperty()
                .addListener(
                        (o, was, fullScreen) -> {
                            if (!fullScreen) {
                                bringBack(stage);
                            }
                        });
        // a window manager that takes the window out of full screen does not tell JavaFX so (its
        // fullScreen stays true): what shows it is the window no longer covering its screen, once
        // it
        // has covered it (a screen without a window manager, as in the headless tests, never does).
        // Checked after every move or resize, and twice a second while locked, since a move can
        // come
        // before the window first covered its screen, or not be reported at all.
        boolean[] covered = {false};
        Runnable check =
                () -> {
                    if (!locked || !stage.isShowing()) {
                        return;
                    }
                    if (coversItsScreen(stage)) {
                        covered[0] = true;
                    } else if (covered[0] && stage.isFullScreen()) {
                        // out and in again: the fullScreen listener above brings it back
                        stage.setFullScreen(false);
                    }
                };
        PauseTransition resized = new PauseTransition(Duration.millis(300));
        resized.setOnFinished(e -> check.run());
        InvalidationListener moved = o -> resized.playFromStart();
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        Timeline watch = new Timeline(new KeyFrame(Duration.millis(500), e -> check.run()));
        watch.setCycleCount(Animation.INDEFINITE);
        watch.play();
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(
                e -> {
                    boolean ownWindowFocused =
                            Window.getWindows().stream().anyMatch(Window::isFocused);
                    if (!ownWindowFocused) {
                        bringBack(stage);
                    }
                });
        stage.focusedProperty()
                .addListener(
                        (o, was, focused) -> {
                            if (focused) {
                                settle.stop();
                            } else if (locked) {
                                settle.playFromStart();
                            }
                        });
    }

    private static boolean coversItsScreen(Stage stage) {
        var screens =
                Screen.getScreensForRectangle(
                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
        return stage.getWidth() >= bounds.getWidth() - 1
                && stage.getHeight() >= bounds.getHeight() - 1;
    }

    private void bringBack(Stage stage) {
        Platform.runLater(
                () -> {
                    if (!locked || !stage.isShowing()) {
                        return;
                    }
                    stage.setIconified(false);
                    applyLock();
                    stage.toFront();
                    stage.requestFocus();
                });
    }

    /** Makes the scene's stylesheet and the quick-exit shortcut part of the scene. */
    public void attach(Scene scene) {
        this.scene = scene;
        scene.windowProperty()
                .addListener(
                        (obs, old, window) -> {
                            if (window != null) {
                                window.addEventFilter(
                                        WindowEvent.WINDOW_CLOSE_REQUEST,
                                        e -> {
                                            if (locked) {
                                                e.consume();
                                            }
                                        });
                                window.showingProperty()
                                        .addListener(
                                                (o, was, showing) -> {
                                                    if (showing) {
                                                        applyLock();
                                                    }
                                                });
                                if (window instanceof Stage stage) {
                                    holdInFront(stage);
                                }
                                if (window.isShowing()) {
                                    // a new scene in a showing window leaves full screen once it is
                                    // in: lock again after
                                    Platform.runLater(this::applyLock);
                                }
                            }
                        });
        scene.getStylesheets().add(AppShell.class.getResource("app.css").toExternalForm());
        quickExit.watch(scene);
        StartTimes.watchInput(scene);
        Themes.apply(context.settings().theme(), scene);
        // a tooltip shows only on hover, so it is made after the first frame (it costs a popup
        // window's classes and timers)
        FirstFrame.then(
                scene,
                () ->
                        quickExitButton.setTooltip(
                                new Tooltip(context.texts().get("quickExit.tooltip"))));
    }
}
