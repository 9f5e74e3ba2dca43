package grayarea.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import grayarea.bank.Rule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's part of decision 0033: with a safety flag raised a reflection marked "together" is
 * never chosen, without one it is; the safety reflection is found wherever its rule names the flag.
 */
class TogetherReflectionsTest {

    private static final QuestionBank BANK = load();

    private static QuestionBank load() {
        try {
            return BankLoader.load(
                    Path.of("src/test/resources/safety/micro-cheating-together.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** "Often" to every behaviour, "no" to talking about it, and the fear question as given. */
    private static AnswerSheet sheet(String afraid) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String q :
                List.of(
                        "freq-flirty-messages",
                        "freq-disguised-contact",
                        "freq-social-media-focus",
                        "freq-hidden-messages",
                        "freq-comparing")) {
            answers.put(q, Answer.answered(new AnswerValue.Choice("often")));
        }
        answers.put("raising-talked", Answer.answered(new AnswerValue.Choice("no")));
        answers.put("safety-afraid", Answer.answered(new AnswerValue.Choice(afraid)));
        return new AnswerSheet(
                BANK.ref(),
                null,
                "en",
                Instant.parse("2026-12-07T10:00:00Z"),
                Map.of("partner", answers),
                Map.of());
    }

    private static boolean together(String id) {
        return BANK.reflections().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .map(Reflection::together)
                .orElseThrow();
    }

    @Test
    void withASafetyFlagNoReflectionMarkedTogetherIsChosen() {
        Result flagged = new ScoringEngine(BANK).score(sheet("yes"));
        Result calm = new ScoringEngine(BANK).score(sheet("no"));
        assertThat(flagged.safety()).isTrue();
        assertThat(calm.safety()).isFalse();

        List<String> without = calm.headline().orElseThrow().reflections();
        List<String> with = flagged.headline().orElseThrow().reflections();
        assertThat(without.stream().filter(TogetherReflectionsTest::together))
                .as("chosen without a flag")
                .contains("saying-what-you-need", "feelings-elsewhere", "flirting-lines");
        assertThat(with).noneMatch(TogetherReflectionsTest::together);
        // everything else stays, in bank order
        assertThat(with)
                .containsExactlyElementsOf(
                        BANK.reflections().stream()
                                .map(Reflection::id)
                                .filter(
                                        id ->
                                                (without.contains(id) && !together(id))
                                                        || id.equals("safety-first"))
                                .toList());
        assertThat(flagged.safetyReflections(BANK)).containsExactly("safety-first");
        assertThat(flagged.otherReflections(BANK, flagged.headline().orElseThrow()))
                .doesNotContain("safety-first")
                .isNotEmpty();
        assertThat(calm.safetyReflections(BANK)).isEmpty();
        // the band stays; only its explanation is left out
        assertThat(flagged.headline().orElseThrow().band())
                .isEqualTo(calm.headline().orElseThrow().band());
        var band = BANK.primary().band(flagged.headline().orElseThrow().band()).orElseThrow();
        assertThat(band.together()).isTrue();
        assertThat(flagged.showsExplanation(band)).isFalse();
        assertThat(calm.showsExplanation(band)).isTrue();
    }

    @Test
    void aRuleNamesTheFlagsInsideAllAndAny() {
        Rule rule =
                new Rule.AllOf(
                        List.of(
                                new Rule.ScoreRange("concern", 50.0, null),
                                new Rule.AnyOf(
                                        List.of(
                                                new Rule.Always(),
                                                new Rule.FlagRaised("safety-control")))));
        assertThat(rule.flags()).containsExactly("safety-control");
        assertThat(new Reflection("r", null, rule).namesFlag(Set.of("safety-control"))).isTrue();
        assertThat(new Reflection("r", null, rule).namesFlag(Set.of("safety-fear"))).isFalse();
        assertThat(new Rule.Always().flags()).isEmpty();
    }
}
