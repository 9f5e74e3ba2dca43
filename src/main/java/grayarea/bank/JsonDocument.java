package grayarea.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON file read into a tree, with the line and column of every value kept by its JSON
 * pointer, so that every later problem (schema, meaning, fit) can say where it is.
 *
 * <p>Reading is strict and bounded: UTF-8 only (columns then count characters), a size limit
 * checked before reading, Jackson's read limits all set explicitly, duplicate keys refused, and
 * nothing may follow the top-level value. Every failure becomes one {@link Problem}.
 */
public final class JsonDocument {

    /** Every limit the reader enforces; each is set explicitly on Jackson too. */
    public record Limits(long maxBytes, int maxDepth, int maxStringLength, int maxNameLength,
                         int maxNumberLength, long maxTokens) {
        /** Limits for question banks, answer sheets and result files. */
        public static final Limits DEFAULT = new Limits(8L * 1024 * 1024, 64, 100_000, 200, 50, 2_000_000);
    }

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private JsonDocument(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem located at the value the pointer names (or the nearest enclosing value). */
    public Problem problemAt(String pointer, String message) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new Problem(file, at[0], at[1], message);
            }
            if (p.isEmpty()) {
                return Problem.atStart(file, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the value at the pointer starts, as {line, column}, or null. */
    public int[] locationOf(String pointer) {
        int[] at = locations.get(pointer);
        return at == null ? null : at.clone();
    }

    public static JsonDocument read(Path path) throws ProblemsException {
        return read(path, Limits.DEFAULT);
    }

    public static JsonDocument read(Path path, Limits limits) throws ProblemsException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new ProblemsException(Problem.atStart(name, "this is a folder, not a file"));
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new ProblemsException(Problem.atStart(name, "the file is too large (" + megabytes(size)
                        + "); at most " + megabytes(limits.maxBytes()) + " is read"));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(name, in, limits);
            }
        } catch (NoSuchFileException e) {
            throw new ProblemsException(Problem.atStart(name, "no such file"));
        } catch (IOException e) {
            throw new ProblemsException(Problem.atStart(name, "the file could not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    public static JsonDocument read(String name, byte[] bytes) throws ProblemsException {
        if (bytes.length > Limits.DEFAULT.maxBytes()) {
            throw new ProblemsException(Problem.atStart(name, "the file is too large (" + megabytes(bytes.length)
                    + "); at most " + megabytes(Limits.DEFAULT.maxBytes()) + " is read"));
        }
        return read(name, new ByteArrayInputStream(bytes), Limits.DEFAULT);
    }

    public static JsonDocument read(String name, InputStream in, Limits limits) throws ProblemsException {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxTokenCount(limits.maxTokens())
                        .build())
                .build();
        Reader reader = new BomSkippingReader(new InputStreamReader(new LimitedInputStream(in, limits.maxBytes()), strictUtf8));
        Map<String, int[]> locations = new HashMap<>();
        JsonParser parser = null;
        try {
            parser = factory.createParser(ObjectReadContext.empty(), reader);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ProblemsException(Problem.atStart(name, "the file is empty; a JSON object was expected"));
            }
            if (first != JsonToken.START_OBJECT) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new ProblemsException(new Problem(name, line(at), column(at),
                        "the file holds " + describe(first) + " at the top; a JSON object was expected"));
            }
            JsonNode root = readValue(parser, "", locations, name);
            JsonToken after = parser.nextToken();
            if (after != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new ProblemsException(new Problem(name, line(at), column(at),
                        "unexpected content after the end of the JSON object"));
            }
            return new JsonDocument(name, root, locations);
        } catch (JacksonException e) {
            throw new ProblemsException(fromJackson(name, e, parser));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (JacksonException ignored) {
                    // closing after a failure; the first problem is the one to report
                }
            }
        }
    }

    private static JsonNode readValue(JsonParser p, String pointer, Map<String, int[]> locations, String name)
            throws ProblemsException {
        TokenStreamLocation at = p.currentTokenLocation();
        locations.put(pointer, new int[] {line(at), column(at)});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    TokenStreamLocation keyAt = p.currentTokenLocation();
                    if (object.has(key)) {
                        throw new ProblemsException(new Problem(name, line(keyAt), column(keyAt),
                                "the key \"" + key + "\" appears twice in the same object"));
                    }
                    p.nextToken();
                    String child = pointer + "/" + escape(key);
                    object.set(key, readValue(p, child, locations, name));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(p, pointer + "/" + index++, locations, name));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getString());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new ProblemsException(new Problem(name, line(at), column(at), "unexpected " + describe(token)));
        }
    }

    private static Problem fromJackson(String name, JacksonException e, JsonParser parser) {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        int line = line(at);
        int column = column(at);
        Throwable cause = e.getCause();
        if (cause instanceof CharacterCodingException || e.getCause() instanceof java.nio.charset.MalformedInputException) {
            return new Problem(name, line, column, "the file is not valid UTF-8 text; save it as UTF-8");
        }
        if (cause instanceof LimitedInputStream.TooLargeException) {
            return new Problem(name, line, column, "the file is too large; at most "
                    + megabytes(Limits.DEFAULT.maxBytes()) + " is read");
        }
        if (e instanceof StreamConstraintsException) {
            String original = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
            if (original.contains("nesting depth")) {
                return new Problem(name, line, column, "the JSON is nested too deeply; at most "
                        + Limits.DEFAULT.maxDepth() + " levels are read");
            }
            if (original.contains("string value length")) {
                return new Problem(name, line, column, "a text in the file is too long");
            }
            if (original.contains("number value length")) {
                return new Problem(name, line, column, "a number in the file is too long");
            }
            if (original.contains("name length")) {
                return new Problem(name, line, column, "a key in the file is too long");
            }
            if (original.contains("document length") || original.contains("token count")) {
                return new Problem(name, line, column, "the file is too large to read");
            }
            return new Problem(name, line, column, "the file goes past a reading limit");
        }
        return new Problem(name, line, column, "not valid JSON: " + plain(e.getOriginalMessage()));
    }

    /** Jackson's own wording, first line only, without its source and location suffix. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "the text could not be read";
        }
        String first = message.lines().findFirst().orElse(message).trim();
        int source = first.indexOf(" at [Source");
        if (source > 0) {
            first = first.substring(0, source);
        }
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        return first;
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "a text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a true/false value";
            case VALUE_NULL: return "null";
            default: return "\"" + token.asString() + "\"";
        }
    }

    private static int line(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    }

    private static int column(TokenStreamLocation at) {
        return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Skips a UTF-8 byte-order mark, which some editors on Windows write. */
    private static final class BomSkippingReader extends java.io.FilterReader {
        private boolean first = true;

        BomSkippingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0];
        }
    }

    /** Stops reading past the byte limit, for streams whose size is not known up front. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        static final class TooLargeException extends IOException {
            private static final long serialVersionUID = 1L;

            TooLargeException() {
                super("too large");
            }
        }

        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                throw new TooLargeException();
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                if (super.read() < 0) {
                    return -1;
                }
                throw new TooLargeException();
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
