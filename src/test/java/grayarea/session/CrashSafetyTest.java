package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, measured (issue #6): the real saving code runs in a child JVM ({@link SavingChild})
 * and is killed with SIGKILL at random moments.
 *
 * <p>How a kill is known to have landed in the middle of a write, two ways:
 *
 * <ul>
 *   <li>a marker: the child sets a byte in a memory-mapped file just before each call of {@link
 *       AtomicFiles#write} and clears it just after; set after the kill means the process died
 *       inside a save (writing, flushing, renaming or flushing the folder);
 *   <li>a temp file: {@link AtomicFiles} writes each version into a temp file beside the target
 *       ({@code .TARGET*.tmp}) and renames it over the target once complete and flushed, so a temp
 *       file left after the kill means the process died before the rename, with the new version not
 *       yet in place; shorter than the new version means it died while writing the bytes.
 * </ul>
 *
 * (The test removes those leftover temp files before the next round; the app does not.)
 */
class CrashSafetyTest {

    private static final int KILLS = 40;
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir Path folder;

    private Process startLoop(Path target, Path marker) throws IOException {
        return new ProcessBuilder(
                        JAVA,
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SavingChild.class.getName(),
                        "loop",
                        target.toString(),
                        marker.toString())
                .redirectErrorStream(true)
                .start();
    }

    private List<Path> tempFilesBeside(Path target) throws IOException {
        try (var files = Files.list(target.getParent())) {
            String prefix = "." + target.getFileName();
            return files.filter(
                            p ->
                                    p.getFileName().toString().startsWith(prefix)
                                            && p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }

    @Test
    @DisplayName(
            "killed with SIGKILL at 40 random moments while saving, the file is always the old or the new version")
    void killedAtRandomMomentsTheFileIsAlwaysWhole() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(90),
                () -> {
                    byte[] a = SavingChild.version('A');
                    byte[] b = SavingChild.version('B');
                    Path target = folder.resolve("data").resolve("session.json");
                    Path marker = folder.resolve("marker");
                    Random random = new Random();
                    int insideSave = 0;
                    int beforeRename = 0;
                    int whileWritingBytes = 0;
                    List<String> seen = new ArrayList<>();
                    // each child JVM starts while the one before it runs, and waits to be told to
                    // go: its start-up
                    // overlaps the previous round instead of adding to it
                    Process next = startLoop(target, marker);
                    try {
                        for (int kill = 0; kill < KILLS; kill++) {
                            Process child = next;
                            try (BufferedReader out =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    child.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                child.getOutputStream()
                                        .write("go\n".getBytes(StandardCharsets.UTF_8));
                                child.getOutputStream().flush();
                                assertThat(out.readLine()).isEqualTo("ready");
                                next = kill + 1 < KILLS ? startLoop(target, marker) : null;
                                // the random moment: the child saves on until then (it never ends
                                // by itself)
                                assertThat(
                                                child.waitFor(
                                                        random.nextInt(150), TimeUnit.MILLISECONDS))
                                        .as("still saving")
                                        .isFalse();
                                child.destroyForcibly();
                                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                            }
                            assertThat(child.exitValue())
                                    .as("killed by SIGKILL")
                                    .isEqualTo(128 + 9);

                            if (Files.readAllBytes(marker)[0] == 1) {
                                insideSave++;
                            }
                            List<Path> leftovers = tempFilesBeside(target);
                            assertThat(leftovers).hasSizeLessThanOrEqualTo(1);
                            if (!leftovers.isEmpty()) {
                                beforeRename++;
                                long size = Files.size(leftovers.get(0));
                                if (size != SavingChild.SIZE_A && size != SavingChild.SIZE_B) {
                                    whileWritingBytes++;
                                }
                            }
                            byte[] now = Files.readAllBytes(target);
                            assertThat(now.length)
                                    .as("kill %d: the file is never empty", kill)
                                    .isPositive();
                            boolean isA = Arrays.equals(now, a);
                            boolean isB = Arrays.equals(now, b);
                            assertThat(isA || isB)
                                    .as(
                                            "kill %d: the file is exactly version A or version B, %d bytes",
                                            kill, now.length)
                                    .isTrue();
                            seen.add(isA ? "A" : "B");
                            for (Path leftover : leftovers) {
                                Files.delete(leftover);
                            }
                        }
                    } finally {
                        if (next != null) {
                            next.destroyForcibly(); // a failed round leaves no child waiting
                        }
                    }
                    System.out.printf(
                            "crash safety: of %d kills, %d landed inside a save, %d before its rename (%d while its bytes"
                                    + " were being written); the file was afterwards %s%n",
                            KILLS,
                            insideSave,
                            beforeRename,
                            whileWritingBytes,
                            String.join("", seen));
                    assertThat(insideSave)
                            .as("kills that landed inside a save, of %d", KILLS)
                            .isGreaterThan(KILLS * 3 / 4);
                    assertThat(beforeRename)
                            .as(
                                    "kills that landed before the new version was renamed into place, of %d",
                                    KILLS)
                            .isGreaterThanOrEqualTo(KILLS / 5);
                    assertThat(seen)
                            .as("both versions were seen, so the child really alternated")
                            .contains("A", "B");
                });
    }

    @Test
    @DisplayName(
            "a write that fails halfway (the file size limit reached mid-file) leaves the old file intact")
    void aWriteThatFailsHalfwayLeavesTheOldFile() throws Exception {
        assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "needs ulimit");
        Path target = folder.resolve("session.json");
        byte[] old =
                "{\"kind\": \"grayarea.session\", \"old\": true}\n"
                        .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, old);
        // 1024 blocks of 1 KB: the 4.2 MB new version stops a quarter of the way with EFBIG
        Process child =
                new ProcessBuilder(
                                "bash",
                                "-c",
                                "ulimit -f 1024 && exec \"$0\" \"$@\"",
                                JAVA,
                                "-XX:-UsePerfData",
                                "-cp",
                                System.getProperty("java.class.path"),
                                SavingChild.class.getName(),
                                "once",
                                target.toString())
                        .redirectErrorStream(true)
                        .start();
        String said =
                new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(said).isEqualTo("failed: IOException: File too large");
        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(tempFilesBeside(target)).as("the half-written temp file is removed").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
    }
}
