package grayarea.bank;

import static grayarea.bank.TinyBank.FILE;
import static grayarea.bank.TinyBank.after;
import static grayarea.bank.TinyBank.edit;
import static grayarea.bank.TinyBank.load;
import static grayarea.bank.TinyBank.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The keys of decision 0033 in a bank: {@code "together"} on a band, a reflection and a
 * conversation prompt, and {@code texts.resultFooterSafety}, read from src/test/resources/safety/
 * and checked as a person sees the problems.
 */
class TogetherValidationTest {

    private static final String BANK = read("safety/micro-cheating-together.json");

    private static String read(String resource) {
        try (InputStream in =
                TogetherValidationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBankMarksItsJointTextsAndGivesAFooterForASafetyFlag() {
        QuestionBank bank = load(BANK);
        assertThat(bank.primary().bands())
                .extracting(Band::id, Band::together)
                .containsExactly(
                        Tuple.tuple("few-signs", false),
                        Tuple.tuple("some-gray-areas", true),
                        Tuple.tuple("several-gray-areas", true),
                        Tuple.tuple("many-signs", true));
        assertThat(bank.reflections().stream().filter(Reflection::together).map(Reflection::id))
                .contains("saying-what-you-need", "roles-reversed")
                .doesNotContain("safety-first", "unmet-need");
        assertThat(bank.conversationPrompts()).allMatch(ConversationPrompt::together);
        assertThat(bank.texts().resultFooterSafety().in("en"))
                .startsWith("If you would like support for yourself");
        assertThat(bank.texts().resultFooter(true)).isEqualTo(bank.texts().resultFooterSafety());
        assertThat(bank.texts().resultFooter(false)).isEqualTo(bank.texts().resultFooter());
        Reflection safetyFirst =
                bank.reflections().stream()
                        .filter(r -> r.id().equals("safety-first"))
                        .findFirst()
                        .orElseThrow();
        assertThat(bank.isSafetyReflection(safetyFirst)).as("its rule names safety flags").isTrue();
        assertThat(bank.reflections().stream().filter(bank::isSafetyReflection).map(Reflection::id))
                .containsExactly("safety-first");
    }

    @Test
    void aBankWithoutTheKeysReadsAsBefore() {
        QuestionBank bank = load(TinyBank.JSON);
        assertThat(bank.primary().bands()).noneMatch(Band::together);
        assertThat(bank.texts().resultFooterSafety()).isEqualTo(Text.EMPTY);
    }

    @Test
    void aSafetyReflectionMarkedTogetherCouldNeverShow() {
        String json =
                edit(
                        BANK,
                        "\"id\": \"safety-first\",",
                        "\"id\": \"safety-first\", \"together\": true,");
        assertThat(problems(json))
                .containsExactly(
                        FILE
                                + ":"
                                + after(json, "\"id\": \"safety-first\", \"together\": ")
                                + ": reflection \"safety-first\" is marked \"together\", but its rule names a safety flag: a reflection marked \"together\" is left out whenever a safety flag is raised, so it would never be shown. Remove \"together\", or write it for the person alone");
    }

    @Test
    void togetherIsYesOrNo() {
        String json =
                edit(
                        BANK,
                        "\"id\": \"unmet-need\",",
                        "\"id\": \"unmet-need\", \"together\": \"yes\",");
        assertThat(problems(json)).singleElement().asString().contains("together");
    }

    @Test
    void theFooterForASafetyFlagHasEveryLanguage() {
        String json =
                edit(
                        BANK,
                        "\"es\": \"Si quieres apoyo para ti, un consejero o una consejera personal, o uno de los servicios de esta lista, puede ayudarte.\"",
                        "\"fr\": \"Si vous souhaitez du soutien.\"");
        assertThat(problems(json))
                .anySatisfy(p -> assertThat(p).contains("\"es\""))
                .anySatisfy(p -> assertThat(p).contains("\"fr\""));
    }
}
