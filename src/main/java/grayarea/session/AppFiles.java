package grayarea.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file the app writes in its data folder, in one place: so that "Delete everything" finds
 * them all, and docs/privacy.md can list them. Files that are not the app's own (someone else's
 * files in a folder given with {@code -Dgrayarea.home}) are never touched, only counted. The one
 * file the app may write outside it, discreet mode's menu entry, is counted and deleted with them
 * by {@link #list(Path, DiscreetDesktopEntry)} and {@link #deleteEverything}.
 */
public final class AppFiles {

    /** Files kept at the top of the data folder (and, for a waiting room, in its own folder). */
    static final List<String> NAMES =
            List.of(
                    SettingsStore.FILE,
                    SessionStore.FILE,
                    CoupleStore.FILE,
                    PracticeProfileStore.FILE,
                    WaitingRoomStore.FILE,
                    Vault.CHECK_FILE,
                    TherapistKeyStore.KEY_FILE,
                    TherapistKeyStore.PUBLIC_FILE,
                    DiscreetDesktopEntry.ICON_FILE);

    /** The folder of a waiting room's client sessions, apart from the person's own. */
    public static final String WAITING_ROOM_SESSIONS = "waiting-room";

    /**
     * Folders that only the app writes into; {@code javafx-cache} only versions before issue 14
     * wrote (JavaFX's native libraries), and "Delete everything" still removes it.
     */
    static final List<String> FOLDERS =
            List.of(WAITING_ROOM_SESSIONS, WaitingRoomStore.RESULTS, "javafx-cache");

    /**
     * Files at the top of the data folder that hold answers (their damaged copies and temp files do
     * too).
     */
    static final List<String> ANSWER_NAMES = List.of(SessionStore.FILE, CoupleStore.FILE);

    /** Folders whose every file holds answers: a waiting room's client sessions and its results. */
    static final List<String> ANSWER_FOLDERS =
            List.of(WAITING_ROOM_SESSIONS, WaitingRoomStore.RESULTS);

    /**
     * A damaged file set aside: its kind, then when (UTC), then a number when two were set aside in
     * one second.
     */
    static final Pattern SET_ASIDE =
            Pattern.compile("(session|couple)-damaged-(\\d{8}-\\d{6})(-\\d+)?\\.json");

    /**
     * A saved file that could not be read, moved aside whole under a dated name and kept.
     *
     * @param file where it is now
     * @param kind what it was: {@code session} (a solo quiz's progress) or {@code couple}
     * @param when when it was set aside
     */
    public record SetAside(Path file, String kind, Instant when) {}

    /** What was deleted, what could not be, and the files in the folder that are not the app's. */
    public record Deleted(int files, List<Path> failed, List<Path> notOurs) {}

    private AppFiles() {}

    /**
     * Whether a file name is one the app writes: its own names, damaged copies set aside, save temp
     * files.
     */
    static boolean ours(String name) {
        if (NAMES.contains(name)) {
            return true;
        }
        if (SET_ASIDE.matcher(name).matches()) {
            return true;
        }
        // a save interrupted before its rename leaves ".NAME<random>.tmp" beside the file
        return name.startsWith(".")
                && name.endsWith(".tmp")
                && NAMES.stream().anyMatch(n -> name.startsWith("." + n));
    }

    /**
     * Every file in the data folder that holds answers, now: the sessions, their damaged copies set
     * aside, a save's leftover temp file, and everything in a waiting room's session and results
     * folders. The one list of what a passphrase must encrypt, and of what shows that one is set.
     */
    public static List<Path> holdingAnswers(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && ANSWER_FOLDERS.contains(name)) {
                    try (Stream<Path> inside = Files.walk(entry)) {
                        inside.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                                .filter(AppFiles::savedByTheApp)
                                .sorted()
                                .forEach(found::add);
                    }
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && holdsAnswers(name)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }

    /**
     * In a folder of answers, a file the app saved there: a session or result ({@code .json}, a
     * sealed result's {@code .sealed}) or a save's temp file; not something a person put there.
     */
    private static boolean savedByTheApp(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json")
                || name.endsWith(ResultFile.SEALED_EXTENSION)
                || name.startsWith(".") && name.endsWith(".tmp");
    }

    /** Whether a file at the top of the data folder holds answers, by its name. */
    static boolean holdsAnswers(String name) {
        return ANSWER_NAMES.contains(name)
                || SET_ASIDE.matcher(name).matches()
                || name.startsWith(".")
                        && name.endsWith(".tmp")
                        && ANSWER_NAMES.stream().anyMatch(n -> name.startsWith("." + n));
    }

    /**
     * The damaged files set aside in the data folder, oldest first. (A waiting room keeps no
     * working file any more, and what an older version left in its folder is deleted unread at
     * every start, decision 19: so there is nothing of a client's there to list, or to keep.)
     */
    public static List<SetAside> setAside(Path folder) throws IOException {
        List<SetAside> found = new ArrayList<>();
        for (Path top : List.of(folder)) {
            if (!Files.isDirectory(top)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(top)) {
                for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                    Matcher m = SET_ASIDE.matcher(entry.getFileName().toString());
                    if (m.matches()) {
                        try {
                            Instant when =
                                    LocalDateTime.parse(
                                                    m.group(2),
                                                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                                            .toInstant(ZoneOffset.UTC);
                            found.add(new SetAside(entry, m.group(1), when));
                        } catch (DateTimeException e) {
                            // digits that are no date: not a name the app gave
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing(SetAside::when).thenComparing(a -> a.file().toString()));
        return found;
    }

    /** The app's files in the data folder, now. */
    public static List<Path> list(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        collect(folder, AppFiles::oursInTop, found, new ArrayList<>());
        return found;
    }

    /**
     * The app's files in the data folder and, when the app wrote one, discreet mode's menu entry.
     */
    public static List<Path> list(Path folder, DiscreetDesktopEntry entry) throws IOException {
        List<Path> found = list(folder);
        if (entry.present()) {
            found.add(entry.file().orElseThrow());
        }
        return found;
    }

    /**
     * Deletes one file; the one way "Delete everything" removes a file (tests put a refusing one in
     * its place).
     */
    @FunctionalInterface
    interface Deleter {
        void delete(Path file) throws IOException;
    }

    /**
     * "Delete everything", the one operation both the settings page and the lock page's "I forgot
     * the passphrase" run: the vault forgets its key first (nothing deleted stays readable through
     * it), then every file the app wrote in the data folder goes, and discreet mode's menu entry
     * when the app wrote it. Nothing is stopped by one file that cannot go: each such file is named
     * in {@link Deleted#failed()}, for the page to say, and the rest are deleted all the same.
     *
     * @throws IOException when the data folder cannot even be listed (then nothing was deleted)
     */
    public static Deleted deleteEverything(Path folder, DiscreetDesktopEntry entry, Vault vault)
            throws IOException {
        return deleteEverything(folder, entry, vault, Files::deleteIfExists);
    }

    static Deleted deleteEverything(
            Path folder, DiscreetDesktopEntry entry, Vault vault, Deleter deleter)
            throws IOException {
        vault.lock();
        Deleted files = deleteAll(folder, deleter);
        List<Path> failed = new ArrayList<>(files.failed());
        boolean removed = false;
        try {
            removed = entry.remove();
        } catch (IOException e) {
            failed.add(entry.file().orElseThrow());
        }
        return new Deleted(files.files() + (removed ? 1 : 0), List.copyOf(failed), files.notOurs());
    }

    /** Deletes every file the app wrote in the data folder, and its own folders once empty. */
    public static Deleted deleteAll(Path folder) throws IOException {
        return deleteAll(folder, Files::deleteIfExists);
    }

    private static Deleted deleteAll(Path folder, Deleter deleter) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        collect(folder, AppFiles::oursInTop, files, others);
        List<Path> failed = new ArrayList<>();
        int deleted = 0;
        for (Path file : files) {
            try {
                deleter.delete(file);
                deleted++;
            } catch (IOException e) {
                failed.add(file);
            }
        }
        for (String sub : FOLDERS) {
            deleteEmptyFolders(folder.resolve(sub));
        }
        deleteIfEmpty(folder);
        return new Deleted(deleted, failed, others);
    }

    private static boolean oursInTop(Path file) {
        return ours(file.getFileName().toString());
    }

    private static void collect(
            Path folder, Predicate<Path> ours, List<Path> found, List<Path> others)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(Comparator.naturalOrder()).toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && FOLDERS.contains(name)) {
                    // the app's own folders: everything in them is the app's
                    try (Stream<Path> inside = Files.walk(entry)) {
                        inside.filter(Files::isRegularFile).sorted().forEach(found::add);
                    }
                } else if (Files.isRegularFile(entry) && ours.test(entry)) {
                    found.add(entry);
                } else {
                    others.add(entry);
                }
            }
        }
    }

    /**
     * One of the app's own folders: every empty folder in it goes, deepest first, then itself if
     * empty.
     */
    private static void deleteEmptyFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path :
                    inside.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                deleteIfEmpty(path);
            }
        } catch (IOException e) {
            // a folder that cannot go stays; its files were counted above
        }
    }

    /** The folder alone, if nothing is left in it (someone else's files keep it). */
    private static void deleteIfEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // it stays
        }
    }
}
