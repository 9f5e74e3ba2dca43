package grayarea.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Dimension;
import grayarea.bank.Parts;
import grayarea.bank.PrimaryScore;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Visibility;
import grayarea.testing.Fixtures;
import grayarea.testing.RandomSheets;
import grayarea.testing.Seeded;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of coverage, band rules, rounding and set-aside answers over random sheets of the
 * features bank (answered with any option, "not sure" included, declined or not reached).
 */
class ScoringFeaturesPropertiesTest {

    private static final int TRIES = 400;
    private static final QuestionBank BANK = Fixtures.resourceBank("scoring/features-bank.json");
    private static final ScoringEngine ENGINE = new ScoringEngine(BANK);

    private static AnswerSheet randomSheet(Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : BANK.questionsInPart(Parts.MAIN)) {
            int roll = random.nextInt(6);
            if (roll == 0) {
                answers.put(question.id(), Answer.declined());
            } else if (roll == 1) {
                answers.put(question.id(), Answer.notReached());
            } else if (roll > 2 || random.nextBoolean()) {
                answers.put(
                        question.id(), Answer.answered(RandomSheets.randomValue(question, random)));
            }
        }
        return new AnswerSheet(
                BANK.ref(),
                "Random",
                "en",
                Instant.parse("2026-12-07T10:00:00Z"),
                Map.of(Parts.MAIN, answers),
                Map.of());
    }

    @Test
    void aBandRuleOnlyEverRaisesTheBandAndTheHighestRuleWins() {
        PrimaryScore primary = BANK.primary();
        Seeded.tries(
                TRIES,
                random -> {
                    PartResult part = ENGINE.score(randomSheet(random)).parts().get(0);
                    Headline headline = part.headline();
                    assertThat(part.band() == null)
                            .isEqualTo(headline.status() != Headline.Status.BAND);
                    if (part.band() == null) {
                        return;
                    }
                    int highest = primary.rank(headline.scoreBand());
                    for (Headline.FiredRule rule : headline.rules()) {
                        assertThat(rule.raised())
                                .isEqualTo(
                                        primary.rank(rule.band())
                                                > primary.rank(headline.scoreBand()));
                        highest = Math.max(highest, primary.rank(rule.band()));
                    }
                    assertThat(primary.rank(part.band())).isEqualTo(highest);
                });
    }

    @Test
    void everyShownItemIsCountedMissingOrSetAsideExactlyOnce() {
        Seeded.tries(
                TRIES,
                random -> {
                    AnswerSheet sheet = randomSheet(random);
                    Map<String, Answer> shown =
                            Visibility.dropHidden(BANK, Parts.MAIN, sheet.part(Parts.MAIN));
                    PartResult part = ENGINE.score(sheet).parts().get(0);
                    for (Score score : part.scores()) {
                        long items =
                                BANK.questionsInPart(Parts.MAIN).stream()
                                        .filter(q -> q.scoresOn(score.dimension()))
                                        .filter(q -> Visibility.isShown(q, shown))
                                        .count();
                        assertThat(
                                        score.counted()
                                                + score.missing()
                                                + score.notSure()
                                                + score.notApplicable())
                                .as(score.dimension())
                                .isEqualTo((int) items);
                    }
                    Headline.CoverageCheck coverage = part.headline().coverage();
                    Score total = part.score("total").orElseThrow();
                    assertThat(coverage.answered()).isEqualTo(total.counted());
                    assertThat(coverage.missing()).isEqualTo(total.missing());
                    assertThat(coverage.setAside()).isEqualTo(total.setAside());
                    assertThat(coverage.met()).isEqualTo(total.counted() >= 3);
                });
    }

    @Test
    void theShownNumberIsTheFormedOneRoundedAsTheBankSays() {
        Seeded.tries(
                TRIES,
                random -> {
                    PartResult part = ENGINE.score(randomSheet(random)).parts().get(0);
                    for (Score score : part.scores()) {
                        if (score.value() == null) {
                            assertThat(score.unrounded()).isNull();
                            continue;
                        }
                        Dimension dimension = BANK.dimension(score.dimension()).orElseThrow();
                        assertThat(score.value())
                                .isEqualTo(dimension.rounding().apply(score.unrounded()));
                        assertThat(score.value() % 1.0)
                                .isEqualTo(
                                        dimension.rounding() == Dimension.Rounding.NONE
                                                ? score.unrounded() % 1.0
                                                : 0.0);
                    }
                    if (part.headline().scoreBand() != null) {
                        double value = part.score("total").orElseThrow().value();
                        assertThat(part.headline().scoreBand())
                                .isEqualTo(BANK.primary().bandFor(value).id());
                    }
                });
    }

    @Test
    void aSetAsideAnswerNeverExplainsAResult() {
        Seeded.tries(
                TRIES,
                random -> {
                    AnswerSheet sheet = randomSheet(random);
                    PartResult part = ENGINE.score(sheet).parts().get(0);
                    part.why().forEach(w -> assertThat(w.answer()).isNotIn("not-sure", "na"));
                    part.headline()
                            .rules()
                            .forEach(
                                    r ->
                                            r.answers()
                                                    .forEach(
                                                            w ->
                                                                    assertThat(w.answer())
                                                                            .isNotIn(
                                                                                    "not-sure",
                                                                                    "na")));
                });
    }

    @Test
    void answeringAQuestionLeftOpenNeverTakesAHeadlineAway() {
        Seeded.tries(
                TRIES,
                random -> {
                    AnswerSheet sheet = randomSheet(random);
                    Headline.CoverageCheck before =
                            ENGINE.score(sheet).parts().get(0).headline().coverage();
                    Map<String, Answer> answers = new LinkedHashMap<>(sheet.part(Parts.MAIN));
                    for (String open : before.unanswered()) {
                        Question question = BANK.question(open).orElseThrow();
                        answers.put(
                                open, Answer.answered(RandomSheets.randomValue(question, random)));
                    }
                    Headline.CoverageCheck after =
                            ENGINE.score(sheet.withPart(Parts.MAIN, answers))
                                    .parts()
                                    .get(0)
                                    .headline()
                                    .coverage();
                    if (before.met()) {
                        assertThat(after.met()).isTrue();
                    }
                    assertThat(after.missing()).isLessThanOrEqualTo(before.missing());
                });
    }

    @Test
    void nothingAboutSafetyQuestionsSurvivesTheUnsealedCopy() {
        Seeded.tries(
                TRIES,
                random -> {
                    Result result = ENGINE.score(randomSheet(random));
                    Result unsealed = result.withoutSafetyFlags(BANK);
                    assertThat(unsealed.safetyUnanswered()).isEmpty();
                    assertThat(unsealed.bandWithheld(BANK)).isFalse();
                    assertThat(unsealed.parts()).isEqualTo(result.parts());
                });
    }
}
