package grayarea.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app image's launcher, as the tests can rebuild it from their own class path: JavaFX's jars
 * (the platform ones, with their classes) on the module path, everything else on the class path,
 * and the options of src/main/start/jvm-options.txt, which packaging/package-linux.sh gives
 * jpackage for the launcher.
 */
public final class Launcher {

    private Launcher() {}

    /** The options of src/main/start/jvm-options.txt: every line that is not empty or a comment. */
    public static List<String> options() throws IOException {
        return Files.readAllLines(Path.of("src/main/start/jvm-options.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** JavaFX's jars of the tests' class path that the launcher puts on its module path. */
    public static String modulePath() {
        return String.join(File.pathSeparator, entries(true));
    }

    /** The tests' class path without JavaFX's jars. */
    public static String classPath() {
        return String.join(File.pathSeparator, entries(false));
    }

    private static List<String> entries(boolean javafx) {
        List<String> chosen = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean isJavafx = name.startsWith("javafx-") && name.endsWith(".jar");
            // the launcher's module path: the modules with their classes (the -linux, -win, -mac
            // jars);
            // the plain javafx-*.jar of Maven are empty
            boolean onModulePath =
                    isJavafx
                            && name.matches(
                                    "javafx-(base|graphics|controls)-.*-(linux|win|mac)(-aarch64)?\\.jar");
            if (javafx ? onModulePath : !isJavafx) {
                chosen.add(entry);
            }
        }
        return chosen;
    }
}
