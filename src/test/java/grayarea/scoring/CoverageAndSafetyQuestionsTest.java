package grayarea.scoring;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage named by question ids (one of them private) and which unanswered safety questions the
 * person is told about, on src/test/resources/scoring/pit-coverage.json. worry = sum of c1, c2 and
 * the private c3 (never 0 .. often 3); coverage: 2 of c1, c2, c3 answered. sq is safety-relevant
 * and asked about oneself only; sq-more is safety-relevant and shown only after talked = yes. The
 * band rule "any-c2" asks for at least high on any answer to c2 from its first step, "never", up.
 * The dimension c2-only (c2 alone) comes before the primary worry in the bank.
 */
class CoverageAndSafetyQuestionsTest {

    private static final String PARTNER = "partner";
    private static final String SELF = "self";
    private final QuestionBank bank = Fixtures.resourceBank("scoring/pit-coverage.json");
    private final ScoringEngine engine = new ScoringEngine(bank);

    @Test
    void aPrivateQuestionLeftOpenCountsAsMissingButIsNeverNamed() {
        // c1 answered, c2 and the private c3 declined: 1 of the 2 needed; only c2 is named
        PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(PARTNER, "c1", choice("often"))
                                        .answer(PARTNER, "c2", Answer.declined())
                                        .answer(PARTNER, "c3", Answer.declined())
                                        .build())
                        .part(PARTNER)
                        .orElseThrow();
        assertThat(part.headline().coverage())
                .isEqualTo(new Headline.CoverageCheck(false, 1, 2, 0, List.of("c2")));
        assertThat(part.band()).isNull();
    }

    @Test
    void exactlyMinAnsweredIsEnough() {
        // c1 often 3 + c2 rarely 1 = 4: high; c3 never reached is missing but not named
        PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(PARTNER, "c1", choice("often"))
                                        .answer(PARTNER, "c2", choice("rarely"))
                                        .build())
                        .part(PARTNER)
                        .orElseThrow();
        assertThat(part.headline().coverage())
                .isEqualTo(new Headline.CoverageCheck(true, 2, 1, 0, List.of()));
        // the band is the primary's (worry 4: high), not the first dimension's (c2-only 1: calm)
        assertThat(part.headline().scoreBand()).isEqualTo("high");
        assertThat(part.band()).isEqualTo("high");
    }

    @Test
    void aSafetyQuestionNotAskedInAPartOrHiddenThereIsNotUnanswered() {
        // partner part: sq is not asked about the partner; sq-more is hidden (talked "no").
        // self part: sq answered; sq-more hidden (talked not answered). Nothing to tell.
        Result result =
                engine.score(
                        Fixtures.sheet(bank)
                                .answer(PARTNER, "c1", choice("never"))
                                .answer(PARTNER, "talked", choice("no"))
                                .answer(SELF, "sq", choice("yes"))
                                .build());
        assertThat(result.safetyUnanswered()).isEmpty();
    }

    @Test
    void aShownSafetyQuestionLeftOpenIsNamedOnceInBankOrder() {
        // partner part: sq-more shown (talked "yes") and declined. self part: sq not reached,
        // sq-more shown and not reached. Each named once, in bank order.
        Result result =
                engine.score(
                        Fixtures.sheet(bank)
                                .answer(PARTNER, "talked", choice("yes"))
                                .answer(PARTNER, "sq-more", Answer.declined())
                                .answer(SELF, "talked", choice("yes"))
                                .build());
        assertThat(result.safetyUnanswered()).containsExactly("sq", "sq-more");
        assertThat(result.withoutSafetyFlags(bank).safetyUnanswered()).isEmpty();
    }

    @Test
    void aRuleFromTheFirstStepFiresOnAnyAnswerEvenTheLowest() {
        // c1 rarely 1 + c2 never 0 = 1: calm; c2 "never" is at or above "never": raised to high
        PartResult part =
                engine.score(
                                Fixtures.sheet(bank)
                                        .answer(PARTNER, "c1", choice("rarely"))
                                        .answer(PARTNER, "c2", choice("never"))
                                        .build())
                        .part(PARTNER)
                        .orElseThrow();
        assertThat(part.headline().scoreBand()).isEqualTo("calm");
        assertThat(part.headline().rules())
                .containsExactly(
                        new Headline.FiredRule(
                                "any-c2",
                                "high",
                                true,
                                List.of(new WhyItem("c2", "never", 0.0)),
                                null));
        assertThat(part.band()).isEqualTo("high");
    }
}
