package grayarea;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Calls {@link FastStart#execv} the way FastStart does, for {@link FastStartTest}. Arguments:
 * the native library, a file to keep open as one of "its own" (as the JVM keeps its jars), then
 * the program to become. Prints its process id first; if the program can't be started, says
 * whether every descriptor's flags and the thread's blocked signals are as they were before.
 */
public final class ExecvProbe {

    private ExecvProbe() {
    }

    public static void main(String[] args) throws IOException {
        System.load(args[0]);
        Path ownFile = Path.of(args[1]);
        try (FileInputStream open = new FileInputStream(ownFile.toFile())) {
            byte[][] program = new byte[args.length - 2][];
            for (int i = 0; i < program.length; i++) {
                program[i] = args[i + 2].getBytes(StandardCharsets.UTF_8);
            }
            int[] own = FastStart.ownDescriptors(Path.of("/proc/self/fd"),
                    List.of(Path.of(System.getProperty("java.home")), ownFile.getParent()));
            String before = state(own);
            System.out.println("java pid=" + ProcessHandle.current().pid() + " own descriptors=" + own.length);
            System.out.flush();
            int errno = FastStart.execv(program[0], program, own);
            System.out.println("still here: error " + errno + ", as before: " + before.equals(state(own))
                    + ", the open file still reads: " + (open.read() >= 0));
        }
    }

    /** The flags of these descriptors and this thread's blocked signals, as Linux shows them. */
    private static String state(int[] descriptors) throws IOException {
        StringBuilder state = new StringBuilder();
        for (int fd : descriptors) {
            state.append(fd).append(' ').append(Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd)).get(1)).append('\n');
        }
        Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                .filter(line -> line.startsWith("SigBlk")).forEach(state::append);
        return state.toString();
    }
}
