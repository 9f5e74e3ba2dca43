package grayarea.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one, never a
 * mix or an empty file: a temp file in the same folder, flushed to disk, renamed over the target
 * atomically, then the folder itself flushed (skipped on Windows). There is no silent non-atomic
 * fallback: if the rename cannot be atomic, the write fails. Files are created readable by their
 * owner only where the file system has POSIX permissions.
 */
public final class AtomicFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    private static final Set<PosixFilePermission> OWNER_FILE =
            PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR =
            PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        createPrivateFolder(folder);
        Path temp =
                POSIX
                        ? Files.createTempFile(
                                folder,
                                "." + absolute.getFileName(),
                                ".tmp",
                                PosixFilePermissions.asFileAttribute(OWNER_FILE))
                        : Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel =
                    FileChannel.open(
                            temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(
                        temp,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "this folder cannot replace files atomically, so nothing was saved: "
                                + folder,
                        e);
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Creates the folder (and its parents) if needed; new folders are owner-only. */
    public static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly =
                    PosixFilePermissions.asFileAttribute(OWNER_DIR);
            Files.createDirectories(folder, ownerOnly);
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void syncFolder(Path folder) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
