package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shared help lines (questions/help-resources.json) are the checked list,
 * docs/help-resources.md, to the digit: every entry's name, how to reach it, notes, source and date
 * are compared with the list's tables, and every number or web address in either language with the
 * list's, so that a typo in a number fails the build (docs/safety.md, "Before a release: re-check
 * the numbers").
 */
class HelpDirectoryTest {

    /** A row of the checked list's tables. */
    record Row(String resource, String howToReach, String notes, String source, String checked) {}

    /** The sections of docs/help-resources.md, by country code, in the list's order. */
    static Map<String, List<Row>> checkedList() throws Exception {
        Map<String, String> codes =
                Map.of(
                        "United States", "US",
                        "United Kingdom", "GB",
                        "Ireland", "IE",
                        "Canada", "CA",
                        "Australia", "AU",
                        "New Zealand", "NZ",
                        "España / Spain", "ES",
                        "México", "MX");
        Pattern heading = Pattern.compile("^## (.+?) \\(checked (\\d{4}-\\d{2}-\\d{2}).*\\)$");
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        String code = null;
        String checked = null;
        for (String line :
                Files.readAllLines(Path.of("docs/help-resources.md"), StandardCharsets.UTF_8)) {
            Matcher m = heading.matcher(line);
            if (m.matches()) {
                code = codes.get(m.group(1));
                assertThat(code).as("a country the test knows: " + m.group(1)).isNotNull();
                checked = m.group(2);
                sections.put(code, new ArrayList<>());
            } else if (code != null
                    && line.startsWith("| ")
                    && !line.startsWith("| resource")
                    && !line.startsWith("| ---")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
                assertThat(cells).as(line).hasSize(4);
                sections.get(code).add(new Row(cells[0], cells[1], cells[2], cells[3], checked));
            }
        }
        return sections;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ -]\\d+)*");
    private static final Pattern ADDRESS =
            Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|ca|au|nz|uk|ie|gov|es|mx)\\b");

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theSharedListHoldsEveryCheckedEntryExactlyAsTheListGivesIt() throws Exception {
        HelpDirectory directory = HelpDirectory.bundled();
        Map<String, List<Row>> list = checkedList();
        assertThat(directory.countries().stream().map(HelpDirectory.Country::code))
                .containsExactlyElementsOf(list.keySet())
                .containsExactly("US", "GB", "IE", "CA", "AU", "NZ", "ES", "MX");
        for (HelpDirectory.Country country : directory.countries()) {
            List<Row> rows = list.get(country.code());
            assertThat(country.entries()).as(country.code()).hasSameSizeAs(rows);
            // Spain's and Mexico's entries are written in Spanish by the services: that is the text
            String own = Set.of("ES", "MX").contains(country.code()) ? "es" : "en";
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                HelpResource entry = country.entries().get(i);
                String where = country.code() + " " + entry.id();
                assertThat(entry.name().in(own)).as(where + " name").isEqualTo(row.resource());
                assertThat(entry.contact().in(own))
                        .as(where + " how to reach")
                        .isEqualTo(row.howToReach());
                String notes = entry.notes().in(own);
                assertThat(row.notes().equals(notes) || row.notes().startsWith(notes + ". "))
                        .as(where + " notes: " + notes + " against " + row.notes())
                        .isTrue();
                assertThat(entry.source()).as(where + " source").isEqualTo(row.source());
                assertThat(entry.checked()).as(where + " checked").isEqualTo(row.checked());
                for (String language : List.of("en", "es")) {
                    String contact = entry.contact().in(language);
                    // every number and address of the list is there, untouched, in each language
                    for (String number : all(NUMBER, row.howToReach())) {
                        assertThat(contact).as(where + " " + language).contains(number);
                    }
                    for (String address : all(ADDRESS, row.howToReach())) {
                        assertThat(contact).as(where + " " + language).contains(address);
                    }
                    // and none that the list does not give
                    for (String number : all(NUMBER, contact)) {
                        assertThat(all(NUMBER, row.howToReach()))
                                .as(where + " " + language + ": " + number + " is not in the list")
                                .contains(number);
                    }
                }
            }
            assertThat(country.entries()).filteredOn(HelpResource::emergency).hasSize(1);
            assertThat(country.entries().get(0).emergency()).as(country.code()).isTrue();
        }
    }

    @Test
    void somewhereElseIsTheEmergencyAdviceAlone() {
        HelpDirectory directory = HelpDirectory.bundled();
        for (String region : List.of("elsewhere", "AR", "DE", "", "zz")) {
            assertThat(directory.region(region)).isEqualTo(HelpDirectory.ELSEWHERE);
            assertThat(directory.entries(region)).containsExactly(directory.elsewhere());
        }
        assertThat(directory.elsewhere().contact().in("en"))
                .isEqualTo("contact your local emergency services");
        assertThat(all(NUMBER, directory.elsewhere().contact().in("es"))).isEmpty();
        assertThat(directory.elsewhere().emergency()).isTrue();
    }

    @Test
    void ukIsReadAsTheUnitedKingdomInAnyCase() {
        HelpDirectory directory = HelpDirectory.bundled();
        assertThat(directory.region("uk")).isEqualTo("GB");
        assertThat(directory.region("UK")).isEqualTo("GB");
        assertThat(directory.region(" es ")).isEqualTo("ES");
        assertThat(directory.entries("gb").get(0).contact().in("en")).startsWith("call 999");
    }

    @Test
    void theUnitedStatesLinesSayInSpanishThatTheySpeakSpanish() {
        List<HelpResource> us = HelpDirectory.bundled().entries("US");
        assertThat(us.get(1).notes().in("es")).contains("habla español");
        assertThat(us.get(2).notes().in("es")).contains("atención en español");
        assertThat(us.get(1).notes().in("en")).contains("advocates speak Spanish");
    }

    @Test
    void spainsLineSaysWhatTheCallLeavesInThePhonesLog() {
        HelpResource line016 = HelpDirectory.bundled().entries("ES").get(1);
        assertThat(line016.notes().in("es"))
                .contains("puede quedar en el registro de llamadas del móvil: bórralo");
        assertThat(line016.notes().in("en")).contains("call log");
    }

    @Test
    void aBrokenListIsRefusedWithEveryProblemLocated() {
        String broken =
                """
                {
                  "kind": "grayarea.help-resources",
                  "formatVersion": 1,
                  "countries": [
                    { "code": "US", "name": { "en": "A", "es": "A" }, "entries": [
                      { "id": "a", "name": { "en": "A", "es": "A" },
                        "contact": { "en": "call 1", "es": "llama al 1" },
                        "source": "x", "checked": "2026-02-31" } ] },
                    { "code": "US", "name": { "en": "B", "es": "B" }, "entries": [
                      { "id": "a", "emergency": true, "name": { "en": "B", "es": "B" },
                        "contact": { "en": "call 2", "es": "llama al 2" },
                        "source": "y", "checked": "2026-01-01" } ] }
                  ],
                  "elsewhere": { "id": "e", "emergency": true, "name": { "en": "E", "es": "E" },
                    "contact": { "en": "contact", "es": "contacta" } }
                }
                """;
        assertThatThrownBy(
                        () ->
                                HelpDirectory.load(
                                        "help.json", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemsException.class)
                .satisfies(
                        e -> {
                            List<String> said =
                                    ((ProblemsException) e)
                                            .problems().stream()
                                                    .map(p -> p.in(Locale.ENGLISH))
                                                    .toList();
                            assertThat(said)
                                    .anySatisfy(
                                            s ->
                                                    assertThat(s)
                                                            .startsWith("help.json:5:5:")
                                                            .contains("no emergency"))
                                    .anySatisfy(
                                            s ->
                                                    assertThat(s)
                                                            .startsWith("help.json:8:35:")
                                                            .contains("2026-02-31 is not a date"))
                                    .anySatisfy(
                                            s ->
                                                    assertThat(s)
                                                            .startsWith("help.json:9:15:")
                                                            .contains("US is listed twice"))
                                    .anySatisfy(
                                            s ->
                                                    assertThat(s)
                                                            .startsWith("help.json:10:15:")
                                                            .contains("id a is used by two"));
                        });
    }

    @Test
    void aMissingFieldIsSaidByTheSchemaWithItsPlace() {
        String missing =
                """
                {
                  "kind": "grayarea.help-resources",
                  "formatVersion": 1,
                  "countries": [
                    { "code": "US", "name": { "en": "A", "es": "A" }, "entries": [
                      { "id": "a", "emergency": true, "name": { "en": "A", "es": "A" },
                        "contact": { "en": "call 1" }, "source": "x" } ] }
                  ],
                  "elsewhere": { "id": "e", "name": { "en": "E", "es": "E" },
                    "contact": { "en": "contact", "es": "contacta" } }
                }
                """;
        assertThatThrownBy(
                        () ->
                                HelpDirectory.load(
                                        "help.json", missing.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemsException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((ProblemsException) e)
                                                        .problems().stream()
                                                                .map(p -> p.in(Locale.ENGLISH))
                                                                .toList())
                                        .allSatisfy(s -> assertThat(s).startsWith("help.json:"))
                                        .anySatisfy(s -> assertThat(s).contains("checked"))
                                        .anySatisfy(s -> assertThat(s).contains("es")));
    }
}
