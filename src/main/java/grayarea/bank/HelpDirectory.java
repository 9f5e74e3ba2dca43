package grayarea.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The checked help lines every bank shares (questions/help-resources.json), per country, each with
 * where it was checked and when; and, outside those countries, the emergency advice alone. Loaded
 * like a bank: strict JSON, then its schema (questions/schema/help-resources.schema.json), then
 * meaning checks, every problem located (docs/formats.md).
 *
 * <p>A region is a country code (ISO 3166, "GB" for the United Kingdom; "UK" is read as "GB") or
 * {@link #ELSEWHERE}; a code the list does not hold means elsewhere.
 */
public final class HelpDirectory {

    public static final String RESOURCE = "questions/help-resources.json";
    public static final String SCHEMA = "questions/schema/help-resources.schema.json";
    static final String KIND = "grayarea.help-resources";

    /** The region outside the listed countries: the emergency advice only. */
    public static final String ELSEWHERE = "elsewhere";

    /** A country and its checked lines, in the order they are shown. */
    public record Country(String code, Text name, List<HelpResource> entries) {
        public Country {
            entries = List.copyOf(entries);
        }
    }

    private final Map<String, Country> countries;
    private final HelpResource elsewhere;
    private final Set<String> ids;

    private HelpDirectory(List<Country> countries, HelpResource elsewhere) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        Set<String> allIds = new LinkedHashSet<>();
        for (Country c : countries) {
            byCode.put(c.code(), c);
            c.entries().forEach(e -> allIds.add(e.id()));
        }
        allIds.add(elsewhere.id());
        this.countries = Collections.unmodifiableMap(byCode);
        this.elsewhere = elsewhere;
        this.ids = Collections.unmodifiableSet(allIds);
    }

    private static final class Bundled {
        static final HelpDirectory INSTANCE = loadBundled();
    }

    /** The list packed into the app; the build's tests check it, so a failure is a broken build. */
    public static HelpDirectory bundled() {
        return Bundled.INSTANCE;
    }

    private static HelpDirectory loadBundled() {
        try {
            return loadResource(RESOURCE);
        } catch (ProblemsException e) {
            throw new IllegalStateException("the help resources are broken: " + e.problems(), e);
        }
    }

    /** Reads a list packed into the app, checked in full (it is small). */
    public static HelpDirectory loadResource(String resource) throws ProblemsException {
        try (InputStream in = HelpDirectory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProblemsException(
                        Problem.atStart(resource, Message.of("help.missingResource")));
            }
            return check(JsonDocument.read(resource, in, JsonDocument.Limits.DEFAULT));
        } catch (IOException e) {
            throw new ProblemsException(
                    Problem.atStart(resource, Message.of("help.unreadableResource")));
        }
    }

    public static HelpDirectory load(Path path) throws ProblemsException {
        return check(JsonDocument.read(path));
    }

    public static HelpDirectory load(String name, byte[] bytes) throws ProblemsException {
        return check(JsonDocument.read(name, bytes));
    }

    private static final class Schema {
        static final SchemaCheck INSTANCE = SchemaCheck.forResource(SCHEMA);
    }

    private static HelpDirectory check(JsonDocument document) throws ProblemsException {
        List<Problem> problems = new ArrayList<>();
        if (!KIND.equals(document.root().path("kind").asString(null))) {
            problems.add(document.problemAt("/kind", Message.of("help.kind")));
            throw new ProblemsException(problems);
        }
        problems.addAll(Schema.INSTANCE.check(document));
        if (problems.isEmpty()) {
            problems.addAll(meaning(document));
        }
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new ProblemsException(problems);
        }
        return map(document.root());
    }

    /** What the schema cannot say: codes and ids once each, real dates, an emergency entry each. */
    private static List<Problem> meaning(JsonDocument document) {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        JsonNode countries = document.root().path("countries");
        for (int i = 0; i < countries.size(); i++) {
            JsonNode country = countries.get(i);
            String at = "/countries/" + i;
            String code = country.path("code").asString();
            if (!codes.add(code)) {
                problems.add(
                        document.problemAt(
                                at + "/code", Message.of("help.duplicateCountry", code)));
            }
            boolean emergency = false;
            JsonNode entries = country.path("entries");
            for (int j = 0; j < entries.size(); j++) {
                JsonNode entry = entries.get(j);
                String entryAt = at + "/entries/" + j;
                String id = entry.path("id").asString();
                if (!ids.add(id)) {
                    problems.add(
                            document.problemAt(
                                    entryAt + "/id", Message.of("help.duplicateId", id)));
                }
                emergency |= entry.path("emergency").asBoolean(false);
                String checked = entry.path("checked").asString();
                try {
                    LocalDate.parse(checked);
                } catch (DateTimeException e) {
                    problems.add(
                            document.problemAt(
                                    entryAt + "/checked", Message.of("help.badDate", checked)));
                }
            }
            if (!emergency) {
                problems.add(document.problemAt(at, Message.of("help.noEmergency", code)));
            }
        }
        String elsewhereId = document.root().path("elsewhere").path("id").asString();
        if (!ids.add(elsewhereId)) {
            problems.add(
                    document.problemAt(
                            "/elsewhere/id", Message.of("help.duplicateId", elsewhereId)));
        }
        return problems;
    }

    private static HelpDirectory map(JsonNode root) {
        List<Country> countries = new ArrayList<>();
        for (JsonNode c : root.path("countries")) {
            Text name = text(c.path("name"));
            List<HelpResource> entries = new ArrayList<>();
            for (JsonNode e : c.path("entries")) {
                entries.add(entry(e, name));
            }
            countries.add(new Country(c.path("code").asString(), name, entries));
        }
        return new HelpDirectory(countries, entry(root.path("elsewhere"), Text.EMPTY));
    }

    private static HelpResource entry(JsonNode e, Text region) {
        return new HelpResource(
                e.path("id").asString(),
                text(e.path("name")),
                text(e.path("contact")),
                region,
                text(e.path("notes")),
                false,
                e.path("source").asString(null),
                e.path("checked").asString(null),
                e.path("emergency").asBoolean(false));
    }

    private static Text text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Text.EMPTY;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(p -> byLanguage.put(p.getKey(), p.getValue().asString()));
        return new Text(byLanguage);
    }

    /** The listed countries, in the file's order. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /**
     * A region as the list knows it: a listed country's code ("uk" and "UK" read as "GB"), else
     * {@link #ELSEWHERE}.
     */
    public String region(String code) {
        if (code == null) {
            return ELSEWHERE;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if ("UK".equals(upper)) {
            upper = "GB";
        }
        return countries.containsKey(upper) ? upper : ELSEWHERE;
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(region(code)));
    }

    /** The lines for a region: its country's, or the emergency advice alone elsewhere. */
    public List<HelpResource> entries(String code) {
        return country(code).map(Country::entries).orElse(List.of(elsewhere));
    }

    /** The emergency services' entries for a region (the advice alone elsewhere). */
    public List<HelpResource> emergency(String code) {
        List<HelpResource> emergency =
                entries(code).stream().filter(HelpResource::emergency).toList();
        return emergency.isEmpty() ? List.of(elsewhere) : emergency;
    }

    /** The emergency advice shown outside the listed countries. */
    public HelpResource elsewhere() {
        return elsewhere;
    }

    /** Every entry's id: a bank's entry with one of these is the shared one, never shown twice. */
    public Set<String> ids() {
        return ids;
    }
}
