package grayarea.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * A JSON file read into a tree, with the line and column of every value kept, so that every later
 * problem (schema, meaning, fit) can say where it is, by the value's JSON pointer.
 *
 * <p>The places are kept in a second tree beside Jackson's, whose objects share Jackson's key
 * texts: no pointer text is built per value, only for a value a problem is about, when it is
 * reported. (Keeping each value's full pointer text let a crafted 8 MB file of long nested keys
 * take over a gigabyte: issue 14, item 12.)
 *
 * <p>Reading is strict and bounded: UTF-8 only (columns then count characters), a size limit
 * checked before reading, Jackson's read limits all set explicitly, duplicate keys refused, and
 * nothing may follow the top-level value. Every failure becomes one {@link Problem}.
 */
public final class JsonDocument {

    /** Every limit the reader enforces; each is set explicitly on Jackson too. */
    public record Limits(
            long maxBytes,
            int maxDepth,
            int maxStringLength,
            int maxNameLength,
            int maxNumberLength,
            long maxTokens) {
        /** Limits for question banks, answer sheets and result files. */
        public static final Limits DEFAULT =
                new Limits(8L * 1024 * 1024, 64, 100_000, 200, 50, 2_000_000);
    }

    private static final Message OUT_OF_RANGE = Message.of("json.numberOutOfRange");

    private final String file;
    private final JsonNode root;
    private final Place places;

    private JsonDocument(String file, JsonNode root, Place places) {
        this.file = file;
        this.root = root;
        this.places = places;
    }

    /**
     * Where one value starts, and where each of its values starts when it is an object (by key, the
     * key texts being the very ones Jackson's tree holds) or a list (by index).
     */
    private static final class Place {
        final int line;
        final int column;
        Map<String, Place> properties;
        List<Place> items;

        Place(TokenStreamLocation at) {
            this.line = line(at);
            this.column = column(at);
        }

        /** The place of the child the pointer's segment names, or null. */
        Place child(String segment) {
            if (properties != null) {
                return properties.get(unescape(segment));
            }
            if (items != null && isIndex(segment)) {
                int index = Integer.parseInt(segment);
                return index < items.size() ? items.get(index) : null;
            }
            return null;
        }

        private static boolean isIndex(String segment) {
            if (segment.isEmpty()
                    || segment.length() > 9
                    || segment.length() > 1 && segment.charAt(0) == '0') {
                return false;
            }
            return segment.chars().allMatch(c -> c >= '0' && c <= '9');
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem located at the value the pointer names (or the nearest enclosing value). */
    public Problem problemAt(String pointer, Message message) {
        Place at = places;
        Place next = places;
        int start = 0;
        while (next != null) {
            at = next;
            if (start >= pointer.length()) {
                break;
            }
            int end = pointer.indexOf('/', start + 1);
            if (end < 0) {
                end = pointer.length();
            }
            next =
                    pointer.charAt(start) == '/'
                            ? at.child(pointer.substring(start + 1, end))
                            : null;
            start = end;
        }
        return at == null
                ? Problem.atStart(file, message)
                : new Problem(file, at.line, at.column, message);
    }

    /** Where the value at the pointer starts, as {line, column}, or null. */
    public int[] locationOf(String pointer) {
        Place at = places;
        int start = 0;
        while (at != null && start < pointer.length()) {
            int end = pointer.indexOf('/', start + 1);
            if (end < 0) {
                end = pointer.length();
            }
            at = pointer.charAt(start) == '/' ? at.child(pointer.substring(start + 1, end)) : null;
            start = end;
        }
        return at == null ? null : new int[] {at.line, at.column};
    }

    public static JsonDocument read(Path path) throws ProblemsException {
        return read(path, Limits.DEFAULT);
    }

    public static JsonDocument read(Path path, Limits limits) throws ProblemsException {
        String name = path.toString();
        requireRegularFile(path);
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new ProblemsException(
                        Problem.atStart(
                                name,
                                Message.of(
                                        "json.tooLargeSized",
                                        megabytes(size),
                                        megabytes(limits.maxBytes()))));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(name, in, limits);
            }
        } catch (NoSuchFileException e) {
            throw new ProblemsException(Problem.atStart(name, Message.of("json.noSuchFile")));
        } catch (IOException e) {
            throw new ProblemsException(
                    Problem.atStart(
                            name, Message.of("json.unreadable", e.getClass().getSimpleName())));
        }
    }

