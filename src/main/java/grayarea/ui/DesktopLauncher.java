package grayarea.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;

/**
 * Starts the JavaFX application. A plain class, not an Application subclass, so that the app starts
 * from the class path (an Application as the jar's main class fails there).
 */
public final class DesktopLauncher {

    private DesktopLauncher() {}

    /** JavaFX's own system property: the folder it unpacks its native libraries into. */
    static final String CACHE_PROPERTY = "javafx.cachedir";

    public static void launch(String[] args) {
        StartTimes.mark("launch");
        placeNativeLibraryCache();
        Application.launch(GrayAreaApp.class, args);
    }

    /**
     * Keeps JavaFX from writing into the home folder. JavaFX loads its native libraries from beside
     * its jars when they are there (the installed app, and {@code java -jar target/grayarea.jar}:
     * the build unpacks them there), and then writes nothing; otherwise (an IDE, {@code mvn
     * javafx:run}, jars copied without them) it would unpack them into {@code ~/.openjfx/cache}.
     * Then they go into a temp folder of this run instead, owner-only from its creation and deleted
     * when the app ends, never into the home folder or the data folder (docs/privacy.md). A folder
     * given with {@code -Djavafx.cachedir} is left as given.
     */
    /** This run's folder of unpacked JavaFX libraries, or null: removed at the end of the run. */
    private static volatile Path nativeCache;

    static void placeNativeLibraryCache() {
        if (System.getProperty(CACHE_PROPERTY) != null
                || nativeLibrariesBeside(Application.class)) {
            return;
        }
        try {
            Path folder =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                            ? Files.createTempDirectory(
                                    "javafx-",
                                    PosixFilePermissions.asFileAttribute(
                                            PosixFilePermissions.fromString("rwx------")))
                            : Files.createTempDirectory("javafx-");
            System.setProperty(CACHE_PROPERTY, folder.toString());
            nativeCache = folder;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> deleteTree(folder), "remove-native-cache"));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no temp folder: JavaFX falls back to its own cache, which holds program files only
        }
    }

    /**
     * Whether JavaFX finds its native libraries without unpacking them: beside the jar the class
     * came from, or in a Java runtime that has JavaFX linked in (no jar at all).
     */
    static boolean nativeLibrariesBeside(Class<?> javafxClass) {
        try {
            var source = javafxClass.getProtectionDomain().getCodeSource();
            if (source == null
                    || source.getLocation() == null
                    || !"file".equals(source.getLocation().getProtocol())) {
                return true;
            }
            Path jar = Path.of(URI.create(source.getLocation().toString()));
            return Files.isRegularFile(jar)
                    && jar.getParent() != null
                    && Files.isRegularFile(jar.getParent().resolve(System.mapLibraryName("glass")));
        } catch (IllegalArgumentException | SecurityException | FileSystemNotFoundException e) {
            return false;
        }
    }

    /**
     * Removes this run's unpacked libraries now: the quick exit ends the process without shutdown
     * hooks.
     */
    static void removeNativeCache() {
        Path folder = nativeCache;
        if (folder != null) {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // what can't go (a library Windows still holds) stays in the temp folder
        }
    }
}
