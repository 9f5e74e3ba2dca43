package grayarea.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.bank.Visibility;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.ScoringEngine;
import grayarea.session.TurnFile;
import grayarea.testing.CoupleScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A couple's turn through the quiz model, without a window: a question worded the same for both
 * perspectives is asked once and its answer is recorded in both parts, so both parts are scored
 * from the same questions (#18, docs/decisions/0035).
 */
class CoupleTurnTest {

    private static final QuestionBank BANK = CoupleScenario.bank();

    /** The questions asked once for both parts in 1.0.0: worded the same for both. */
    private static final List<String> ASKED_ONCE =
            List.of(
                    "raising-strain",
                    "reassure-open-friendships",
                    "reassure-habits",
                    "connection-need-overlooked",
                    "connection-weakened",
                    "connection-open-talk",
                    "connection-note",
                    "safety-afraid",
                    "safety-checked");

    @TempDir Path folder;

    private static Set<String> scored(AnswerSheet sheet, String part) {
        Set<String> ids = new TreeSet<>();
        sheet.part(part)
                .forEach(
                        (id, answer) -> {
                            if (BANK.question(id).orElseThrow().isScored()) {
                                ids.add(id);
                            }
                        });
        return ids;
    }

    private static Step step(Quiz quiz, String perspective, String section) {
        return quiz.steps().stream()
                .filter(s -> s.perspective().equals(perspective))
                .filter(s -> s.section().id().equals(section))
                .findFirst()
                .orElseThrow();
    }

    private static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    private static double value(Result result, String part, String dimension) {
        Score score = result.part(part).orElseThrow().score(dimension).orElseThrow();
        assertThat(score.computable()).as("%s in %s", dimension, part).isTrue();
        return score.value();
    }

    @Test
    void eachQuestionWordedTheSameIsAskedOnceAndRecordedInBothParts() {
        Quiz quiz = CoupleScenario.alex(BANK);
        List<String> askedAboutPartner =
                quiz.steps().stream()
                        .filter(s -> s.perspective().equals("partner"))
                        .flatMap(s -> quiz.questionsOf(s).stream())
                        .map(Question::id)
                        .toList();
        // nobody answers the same sentence twice
        assertThat(askedAboutPartner).doesNotContainAnyElementsOf(ASKED_ONCE);
        AnswerSheet sheet = quiz.toSheet();
        for (String id : ASKED_ONCE) {
            assertThat(sheet.part("partner").get(id))
                    .as(id)
                    .isNotNull()
                    .isEqualTo(sheet.part("self").get(id));
        }
        assertThat(sheet.part("partner").get("raising-strain")).isEqualTo(choice("somewhat"));
    }

    @Test
    void bothPartsAreScoredFromTheSameQuestions() {
        AnswerSheet sheet = CoupleScenario.alexSheet(BANK);
        Set<String> self = scored(sheet, "self");
        Set<String> partner = scored(sheet, "partner");
        // the only scored questions one part has and the other lacks: the one the bank asks about
        // oneself only, and the two shown only after a "yes" to having talked about it (Alex has
        // talked about Alex's behaviour, not about Sam's)
        Set<String> onlySelf = new TreeSet<>(self);
        onlySelf.removeAll(partner);
        assertThat(onlySelf)
                .containsExactly("gut-if-reversed", "raising-defensive", "raising-dismissed");
        assertThat(self).containsAll(partner);
        // every scored question the bank asks in a part, and shown, is in that part
        for (String part : List.of("self", "partner")) {
            Map<String, Answer> answers = sheet.part(part);
            List<String> expected =
                    BANK.questionsInPart(part).stream()
                            .filter(Question::isScored)
                            .filter(q -> Visibility.isShown(q, answers))
                            .map(Question::id)
                            .toList();
            assertThat(scored(sheet, part)).as(part).containsExactlyInAnyOrderElementsOf(expected);
        }
        Result result = new ScoringEngine(BANK).score(sheet);
        for (String dimension : List.of("concern", "connection", "protective")) {
            assertThat(result.part("partner").orElseThrow().score(dimension).orElseThrow())
                    .as("%s about the partner", dimension)
                    .satisfies(s -> assertThat(s.computable()).isTrue())
                    .satisfies(s -> assertThat(s.missing()).isZero());
        }
    }

    /**
     * The numbers worked out by hand from the plan in {@link CoupleScenario}; agreement steps are 0
     * to 3, frequency 0 to 3, a "no" to being fine with it in front of the partner 2.
     */
    @Test
    void alexsTurnScoresAsWorkedOutByHand() {
        Result result = new ScoringEngine(BANK).score(CoupleScenario.alexSheet(BANK));
        // about Alex, concern: behaviours 1+0+2+0+0, defensive 1, dismissed 0, strain 2, attention
        // 1, reassuring signs reversed 0+0+1, in front 0, if reversed 0, gut 1 = 9 of 15+12+9+2+2+3
        assertThat(value(result, "self", "concern")).isCloseTo(100.0 * 9 / 43, within(1e-9));
        assertThat(result.part("self").orElseThrow().band()).isEqualTo("few-signs");
        // about Sam: behaviours 2+0+3+1+0, not talked about (defensive and dismissed not shown),
        // strain 2, attention 2, reassuring signs reversed 0+2+1, in front 2, gut 2 = 17 of
        // 15+6+9+2+3
        assertThat(value(result, "partner", "concern")).isCloseTo(100.0 * 17 / 35, within(1e-9));
        assertThat(result.part("partner").orElseThrow().band()).isEqualTo("some-gray-areas");
        // strain on the connection: dismissed 0 (self only: shown after "yes"), strain 2, need 1,
        // weakened 0, open talk very much reversed 0
        assertThat(value(result, "self", "connection")).isCloseTo(100.0 * 3 / 15, within(1e-9));
        assertThat(value(result, "partner", "connection")).isCloseTo(100.0 * 3 / 12, within(1e-9));
        // reassuring signs: open friendships 3, no secrecy 3 (about Sam 1), closeness 2, two habits
        assertThat(value(result, "self", "protective")).isCloseTo(100.0 * 10 / 15, within(1e-9));
        assertThat(value(result, "partner", "protective")).isCloseTo(100.0 * 8 / 15, within(1e-9));
        // the safety questions were answered once: none is left unanswered in either part
        assertThat(result.safetyUnanswered()).isEmpty();
        assertThat(result.safety()).isFalse();
    }

    @Test
    void anOldCoupleSheetWithTheseAnswersOnlyInTheFirstPartScoresAsBefore() {
        // as the app saved a turn before: an answer asked once only in the "self" part
        AnswerSheet now = CoupleScenario.alexSheet(BANK);
        Map<String, Answer> partner = new LinkedHashMap<>(now.part("partner"));
        ASKED_ONCE.forEach(partner::remove);
        AnswerSheet old = now.withPart("partner", partner);
        Result result = new ScoringEngine(BANK).score(old);
        PartResult aboutSam = result.part("partner").orElseThrow();
        // as before: four connection questions missing, more than its two allowed: no score
        assertThat(aboutSam.score("connection").orElseThrow().computable()).isFalse();
        // concern without strain and open friendships: 15 of 29, a band higher than from every
        // question
        assertThat(value(result, "partner", "concern")).isCloseTo(100.0 * 15 / 29, within(1e-9));
        assertThat(aboutSam.band()).isEqualTo("several-gray-areas");
        assertThat(value(result, "self", "concern")).isCloseTo(100.0 * 9 / 43, within(1e-9));
        // and the same sheet, through a file, gives the same again
        AnswerSheet reread = AnswerSheetJson.fromTree(AnswerSheetJson.toTree(old));
        assertThat(new ScoringEngine(BANK).score(reread)).isEqualTo(result);
    }

    @Test
    void changingOrDecliningAnAnswerAskedOnceChangesItInEveryPartWithOneSave() {
        List<Map<String, Answer>> saved = new ArrayList<>();
        Quiz quiz =
                new Quiz(
                        BANK,
                        null,
                        CoupleScenario.TURN,
                        "en",
                        "Alex",
                        new QuizSaver() {
                            @Override
                            public void save(Quiz q) {
                                saved.add(Map.copyOf(q.answers()));
                            }

                            @Override
                            public void delete() {}
                        },
                        Map.of(),
                        Instant.now());
        List<String> heard = new ArrayList<>();
        quiz.addListener(
                new Quiz.Listener() {
                    @Override
                    public void answerChanged(String key) {
                        heard.add(key);
                    }
                });
        Step raising = step(quiz, "self", "raising-it");
        Question strain = BANK.question("raising-strain").orElseThrow();

        quiz.setAnswer(raising, strain, choice("a-little"));
        assertThat(heard).containsExactly("self/raising-strain", "partner/raising-strain");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0))
                .containsEntry("self/raising-strain", choice("a-little"))
                .containsEntry("partner/raising-strain", choice("a-little"));

        // from the review page: back to the page, the answer changed there
        quiz.setStep(quiz.steps().size());
        quiz.setStep(quiz.steps().indexOf(raising));
        quiz.setAnswer(raising, strain, choice("very-much"));
        assertThat(quiz.toSheet().part("partner").get("raising-strain"))
                .isEqualTo(choice("very-much"));
        quiz.setAnswer(raising, strain, Answer.declined());
        AnswerSheet sheet = quiz.toSheet();
        assertThat(sheet.part("self").get("raising-strain")).isEqualTo(Answer.declined());
        assertThat(sheet.part("partner").get("raising-strain")).isEqualTo(Answer.declined());
        quiz.clearAnswer(raising, strain);
        sheet = quiz.toSheet();
        assertThat(sheet.part("self").get("raising-strain")).isEqualTo(Answer.notReached());
        assertThat(sheet.part("partner").get("raising-strain")).isEqualTo(Answer.notReached());
        // one save for each change (two steps, three answers), however many parts it touched
        assertThat(saved).hasSize(1 + 2 + 1 + 1 + 1);

        // a question worded for each perspective stays in its own part
        Step behaviours = step(quiz, "self", "behaviours");
        Question flirty = BANK.question("freq-flirty-messages").orElseThrow();
        quiz.setAnswer(behaviours, flirty, choice("often"));
        assertThat(quiz.answers()).containsKey("self/freq-flirty-messages");
        assertThat(quiz.answers()).doesNotContainKey("partner/freq-flirty-messages");
    }

    @Test
    void aTurnSavedBeforeAnswersWereCopiedIsResumedWithEveryPartFilled() {
        AnswerSheet now = CoupleScenario.alexSheet(BANK);
        Map<String, Answer> partner = new LinkedHashMap<>(now.part("partner"));
        ASKED_ONCE.forEach(partner::remove);
        AnswerSheet old = now.withPart("partner", partner);

        Quiz resumed = CoupleScenario.turn(BANK, "Alex");
        resumed.restore(old, Map.of(), 3, false);

        assertThat(resumed.toSheet()).isEqualTo(now);
        assertThat(resumed.step()).isEqualTo(3);
    }

    @Test
    void aPrivateQuestionsCopyIsPrivateAndAnUnsharedAnswerLeavesEveryPart() throws Exception {
        AnswerSheet full = CoupleScenario.alexSheet(BANK);
        assertThat(full.part("partner").get("connection-note")).isNotNull();
        // the sharing page's choice, applied to every part the answer is in
        Quiz quiz = CoupleScenario.alex(BANK);
        Step raising = step(quiz, "self", "raising-it");
        Question strain = BANK.question("raising-strain").orElseThrow();
        AnswerSheet chosen = full;
        for (String part : quiz.partsOf(raising, strain)) {
            Map<String, Answer> answers = new LinkedHashMap<>(chosen.part(part));
            answers.put(strain.id(), answers.get(strain.id()).withShared(false));
            chosen = chosen.withPart(part, answers);
        }
        assertThat(quiz.partsOf(raising, strain)).containsExactly("self", "partner");

        Sharing.Shared shared = Sharing.share(BANK, chosen);
        for (String part : List.of("self", "partner")) {
            assertThat(shared.sheet().part(part))
                    .as(part)
                    .doesNotContainKeys(
                            "connection-note", "safety-afraid", "safety-checked", "raising-strain");
            assertThat(shared.notShared().get(part)).as(part).containsExactly("raising-strain");
        }
        Path file = folder.resolve("alex.turn.json");
        TurnFile.export(file, BANK, chosen);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written)
                .doesNotContain(CoupleScenario.ALEX_NOTE)
                .doesNotContain("connection-note")
                .doesNotContain("safety-")
                .contains("raising-strain"); // named as not shared, its answer nowhere
        assertThat(TurnFile.read(file).turn().shared().sheet().part("partner"))
                .doesNotContainKey("raising-strain")
                .containsKey("connection-weakened");
    }

    @Test
    void aSectionAskedAboutThePartnerOnlyAsksItsQuestionsOnItsOwnPage() throws Exception {
        // a bank whose connection section is about the partner only: its questions worded the same
        // for every perspective are still asked, on the partner's page, and recorded there only
        String json = Files.readString(CoupleScenario.MICRO_CHEATING_1_0_0);
        String marker = "\"id\": \"connection\",\n      \"title\"";
        assertThat(json).contains(marker);
        QuestionBank partnerOnly =
                BankLoader.load(
                        "partner-only.json",
                        json.replace(
                                        marker,
                                        "\"id\": \"connection\",\n      \"perspectives\":"
                                                + " [\"partner\"],\n      \"title\"")
                                .getBytes(StandardCharsets.UTF_8));
        Quiz quiz = CoupleScenario.turn(partnerOnly, "Alex");
        Step connection = step(quiz, "partner", "connection");
        assertThat(quiz.questionsOf(connection))
                .extracting(Question::id)
                .contains("connection-weakened");
        assertThat(quiz.partsOf(connection, partnerOnly.question("connection-weakened").get()))
                .containsExactly("partner");
    }
}
