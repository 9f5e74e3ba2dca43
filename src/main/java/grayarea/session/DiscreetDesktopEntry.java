package grayarea.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Discreet mode's menu entry, for the app installed from its Linux package: a per-user desktop
 * entry with the same desktop-file id as the package's system-wide one, in {@code
 * $XDG_DATA_HOME/applications} (else {@code ~/.local/share/applications}), which the desktop shows
 * instead of the system one. It gives the neutral name, comment and icon, starts the installed
 * launcher, and keeps the system entry's file types, so a double-clicked hand-out still opens in
 * the app. Its icon is a copy of the neutral icon in the app's data folder ({@link #ICON_FILE}, one
 * of {@link AppFiles}'s names).
 *
 * <p>The app writes it only while discreet mode is on and the person keeps things on this computer
 * (a private session writes nothing), and removes it when discreet mode goes off or everything is
 * deleted. A file at that place is replaced or removed only when it holds {@link #MARKER}: an entry
 * someone made by hand is never touched.
 *
 * <p>The app counts as installed when jpackage's launcher started it (it sets the system property
 * {@code jpackage.app-path}) and the package's own desktop entry lies beside that launcher, in
 * {@code lib/} (where jpackage's Linux packages keep it, named {@code PACKAGE-LAUNCHER.desktop}).
 * Run as a plain jar, from an app image that was never installed, or on Windows and macOS, there is
 * no system entry to stand in for, and nothing is written.
 */
public final class DiscreetDesktopEntry {

    /**
     * The line that marks the entry as the app's own: only a file with it is ever replaced or
     * deleted.
     */
    static final String MARKER =
            "X-GrayArea-Discreet-Mode=written by the app; removed when discreet mode is turned off";

    /** The neutral icon the entry shows, kept in the app's data folder. */
    public static final String ICON_FILE = "discreet-icon.png";

    /** Set by jpackage's launcher in an installed app: the launcher's path. */
    public static final String APP_PATH_PROPERTY = "jpackage.app-path";

    /** Tests only: the applications folder to use instead of the real one in the home folder. */
    public static final String APPLICATIONS_PROPERTY = "grayarea.applications";

    /** The system entry's keys the override keeps: how the app starts and which files it opens. */
    private static final List<String> KEPT_KEYS =
            List.of("Categories", "StartupWMClass", "MimeType");

    /** An entry is a few hundred bytes; anything much larger at that place is not one of ours. */
    private static final long LARGEST_ENTRY = 64 * 1024;

    /** The neutral words in one language; the first language given is also the entry's default. */
    public record Words(String language, String name, String genericName, String comment) {}

    /** What the entry shows: its words in each language, and the neutral icon as PNG bytes. */
    public record Neutral(List<Words> words, Supplier<InputStream> icon) {}

    /** What {@link #follow} did. */
    public enum Outcome {
        /** The entry (and its icon) was written. */
        WRITTEN,
        /** The app's entry was there and is gone. */
        REMOVED,
        /** It was as it should be already. */
        UNCHANGED,
        /**
         * Not an installed app: there is no system entry to stand in for, so nothing is written.
         */
        NOT_INSTALLED,
        /** A file the app did not write is at that place: it is left as it is. */
        SOMEONE_ELSES
    }

    private final Path dataFolder;
    private final Path file;
    private final Path launcher;
    private final Path systemEntry;

    /**
     * @param dataFolder the app's data folder, where the neutral icon is kept
     * @param applications the folder for per-user desktop entries
     * @param launcher the installed launcher, or null when the app is not installed
     * @param systemEntry the package's desktop entry beside the launcher, or null when not
     *     installed
     */
    DiscreetDesktopEntry(Path dataFolder, Path applications, Path launcher, Path systemEntry) {
        this.dataFolder = dataFolder;
        this.launcher = systemEntry == null ? null : launcher;
        this.systemEntry = launcher == null ? null : systemEntry;
        this.file =
                this.systemEntry == null
                        ? null
                        : applications.resolve(this.systemEntry.getFileName().toString());
    }

    /**
     * The entry for this run: installed or not, as the launcher says; the applications folder in
     * the home folder.
     */
    public static DiscreetDesktopEntry forThisRun(Path dataFolder) {
        return of(dataFolder, System::getProperty, System::getenv);
    }

    /**
     * The entry as these system properties and environment variables say (tests pass their own).
     */
    static DiscreetDesktopEntry of(
            Path dataFolder, UnaryOperator<String> property, UnaryOperator<String> env) {
        String os =
                Optional.ofNullable(property.apply("os.name")).orElse("").toLowerCase(Locale.ROOT);
        String appPath = property.apply(APP_PATH_PROPERTY);
        Path launcher = null;
        Path systemEntry = null;
        if (os.contains("linux") && appPath != null && !appPath.isBlank()) {
            try {
                launcher = Path.of(appPath).toAbsolutePath();
                systemEntry = packageEntry(launcher);
            } catch (InvalidPathException e) {
                launcher = null;
            }
        }
        return new DiscreetDesktopEntry(
                dataFolder, applicationsFolder(property, env), launcher, systemEntry);
    }

    /**
     * $XDG_DATA_HOME/applications, else ~/.local/share/applications; the tests' own folder when
     * they give one.
     */
    private static Path applicationsFolder(
            UnaryOperator<String> property, UnaryOperator<String> env) {
        String forTests = property.apply(APPLICATIONS_PROPERTY);
        if (forTests != null && !forTests.isBlank()) {
            return Path.of(forTests);
        }
        String xdg = env.apply("XDG_DATA_HOME");
        Path data =
                xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                        ? Path.of(xdg)
                        : Path.of(
                                Optional.ofNullable(property.apply("user.home")).orElse(""),
                                ".local",
                                "share");
        return data.resolve("applications");
    }

    /**
     * The package's desktop entry beside the launcher (APP/bin/LAUNCHER → APP/lib/*.desktop), when
     * there is one.
     */
    private static Path packageEntry(Path launcher) {
        Path bin = launcher.getParent();
        if (bin == null || bin.getParent() == null) {
            return null;
        }
        Path lib = bin.getParent().resolve("lib");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(lib, "*.desktop")) {
            found.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            // a folder that can't be listed (mid-way too) means no entry to change, not a failed
            // start
            return null;
        }
        // jpackage puts exactly one there; more than one, and which the desktop shows is anyone's
        // guess
        return entries.size() == 1 ? entries.get(0) : null;
    }

    /** Whether the app runs installed from its package, so that it has a menu entry to change. */
    public boolean installed() {
        return file != null;
    }

    /** Where the entry goes, when the app is installed. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The entry's icon, in the data folder. */
    public Path iconFile() {
        return dataFolder.resolve(ICON_FILE);
    }

    /** Whether the app's own entry is there now (not someone else's file at that place). */
    public boolean present() {
        return file != null && ours(file);
    }

    /**
     * Whether a file the app did not write is at that place (the app then leaves it, and the menu,
     * as they are).
     */
    public boolean someoneElses() {
        return file != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !ours(file);
    }

    /**
     * Makes the entry match the settings: there while discreet mode is on and things are kept on
     * this computer, gone otherwise.
     */
    public Outcome follow(Settings settings, Supplier<Neutral> neutral) throws IOException {
        if (!installed()) {
            return Outcome.NOT_INSTALLED;
        }
        if (settings.discreet() && settings.storage() == Settings.Storage.KEEP) {
            return write(neutral.get());
        }
        return remove() ? Outcome.REMOVED : Outcome.UNCHANGED;
    }

    /**
     * Writes the entry and its icon (each atomically), unless a file the app did not write is at
     * that place.
     */
    Outcome write(Neutral neutral) throws IOException {
        if (someoneElses()) {
            return Outcome.SOMEONE_ELSES;
        }
        byte[] icon;
        try (InputStream in = neutral.icon().get()) {
            icon = in.readAllBytes();
        }
        byte[] entry = entry(neutral.words()).getBytes(StandardCharsets.UTF_8);
        boolean same =
                Files.exists(file)
                        && Arrays.equals(Files.readAllBytes(file), entry)
                        && Files.isRegularFile(iconFile())
                        && Arrays.equals(Files.readAllBytes(iconFile()), icon);
        if (same) {
            return Outcome.UNCHANGED;
        }
        AtomicFiles.write(iconFile(), icon);
        AtomicFiles.write(file, entry);
        return Outcome.WRITTEN;
    }

    /**
     * Removes the app's entry and its icon. A file at that place without the marker is someone
     * else's and stays. Returns whether the app's entry was there.
     */
    public boolean remove() throws IOException {
        if (file == null) {
            return false;
        }
        boolean there = ours(file);
        if (there) {
            Files.delete(file);
        }
        // the icon is the app's own file in its own folder, with or without the entry
        Files.deleteIfExists(iconFile());
        return there;
    }

    /**
     * The entry's text: the neutral words and icon, the installed launcher, the system entry's file
     * types.
     */
    String entry(List<Words> words) throws IOException {
        Map<String, String> system = systemKeys();
        StringBuilder text = new StringBuilder("[Desktop Entry]\n");
        line(text, "Type", "Application");
        Words first = words.get(0);
        line(text, "Name", first.name());
        for (Words each : words.subList(1, words.size())) {
            line(text, "Name[" + each.language() + "]", each.name());
        }
        line(text, "GenericName", first.genericName());
        for (Words each : words.subList(1, words.size())) {
            line(text, "GenericName[" + each.language() + "]", each.genericName());
        }
        line(text, "Comment", first.comment());
        for (Words each : words.subList(1, words.size())) {
            line(text, "Comment[" + each.language() + "]", each.comment());
        }
        // a raw string, not a value: the spec's quoting for Exec, then the value escapes
        text.append("Exec=").append(escape(execArgument(launcher.toString()) + " %f")).append('\n');
        // when the package is removed, the launcher goes and desktops hide this entry
        line(text, "TryExec", launcher.toString());
        line(text, "Icon", iconFile().toAbsolutePath().toString());
        line(text, "Terminal", "false");
        for (String key : KEPT_KEYS) {
            if (system.containsKey(key)) {
                text.append(key).append('=').append(system.get(key)).append('\n');
            }
        }
        text.append(MARKER).append('\n');
        return text.toString();
    }

    /** The system entry's keys in its [Desktop Entry] group, as they are written there. */
    private Map<String, String> systemKeys() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        boolean inGroup = false;
        for (String raw : Files.readAllLines(systemEntry, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                inGroup = line.equals("[Desktop Entry]");
            } else if (inGroup && line.contains("=") && !line.startsWith("#")) {
                int at = line.indexOf('=');
                keys.putIfAbsent(line.substring(0, at).strip(), line.substring(at + 1).strip());
            }
        }
        return keys;
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(escape(value)).append('\n');
    }

    /**
     * A desktop-entry string value: backslash, and the characters that would end or break the line.
     */
    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace("\t", "\\t")
                .replace("\r", "\\r");
    }

    /**
     * One argument of Exec: quoted when it holds a space or a reserved character, with % doubled.
     */
    static String execArgument(String argument) {
        String doubled = argument.replace("%", "%%");
        if (doubled.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return doubled;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : doubled.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /** Whether the file is a regular file, small, in UTF-8, with the marker line. */
    private static boolean ours(Path path) {
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(path) > LARGEST_ENTRY) {
                return false;
            }
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.strip().equals(MARKER));
        } catch (IOException e) {
            // unreadable, or not UTF-8 (a CharacterCodingException): not one the app wrote
            return false;
        }
    }
}
