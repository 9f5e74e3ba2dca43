package grayarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network, provably (issue #6): the app's main flows run in a JVM where every network permission
 * is denied, and in that same JVM a deliberate connection to a port that is listening fails with
 * the security manager's exception. The ArchUnit rule {@link ArchitectureTest#noNetwork} keeps
 * network classes out of the code; here it is shown to catch a class that does connect.
 */
class NoNetworkTest {

    @TempDir Path scratch;

    @Test
    @DisplayName(
            "the main flows succeed with networking blocked, and a deliberate connection is refused")
    void mainFlowsRunWithTheNetworkBlocked() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            // the port really listens: without the block, a connection would get through
            try (Socket control = new Socket(InetAddress.getLoopbackAddress(), port);
                    Socket accepted = server.accept()) {
                assertThat(accepted.isConnected()).isTrue();
            }

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder =
                    new ProcessBuilder(
                            java,
                            "-Djava.security.manager=allow",
                            "-Djava.awt.headless=true",
                            "-cp",
                            System.getProperty("java.class.path"),
                            NoNetworkChild.class.getName(),
                            scratch.toString(),
                            String.valueOf(port));
            builder.redirectOutput(scratch.resolve("out.txt").toFile());
            builder.redirectError(scratch.resolve("err.txt").toFile());
            Process child = builder.start();
            boolean ended = child.waitFor(90, TimeUnit.SECONDS);
            if (!ended) {
                child.destroyForcibly();
            }
            List<String> out =
                    Files.readAllLines(scratch.resolve("out.txt"), StandardCharsets.UTF_8);
            String err = Files.readString(scratch.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(ended).as("the child ended; it printed %s", out).isTrue();
            assertThat(child.exitValue()).as("exit code; standard error:%n%s", err).isZero();

            assertThat(out)
                    .startsWith(
                            "network blocked",
                            "ok bank loaded and validated",
                            "ok scored 11 example sheets",
                            "ok session saved and loaded",
                            "ok encrypted and sealed");
            assertThat(out.get(5)).matches("ok PDF written, \\d+ bytes");
            assertThat(out.get(6)).isEqualTo("ok couple compared");
            assertThat(out.get(7))
                    .isEqualTo(
                            "socket refused: network blocked: (\"java.net.SocketPermission\" \"127.0.0.1:"
                                    + port
                                    + "\" \"connect,resolve\")");
            assertThat(out.get(8))
                    .startsWith("http refused: network blocked: ")
                    .contains(String.valueOf(port));
            assertThat(out).hasSize(9);

            // nothing from the child reached the listening port
            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @DisplayName("the ArchUnit rule against network classes catches a class that opens a socket")
    void theRuleCatchesASocket() {
        var probe =
                new ClassFileImporter()
                        .importClasses(NoNetworkChild.class, NoNetworkChild.NoNetwork.class);
        assertThatThrownBy(() -> ArchitectureTest.noNetwork.check(probe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.Socket")
                .hasMessageContaining("openStream");
    }
}
