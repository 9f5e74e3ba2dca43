package grayarea.session;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A locked waiting-room session a therapist started for one client: the hand-out it runs, the
 * client code, the therapist's PIN (as a hash) to leave it, and the folder the result goes to.
 * While it is saved, every start of the app returns to it.
 */
public record WaitingRoom(Path handOutFile, String clientCode, PinLock pin, Path resultsFolder, Instant startedAt) {

    public WaitingRoom {
        if (handOutFile == null || pin == null || resultsFolder == null || startedAt == null) {
            throw new IllegalArgumentException("a waiting room has a hand-out, a PIN, a results folder and a start");
        }
    }

    /** Where this client's result is written: one file per session, named by code and start time. */
    public Path resultFile() {
        return resultFile(false);
    }

    /** The same, for a result sealed for the therapist. */
    public Path resultFile(boolean sealed) {
        String code = clientCode == null ? "client" : clientCode.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        String stamp = startedAt.toString().replace(":", "").replaceAll("\\.\\d+", "");
        return resultsFolder.resolve(code + "-" + stamp + (sealed ? ResultFile.SEALED_EXTENSION : ".json"));
    }
}
