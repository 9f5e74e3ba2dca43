package grayarea.session;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A locked waiting-room session a therapist started for one client: the hand-out it runs, the
 * client code, the therapist's PIN (as a hash) to leave it, and the folder the result goes to.
 * While it is saved, every start of the app returns to it.
 */
public record WaitingRoom(
        Path handOutFile, String clientCode, PinLock pin, Path resultsFolder, Instant startedAt) {

    public WaitingRoom {
        if (handOutFile == null || pin == null || resultsFolder == null || startedAt == null) {
            throw new IllegalArgumentException(
                    "a waiting room has a hand-out, a PIN, a results folder and a start");
        }
    }

    /**
     * Where a client's result is written: one file per client, named by the client code and the
     * time they finished, never one that exists already (each client who takes the hand-out here
     * keeps their own).
     */
    public Path resultFile(boolean sealed, Instant finishedAt) {
        String code =
                clientCode == null ? "client" : clientCode.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        String stamp = finishedAt.toString().replace(":", "").replaceAll("\\.\\d+", "");
        String extension = sealed ? ResultFile.SEALED_EXTENSION : ".json";
        Path file = resultsFolder.resolve(code + "-" + stamp + extension);
        for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
            file = resultsFolder.resolve(code + "-" + stamp + "-" + n + extension);
        }
        return file;
    }
}
