package grayarea;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Calls {@link FastStart#execv} the way FastStart does, for {@link FastStartTest}: loads the
 * native library (the first argument), keeps a file open, prints its process id and replaces
 * itself with the rest of the arguments; if that fails, says so and goes on.
 */
public final class ExecvProbe {

    private ExecvProbe() {
    }

    public static void main(String[] args) throws IOException {
        System.load(args[0]);
        try (FileInputStream open = new FileInputStream(args[1])) {
            byte[][] program = new byte[args.length - 2][];
            for (int i = 0; i < program.length; i++) {
                program[i] = args[i + 2].getBytes(StandardCharsets.UTF_8);
            }
            System.out.println("java pid=" + ProcessHandle.current().pid());
            System.out.flush();
            int errno = FastStart.execv(program[0], program);
            System.out.println("still here: error " + errno + ", the open file still reads: " + (open.read() >= 0));
        }
    }
}
