package grayarea.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads only the perspectives of a bank packed into the app, with Jackson's streaming parser: no
 * tree, no checks, everything else skipped. The welcome page needs no more than that before its
 * first frame; the whole bank is loaded (and checked for meaning) in the background. It is only for
 * the bundled banks, which the build's tests check in full (BundledBanksTest also checks that this
 * gives the same perspectives as the full load).
 */
final class PerspectivesReader {

    private PerspectivesReader() {}

    /**
     * The perspectives of the bundled bank; throws on anything unexpected, so the caller can load
     * it in full instead.
     */
    static List<Perspective> read(String resource) throws IOException {
        try (InputStream in =
                PerspectivesReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no such bank in the application: " + resource);
            }
            JsonFactory factory = JsonFactory.builder().build();
            try (JsonParser p =
                    factory.createParser(
                            ObjectReadContext.empty(),
                            new InputStreamReader(in, StandardCharsets.UTF_8))) {
                expect(p.nextToken(), JsonToken.START_OBJECT);
                String firstLanguage = null;
                List<Raw> perspectives = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME
                        && (firstLanguage == null || perspectives == null)) {
                    String key = p.currentName();
                    JsonToken value = p.nextToken();
                    if (key.equals("languages") && value == JsonToken.START_ARRAY) {
                        expect(p.nextToken(), JsonToken.VALUE_STRING);
                        firstLanguage = p.getString();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            p.skipChildren();
                        }
                    } else if (key.equals("perspectives") && value == JsonToken.START_ARRAY) {
                        perspectives = new ArrayList<>();
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            perspectives.add(perspective(p));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (firstLanguage == null) {
                    throw new IOException("no languages in " + resource);
                }
                if (perspectives == null) {
                    // a bank may have none: then it has a plain Start
                    perspectives = List.of();
                }
                String language = firstLanguage;
                // a text written as a plain string is in the bank's first language, as BankMapper
                // reads it
                return perspectives.stream()
                        .map(
                                r ->
                                        new Perspective(
                                                r.id(),
                                                text(r.label(), language),
                                                text(r.description(), language)))
                        .toList();
            }
        }
    }

    /** One perspective as read, its texts still raw: a plain string, or language → string. */
    private record Raw(String id, Object label, Object description) {}

    private static Raw perspective(JsonParser p) throws IOException {
        String id = null;
        Object label = null;
        Object description = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "id" -> {
                    expect(value, JsonToken.VALUE_STRING);
                    id = p.getString();
                }
                case "label" -> label = rawText(p, value);
                case "description" -> description = rawText(p, value);
                default -> p.skipChildren();
            }
        }
        if (id == null) {
            throw new IOException("a perspective without an id");
        }
        return new Raw(id, label, description);
    }

    private static Object rawText(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        expect(value, JsonToken.START_OBJECT);
        Map<String, String> byLanguage = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String language = p.currentName();
            expect(p.nextToken(), JsonToken.VALUE_STRING);
            byLanguage.put(language, p.getString());
        }
        return byLanguage;
    }

    @SuppressWarnings("unchecked")
    private static Text text(Object raw, String firstLanguage) {
        if (raw == null) {
            return Text.EMPTY;
        }
        return raw instanceof String s
                ? Text.of(firstLanguage, s)
                : new Text((Map<String, String>) raw);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }
}
