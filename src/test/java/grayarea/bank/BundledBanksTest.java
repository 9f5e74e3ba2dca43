package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The banks packed into the app skip the JSON-schema check when the app loads them (it is the
 * slowest part of a cold start); this is where they get it instead: every bank the app carries,
 * read from the class path exactly as the app reads it, passes the schema and every other check.
 * Banks opened from files keep the full check.
 */
class BundledBanksTest {

    static List<String> bundled() throws IOException {
        try (InputStream in =
                BundledBanksTest.class
                        .getClassLoader()
                        .getResourceAsStream("questions/bundled.txt")) {
            assertThat(in).as("questions/bundled.txt on the class path").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> "questions/" + l)
                    .toList();
        }
    }

    @Test
    void theIndexListsTheDefaultBank() throws IOException {
        assertThat(bundled()).contains(BankLoader.DEFAULT_BANK);
    }

    @ParameterizedTest
    @MethodSource("bundled")
    @DisplayName("every bundled bank, as packed, passes the schema and every other check")
    void passesTheSchemaAndEveryCheck(String resource) throws Exception {
        JsonDocument document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            document = JsonDocument.read(resource, in, JsonDocument.Limits.DEFAULT);
        }
        assertThat(BankLoader.problemsOf(document)).as(resource).isEmpty();
        // and the app's own way of loading it gives the same bank as the fully checked file
        assertThat(BankLoader.loadResource(resource))
                .usingRecursiveComparison()
                .isEqualTo(BankLoader.load(Path.of(resource)));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    @DisplayName(
            "the welcome page's quick read of a bundled bank's perspectives gives what the full load gives")
    void perspectivesReadAlone(String resource) throws Exception {
        assertThat(PerspectivesReader.read(resource))
                .isEqualTo(BankLoader.loadResource(resource).perspectives());
    }

    @Test
    void theDefaultBanksPerspectivesBeforeItIsLoaded() {
        assertThat(BankLoader.defaultPerspectives())
                .isEqualTo(BankLoader.loadDefault().perspectives())
                .extracting(Perspective::id)
                .containsExactly("partner", "self");
    }

    @Test
    @DisplayName("a bank file with a problem only the schema finds is still refused")
    void filesKeepTheSchemaCheck(@TempDir Path dir) throws Exception {
        String json =
                TinyBank.edit(
                        "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"colour\": \"red\",");
        String message = "\"colour\" is not a property of the bank";
        Path file = dir.resolve("mine.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> BankLoader.load(file))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(p -> p.message().in(Locale.ENGLISH))
                                        .containsExactly(message));
        assertThatThrownBy(
                        () -> BankLoader.load("mine.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ProblemsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(p -> p.message().in(Locale.ENGLISH))
                                        .containsExactly(message));
    }
}
