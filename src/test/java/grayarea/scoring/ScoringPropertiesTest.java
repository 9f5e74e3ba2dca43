package grayarea.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.testing.Fixtures;
import grayarea.testing.Generators;
import grayarea.testing.RandomSheets;
import grayarea.testing.Seeded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the engine over random answers, on the default bank and the scoring fixture. */
class ScoringPropertiesTest {

    private static final QuestionBank DEFAULT = BankLoader.loadDefault();
    private static final QuestionBank FIXTURE = Fixtures.scoringBank();

    /** Tries per property: the 200 the suite ran these with before (the pom's jqwik.tries). */
    private static final int TRIES = 200;

    /** A property over a bank, a perspective and the random answers drawn from them. */
    private interface Property {
        void check(QuestionBank bank, String perspective, Random random);
    }

    private static void forAll(Property property) {
        Seeded.tries(
                TRIES,
                random ->
                        property.check(
                                Generators.oneOf(random, DEFAULT, FIXTURE),
                                Generators.oneOf(random, "partner", "self"),
                                new Random(Generators.anyLong(random))));
    }

    @Test
    void aConcernAnswerNeverLowersConcern() {
        forAll(ScoringPropertiesTest::aConcernAnswerNeverLowersConcern);
    }

    private static void aConcernAnswerNeverLowersConcern(
            QuestionBank bank, String perspective, Random random) {
        AnswerSheet sheet = RandomSheets.answered(bank, perspective, random);
        String primary = bank.primary().dimension();
        List<Question> scored =
                bank.questionsInPart(perspective).stream()
                        .filter(q -> q.scoresOn(primary) && q.type() != QuestionType.CHECKLIST)
                        .toList();
        Question question = scored.get(random.nextInt(scored.size()));
        Map<String, Answer> answers = new LinkedHashMap<>(sheet.part(perspective));
        // every pair of options where the second gives at least as many concern points; a step
        // that sets the answer aside ("not sure", "doesn't apply") is no position on the scale
        for (Option lower : question.options()) {
            for (Option higher : question.options()) {
                if (lower.setsAside()
                        || higher.setsAside()
                        || higher.score(primary) < lower.score(primary)) {
                    continue;
                }
                answers.put(question.id(), Answer.answered(new AnswerValue.Choice(lower.id())));
                Double before = concern(bank, sheet.withPart(perspective, answers), perspective);
                answers.put(question.id(), Answer.answered(new AnswerValue.Choice(higher.id())));
                Double after = concern(bank, sheet.withPart(perspective, answers), perspective);
                if (before != null && after != null) {
                    assertThat(after)
                            .as("%s: %s -> %s", question.id(), lower.id(), higher.id())
                            .isGreaterThanOrEqualTo(before - 1e-9);
                }
            }
        }
    }

    @Test
    void tickingAConcernItemNeverLowersConcern() {
        // the partner's part has the checklists: the perspective drawn is not used
        forAll((bank, perspective, random) -> tickingAConcernItemNeverLowersConcern(bank, random));
    }

    private static void tickingAConcernItemNeverLowersConcern(QuestionBank bank, Random random) {
        String primary = bank.primary().dimension();
        AnswerSheet sheet = RandomSheets.answered(bank, "partner", random);
        for (Question checklist : bank.questionsInPart("partner")) {
            if (checklist.type() != QuestionType.CHECKLIST) {
                continue;
            }
            for (Option option : checklist.options()) {
                if (option.score(primary) < 0) {
                    continue;
                }
                Map<String, Answer> answers = new LinkedHashMap<>(sheet.part("partner"));
                List<String> without =
                        new ArrayList<>(
                                ((AnswerValue.Choices) answers.get(checklist.id()).value())
                                        .options());
                without.remove(option.id());
                List<String> with = new ArrayList<>(without);
                with.add(option.id());
                answers.put(checklist.id(), Answer.answered(new AnswerValue.Choices(without)));
                Double before = concern(bank, sheet.withPart("partner", answers), "partner");
                answers.put(checklist.id(), Answer.answered(new AnswerValue.Choices(with)));
                Double after = concern(bank, sheet.withPart("partner", answers), "partner");
                assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
            }
        }
    }

    @Test
    void anySubsetOfDeclinedOrUnreachedAnswersScores() {
        forAll(ScoringPropertiesTest::anySubsetOfDeclinedOrUnreachedAnswersScores);
    }

    private static void anySubsetOfDeclinedOrUnreachedAnswersScores(
            QuestionBank bank, String perspective, Random random) {
        AnswerSheet sheet = RandomSheets.answered(bank, perspective, random);
        for (String part : sheet.parts().keySet()) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            sheet.part(part)
                    .forEach(
                            (id, answer) -> {
                                switch (random.nextInt(4)) {
                                    case 0 -> answers.put(id, Answer.declined());
                                    case 1 -> answers.put(id, Answer.notReached());
                                    case 2 -> {} // left out of the sheet entirely
                                    default -> answers.put(id, answer);
                                }
                            });
            sheet = sheet.withPart(part, answers);
        }
        Result result = new ScoringEngine(bank).score(sheet);
        PartResult partResult = result.part(perspective).orElseThrow();
        for (Score score : partResult.scores()) {
            if (score.computable()) {
                assertThat(score.value()).isFinite();
            }
        }
        // a band is given exactly when the primary score is formed and, where the bank has a
        // coverage rule, enough of the questions it names were answered
        boolean formed = partResult.score(bank.primary().dimension()).orElseThrow().computable();
        Headline.CoverageCheck coverage = partResult.headline().coverage();
        boolean covered = coverage == null || coverage.met();
        assertThat(partResult.band() == null).isEqualTo(!(formed && covered));
    }

    @Test
    void answerOrderNeverMatters() {
        forAll(ScoringPropertiesTest::answerOrderNeverMatters);
    }

    private static void answerOrderNeverMatters(
            QuestionBank bank, String perspective, Random random) {
        AnswerSheet sheet = RandomSheets.answered(bank, perspective, random);
        AnswerSheet shuffled = sheet;
        for (String part : sheet.parts().keySet()) {
            List<Map.Entry<String, Answer>> entries = new ArrayList<>(sheet.part(part).entrySet());
            Collections.shuffle(entries, random);
            Map<String, Answer> reordered = new LinkedHashMap<>();
            entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
            shuffled = shuffled.withPart(part, reordered);
        }
        ScoringEngine engine = new ScoringEngine(bank);
        assertThat(engine.score(shuffled)).isEqualTo(engine.score(sheet));
    }

    private static Double concern(QuestionBank bank, AnswerSheet sheet, String perspective) {
        return new ScoringEngine(bank)
                .score(sheet)
                .part(perspective)
                .orElseThrow()
                .score(bank.primary().dimension())
                .orElseThrow()
                .value();
    }
}
