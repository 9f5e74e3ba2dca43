package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.ProblemsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The waiting-room lock is read on every start: a damaged one must be a located problem, never a crash. */
class WaitingRoomStoreTest {

    @TempDir
    Path folder;

    private String lock(String handOutFile, String pin) {
        return "{\"kind\": \"grayarea.waiting-room\", \"formatVersion\": 1,\n \"handOutFile\": \"" + handOutFile + "\",\n"
                + " \"pin\": " + pin + ",\n \"resultsFolder\": \"/tmp/results\", \"startedAt\": \"2026-11-28T10:00:00Z\"}\n";
    }

    @Test
    void aPathWithANulCharacterIsALocatedProblemNotACrashAtStart() throws Exception {
        String pin = PinLock.of("2468".toCharArray(), 1_000).tree().toString();
        Path file = Files.writeString(folder.resolve(WaitingRoomStore.FILE), lock("client\\u0000.grayarea", pin));
        assertThatThrownBy(() -> new WaitingRoomStore(folder).load())
                .isInstanceOf(ProblemsException.class)
                .hasMessage(file + ":2:17: this is not a path this computer can use");
        assertThat(file).as("a damaged lock is left in place").exists();
    }

    @Test
    void aPinWithAnEmptySaltIsALocatedProblemNotAPinThatCanNeverBeChecked() throws Exception {
        Path file = Files.writeString(folder.resolve(WaitingRoomStore.FILE),
                lock("/tmp/client.grayarea", "{\"salt\": \"\", \"hash\": \"\", \"iterations\": 1000}"));
        assertThatThrownBy(() -> new WaitingRoomStore(folder).load())
                .isInstanceOf(ProblemsException.class)
                .hasMessage(file + ":3:9: the PIN in the lock is damaged");
    }
}
