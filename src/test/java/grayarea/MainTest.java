package grayarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
    }

    @Test
    void aSingleExistingFileOpensTheWindowWithIt(@TempDir Path folder) throws Exception {
        Path bank = Files.writeString(folder.resolve("bank.json"), "{}");
        assertThat(Main.opensWindow(new String[] {bank.toString()})).isTrue();
    }

    @Test
    void anythingElseIsTheCommandLine() {
        assertThat(Main.opensWindow(new String[] {"validate", "questions/micro-cheating.json"}))
                .isFalse();
        assertThat(Main.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"no-such-file.json"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"questions"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"bad\u0000path"})).isFalse();
    }
}