    /**
     * Refuses, before anything opens it, a path that is not a regular file (a link to one is fine):
     * a folder, a missing file, or a named pipe (FIFO), device or socket. Opening a pipe waits for
     * a writer, forever if none comes, and a device may never end (issue 14, item 13).
     */
    public static void requireRegularFile(Path path) throws ProblemsException {
        if (Files.isRegularFile(path)) {
            return;
        }
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new ProblemsException(Problem.atStart(name, Message.of("json.folder")));
        }
        if (Files.notExists(path)) {
            throw new ProblemsException(Problem.atStart(name, Message.of("json.noSuchFile")));
        }
        throw new ProblemsException(Problem.atStart(name, Message.of("json.notRegular")));
    }

    public static JsonDocument read(String name, byte[] bytes) throws ProblemsException {
        return read(name, bytes, Limits.DEFAULT);
    }

    /**
     * Reads a stream of unknown size: at most the limit's bytes are read, and a longer stream is
     * refused.
     */
    public static JsonDocument read(String name, InputStream in, Limits limits)
            throws ProblemsException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new ProblemsException(
                    Problem.atStart(
                            name, Message.of("json.unreadable", e.getClass().getSimpleName())));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ProblemsException(
                    Problem.atStart(
                            name, Message.of("json.tooLarge", megabytes(limits.maxBytes()))));
        }
        return read(name, bytes, limits);
    }

    private static JsonDocument read(String name, byte[] bytes, Limits limits)
            throws ProblemsException {
        if (bytes.length > limits.maxBytes()) {
            throw new ProblemsException(
                    Problem.atStart(
                            name,
                            Message.of(
                                    "json.tooLargeSized",
                                    megabytes(bytes.length),
                                    megabytes(limits.maxBytes()))));
        }
        String text = decode(name, bytes);
        JsonFactory factory =
                JsonFactory.builder()
                        .streamReadConstraints(
                                StreamReadConstraints.builder()
                                        .maxNestingDepth(limits.maxDepth())
                                        .maxDocumentLength(limits.maxBytes())
                                        .maxStringLength(limits.maxStringLength())
                                        .maxNameLength(limits.maxNameLength())
                                        .maxNumberLength(limits.maxNumberLength())
                                        .maxTokenCount(limits.maxTokens())
                                        .build())
                        .build();
        JsonParser parser = null;
        try {
            parser = factory.createParser(ObjectReadContext.empty(), new StringReader(text));
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ProblemsException(Problem.atStart(name, Message.of("json.empty")));
            }
            if (first != JsonToken.START_OBJECT) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new ProblemsException(
                        new Problem(
                                name,
                                line(at),
                                column(at),
                                Message.of("json.notObject", describe(first))));
            }
            Place places = new Place(parser.currentTokenLocation());
            JsonNode root = readValue(parser, places, name);
            // Only white space may follow the object. The rest of the text is looked at directly,
            // not
            // parsed, so that a stray word reads as what it is, not as a JSON syntax error.
            long end = parser.currentTokenLocation().getCharOffset() + 1;
            for (int i = (int) end; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    int[] at = position(text, i);
                    throw new ProblemsException(
                            new Problem(name, at[0], at[1], Message.of("json.afterEnd")));
                }
            }
            return new JsonDocument(name, root, places);
        } catch (JacksonException e) {
            throw new ProblemsException(fromJackson(name, text, e, parser, limits));
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

    /**
     * The bytes as text, strictly UTF-8, without a leading byte-order mark (some editors on Windows
     * write one). Bytes that are not UTF-8 are one problem, at the line and column of the first bad
     * one.
     */
    private static String decode(String name, byte[] bytes) throws ProblemsException {
        int skip =
                bytes.length >= 3
                                && bytes[0] == (byte) 0xEF
                                && bytes[1] == (byte) 0xBB
                                && bytes[2] == (byte) 0xBF
                        ? 3
                        : 0;
        CharsetDecoder strictUtf8 =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = strictUtf8.decode(in, out, true);
        if (!result.isError()) {
            result = strictUtf8.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // everything before the bad bytes was decoded: the bad ones start just after it
            String before = out.toString();
            int[] at = position(before, before.length());
            throw new ProblemsException(
                    new Problem(name, at[0], at[1], Message.of("json.notUtf8")));
        }
        return out.toString();
    }

    /**
     * {line, column} of the character at the index, counted as Jackson counts them: from 1, columns
     * in characters, and a line ends at \n, \r\n or a lone \r.
     */
    private static int[] position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /**
     * The value at the parser's current token; {@code place} is where it starts, and gets its
     * children's places.
     */
    private static JsonNode readValue(JsonParser p, Place place, String name)
            throws ProblemsException {
        TokenStreamLocation at = p.currentTokenLocation();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                {
                    ObjectNode object = nodes.objectNode();
                    place.properties = new HashMap<>();
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String key = p.currentName();
                        TokenStreamLocation keyAt = p.currentTokenLocation();
                        if (object.has(key)) {
                            throw new ProblemsException(
                                    new Problem(
                                            name,
                                            line(keyAt),
                                            column(keyAt),
                                            Message.of("json.duplicateKey", key)));
                        }
                        p.nextToken();
                        Place child = new Place(p.currentTokenLocation());
                        place.properties.put(key, child);
                        object.set(key, readValue(p, child, name));
                    }
                    return object;
                }
            case START_ARRAY:
                {
                    ArrayNode array = nodes.arrayNode();
                    place.items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Place child = new Place(p.currentTokenLocation());
                        place.items.add(child);
                        array.add(readValue(p, child, name));
                    }
                    return array;
                }
            case VALUE_STRING:
                return nodes.textNode(p.getString());
            case VALUE_NUMBER_INT:
                {
                    BigInteger number = p.getBigIntegerValue();
                    if (Double.isInfinite(number.doubleValue())) {
                        throw new ProblemsException(
                                new Problem(name, line(at), column(at), OUT_OF_RANGE));
                    }
                    return nodes.numberNode(number);
                }
            case VALUE_NUMBER_FLOAT:
                {
                    BigDecimal number = finiteNumber(p.getString());
                    if (number == null) {
                        throw new ProblemsException(
                                new Problem(name, line(at), column(at), OUT_OF_RANGE));
                    }
                    return nodes.numberNode(number);
                }
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new ProblemsException(
                        new Problem(
                                name,
                                line(at),
                                column(at),
                                Message.of("json.unexpected", describe(token))));
        }
    }

    /**
     * The exact value of a JSON number with a fraction or exponent, or null when it lies outside
     * the range of a double: beyond its largest value, or so close to zero (but not zero) that it
     * would read as zero. Refusing these here means nothing later ever meets an infinite number, or
     * one whose exponent is too large to compute with.
     */
    static BigDecimal finiteNumber(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return null;
        }
        if (value == 0) {
            int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
            String digits = exponent < 0 ? text : text.substring(0, exponent);
            if (digits.chars().anyMatch(c -> c >= '1' && c <= '9')) {
                return null;
            }
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Problem fromJackson(
            String name, String text, JacksonException e, JsonParser parser, Limits limits) {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        int line = line(at);
        int column = column(at);
        if (e instanceof StreamConstraintsException) {
            String original = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
            if (original.contains("nesting depth")) {
                return new Problem(
                        name, line, column, Message.of("json.tooDeep", limits.maxDepth()));
            }
            if (original.contains("string value length")) {
                return new Problem(name, line, column, Message.of("json.textTooLong"));
            }
            if (original.contains("number value length")) {
                return new Problem(name, line, column, Message.of("json.numberTooLong"));
            }
            if (original.contains("name length")) {
                return new Problem(name, line, column, Message.of("json.keyTooLong"));
            }
            if (original.contains("document length") || original.contains("token count")) {
                return new Problem(name, line, column, Message.of("json.tooLargeToRead"));
            }
            return new Problem(name, line, column, Message.of("json.limit"));
        }
        String closing = afterTrailingComma(text, line, column);
        if (closing != null) {
            return new Problem(name, line, column, Message.of("json.trailingComma", closing));
        }
        return new Problem(
                name, line, column, Message.of("json.invalid", plain(e.getOriginalMessage())));
    }

    /**
     * "]" or "}" when the parser stopped at that bracket and a comma comes just before it (white
     * space aside), as in {@code [1, 2,]}; null otherwise. JSON allows no comma there, and the
     * parser's own words ("expected a valid value", "was expecting double-quote to start property
     * name") do not say so.
     */
    static String afterTrailingComma(String text, int line, int column) {
        int index = index(text, line, column);
        if (index < 0 || index >= text.length()) {
            return null;
        }
        char bracket = text.charAt(index);
        if (bracket != ']' && bracket != '}') {
            return null;
        }
        int before = index - 1;
        while (before >= 0 && " \t\r\n".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',' ? String.valueOf(bracket) : null;
    }

    /**
     * The index in the text of the character at a line and column counted as {@link #position}
     * counts them, or -1 when there is no such place.
     */
    private static int index(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = at;
            while (next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                next++;
            }
            if (next >= text.length()) {
                return -1;
            }
            at =
                    text.charAt(next) == '\r'
                                    && next + 1 < text.length()
                                    && text.charAt(next + 1) == '\n'
                            ? next + 2
                            : next + 1;
        }
        int index = at + column - 1;
        for (int i = at; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return -1;
            }
        }
        return index;
    }

    /**
     * Jackson's own wording (in English: Jackson has no other), first line only, without its source
     * and location suffix.
     */
    private static Object plain(String message) {
        if (message == null || message.isBlank()) {
            return Message.of("json.unreadableText");
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

    private static Object describe(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return Message.of("json.token.list");
            case VALUE_STRING:
                return Message.of("json.token.text");
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Message.of("json.token.number");
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Message.of("json.token.boolean");
            case VALUE_NULL:
                return "null";
            default:
                return "\"" + token.asString() + "\"";
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

    /** A key as a JSON pointer's segment spells it, back as the key: ~1 is /, then ~0 is ~. */
    static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * A size as a person reads it: "8.0 MB", or for small limits "20 bytes" or "1.5 KB" (in the
     * reader's language).
     */
    static Message megabytes(long bytes) {
        if (bytes < 1024) {
            return Message.of(bytes == 1 ? "json.size.byte" : "json.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Message.of("json.size.kb", bytes / 1024.0);
        }
        return Message.of("json.size.mb", bytes / (1024.0 * 1024.0));
    }
}
