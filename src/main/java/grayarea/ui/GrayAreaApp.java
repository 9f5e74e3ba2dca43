package grayarea.ui;

import grayarea.bank.BankLoader;
import grayarea.session.DataFolder;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.AppIdentity;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.FirstFrame;
import grayarea.ui.toolkit.Themes;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Gray Area window. */
public final class GrayAreaApp extends Application {

    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 600;

    @Override
    public void start(Stage stage) {
        StartTimes.mark("Application.start");
        AppContext[] made = new AppContext[1];
        AppContext context = new AppContext(DataFolder.get(), null, () -> endNow(made[0]));
        made[0] = context;
        context.setFilePicker(filePicker(stage, context));
        open(
                stage,
                context,
                bankArgument(getParameters() == null ? List.of() : getParameters().getRaw()));
    }

    /**
     * The quick exit's end, once the windows are hidden: the passphrase's key is wiped, this run's
     * unpacked JavaFX libraries (if any) are removed, and the process ends at once. Platform.exit
     * would first shut the toolkit down and wait for the JVM's other threads, which kept the
     * process, and the answers in its memory, for another 1.4 to 2 seconds. Nothing is lost: every
     * save runs on the JavaFX thread, as does this, so none is ever cut off; and each is atomic
     * (AtomicFiles), so even a process killed mid-save leaves the old file or the new one.
     */
    static void endNow(AppContext context) {
        try {
            if (context != null) {
                context.vault().lock();
            }
            DesktopLauncher.removeNativeCache();
        } finally {
            Runtime.getRuntime().halt(0);
        }
    }

    /**
     * The file dialogs of the window: the app's own, which leave no entry in the desktop's recent
     * files (docs/decisions/0017-no-recent-files.md).
     */
    static FilePicker filePicker(Stage stage, AppContext context) {
        return new AppFilePicker(stage, context);
    }

    /** Builds the window in the stage with the given context; tests call this with their own. */
    public static AppFlow open(Stage stage, AppContext context, Optional<Path> bankFile) {
        StartTimes.mark("context (settings, texts)");
        Themes.apply(context.settings().theme(), null);
        StartTimes.mark("theme set");
        AppShell shell = new AppShell(context);
        AppFlow flow = new AppFlow(context, shell);
        Scene scene = new Scene(shell.root(), 980, 760);
        shell.attach(scene);
        StartTimes.mark("shell and scene built");
        flow.start(bankFile);
        StartTimes.mark("welcome page built");
        AppIdentity.show(stage, scene, context);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        StartTimes.atFirstPulse(scene);
        // the quiz needs the whole default bank: loaded in the background once the first frame is
        // out
        FirstFrame.then(scene, BankLoader::preloadDefault);
        FirstFrame.then(scene, () -> flow.watchIdle(scene));
        stage.show();
        StartTimes.mark("stage shown");
        return flow;
    }

    private static Optional<Path> bankArgument(List<String> args) {
        if (args.size() != 1) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(args.get(0));
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
