package grayarea.testing;

import grayarea.bank.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile JSON made on the fly, too large to commit (issue 14, item 12): a file just under the 8 MB
 * the app reads, whose values all sit deep inside nested long keys. A reader that keeps the full
 * JSON pointer text of every value holds about a gigabyte for it.
 */
public final class HostileJson {

    /** The length of every key: just under the 200 characters the reader allows. */
    public static final int KEY_LENGTH = 190;

    /** How many objects are nested: just under the 64 levels the reader allows. */
    public static final int NESTED = 60;

    /** The size of the file: just under the 8 MB the reader allows. */
    public static final long SIZE = 8L * 1024 * 1024 - 1024;

    private HostileJson() {}

    /**
     * Writes the valid JSON object {@code valid} (such as an example answer sheet) with the value
     * of {@code key} (taken out of {@code valid} if there) put first and replaced by {@code {"n0…":
     * {"n1…": … {"v0…": 0, "v1…": 1, …}}}}: {@value #NESTED} objects nested under 190-character
     * keys, the innermost one holding as many 190-character keys as fit in {@value #SIZE} bytes in
     * all (about 42,000). Everything else in the file is as in {@code valid}.
     */
    public static Path deepLongKeys(Path file, String valid, String key) {
        return deepLongKeys(file, valid, key, null);
    }

    /**
     * As {@link #deepLongKeys(Path, String, String)}, with {@code leaf} (JSON text, such as {@code
     * {"notes": "x"}}) as the value of every innermost key instead of its number.
     */
    public static Path deepLongKeys(Path file, String valid, String key, String leaf) {
        ObjectNode tree = (ObjectNode) JsonMapper.shared().readTree(valid);
        tree.remove(key);
        String text = Json.write(tree);
        byte[] rest = text.substring(text.indexOf('{') + 1).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long written = write(out, "{\n  \"" + key + "\": {\n");
            for (int level = 1; level < NESTED; level++) {
                written += write(out, "\"" + key('n', level) + "\": {\n");
            }
            String closing = "\n" + "}".repeat(NESTED) + (tree.isEmpty() ? "" : ",");
            for (int i = 0; ; i++) {
                String entry =
                        (i == 0 ? "" : ",\n")
                                + "\""
                                + key('v', i)
                                + "\": "
                                + (leaf == null ? Integer.toString(i) : leaf);
                if (written + entry.length() + closing.length() + rest.length > SIZE) {
                    break;
                }
                written += write(out, entry);
            }
            write(out, closing);
            out.write(rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A 190-character key: a letter, the number, and filling. */
    private static String key(char letter, int number) {
        String start = letter + Integer.toString(number) + "-";
        // the nested keys are Cyrillic, so that a pointer text through them takes two bytes a
        // character
        return start + (letter == 'n' ? "я" : "x").repeat(KEY_LENGTH - start.length());
    }

    private static int write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }
}
