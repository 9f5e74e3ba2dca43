package grayarea;

import grayarea.bank.BankLoader;
import grayarea.cli.GrayAreaCli;
import grayarea.ui.DesktopLauncher;
import grayarea.ui.StartTimes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Picks the window or the command line. No arguments, or one argument that is an existing file (as
 * the desktop passes on a double-click), opens the window; anything else is the command line.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (opensWindow(args)) {
            StartTimes.mark("main");
            // what the welcome page needs of the default bank is read while the toolkit starts;
            // the whole bank is loaded after the first frame (GrayAreaApp)
            BankLoader.preloadDefaultPerspectives();
            DesktopLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(GrayAreaCli.run(args, out, err));
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
