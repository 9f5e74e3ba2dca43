package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.ProblemsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waiting-room lock is read on every start: a damaged one must be a located problem, never a
 * crash.
 */
class WaitingRoomStoreTest {

    @TempDir Path folder;

    private String lock(String handOutFile, String pin) {
        return "{\"kind\": \"grayarea.waiting-room\", \"formatVersion\": 1,\n \"handOutFile\": \""
                + handOutFile
                + "\",\n"
                + " \"pin\": "
                + pin
                + ",\n \"resultsFolder\": \"/tmp/results\", \"startedAt\": \"2026-11-28T10:00:00Z\"}\n";
    }

    @Test
    void aPathWithANulCharacterIsALocatedProblemNotACrashAtStart() throws Exception {
        String pin = PinLock.of("2468".toCharArray(), 1_000).tree().toString();
        Path file =
                Files.writeString(
                        folder.resolve(WaitingRoomStore.FILE), lock("client\\u0000.grayarea", pin));
        assertThatThrownBy(() -> new WaitingRoomStore(folder).load())
                .isInstanceOf(ProblemsException.class)
                .hasMessage(file + ":2:17: this is not a path this computer can use");
        assertThat(file).as("a damaged lock is left in place").exists();
    }

    @Test
    void aPinWithAnEmptySaltIsALocatedProblemNotAPinThatCanNeverBeChecked() throws Exception {
        Path file =
                Files.writeString(
                        folder.resolve(WaitingRoomStore.FILE),
                        lock(
                                "/tmp/client.grayarea",
                                "{\"salt\": \"\", \"hash\": \"\", \"iterations\": 1000}"));
        assertThatThrownBy(() -> new WaitingRoomStore(folder).load())
                .isInstanceOf(ProblemsException.class)
                .hasMessage(file + ":3:9: the PIN in the lock is damaged");
    }

    @Test
    void endingAWaitingRoomRemovesItsWorkingFolderAndNothingALinkPointsTo() throws Exception {
        Path outside = Files.writeString(folder.resolve("outside.txt"), "kept");
        Path work = Files.createDirectories(folder.resolve(WaitingRoomStore.WORK));
        Files.writeString(
                work.resolve("session.json"), "{\"notes\": {\"connection-note\": \"canary\"}}");
        Files.writeString(work.resolve("session-damaged-20261128-100000.json"), "canary");
        Files.writeString(
                Files.createDirectories(work.resolve("old")).resolve(".session.json123.tmp"),
                "canary");
        Files.createSymbolicLink(work.resolve("link"), outside);
        WaitingRoomStore store = new WaitingRoomStore(folder);
        store.save(
                new WaitingRoom(
                        folder.resolve("h.grayarea"),
                        null,
                        PinLock.of("2468".toCharArray(), 1_000),
                        folder.resolve(WaitingRoomStore.RESULTS),
                        Instant.parse("2026-11-28T10:00:00Z")));

        store.delete();

        assertThat(work).doesNotExist();
        assertThat(folder.resolve(WaitingRoomStore.FILE)).doesNotExist();
        assertThat(outside).hasContent("kept");
        store.clearWork(); // nothing left to clear: no error
    }

    @Test
    void eachClientsResultHasItsOwnFileEvenWithinTheSameSecond() throws Exception {
        WaitingRoom room =
                new WaitingRoom(
                        folder.resolve("h.grayarea"),
                        "C 12",
                        PinLock.of("2468".toCharArray(), 1_000),
                        folder,
                        Instant.parse("2026-11-28T10:00:00Z"));
        Instant finished = Instant.parse("2026-11-28T10:42:07.123Z");
        Path first = room.resultFile(false, finished);
        assertThat(first).isEqualTo(folder.resolve("C_12-2026-11-28T104207Z.json"));
        Files.writeString(first, "{}");
        Path second = room.resultFile(false, finished);
        assertThat(second).isEqualTo(folder.resolve("C_12-2026-11-28T104207Z-2.json"));
        Files.writeString(second, "{}");
        assertThat(room.resultFile(true, finished))
                .isEqualTo(folder.resolve("C_12-2026-11-28T104207Z.sealed"));
        assertThat(room.resultFile(false, finished))
                .isEqualTo(folder.resolve("C_12-2026-11-28T104207Z-3.json"));
    }
}
