package grayarea.scoring;

import static grayarea.testing.Fixtures.choice;
import static grayarea.testing.Fixtures.ticks;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.TestBanks;
import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The two misleading results #17 starts from, on the default bank as released in 1.0.0 and with a
 * band rule and a coverage rule added the way a bank can now state them: the same answers then get
 * an honest headline.
 */
class IssueScenariosTest {

    private static final List<String> BEHAVIOURS =
            List.of(
                    "freq-flirty-messages",
                    "freq-disguised-contact",
                    "freq-social-media-focus",
                    "freq-hidden-messages",
                    "freq-comparing");

    private static final QuestionBank AS_RELEASED = TestBanks.released100();
    private static final QuestionBank WITH_RULES = withRules();

    private static QuestionBank withRules() {
        try {
            String json = Files.readString(Path.of(TestBanks.RELEASED_1_0_0));
            String rules =
                    "\"coverage\": { \"questions\": [\""
                            + String.join("\", \"", BEHAVIOURS)
                            + "\"], \"minAnswered\": 3 },\n"
                            + "\"bandRules\": [{ \"id\": \"secrecy-often\","
                            + " \"label\": { \"en\": \"an often-repeated sign of secrecy\", \"es\": \"una señal de secreto frecuente\" },"
                            + " \"atLeastBand\": \"several-gray-areas\","
                            + " \"when\": { \"dimension\": \"secrecy\", \"anyAnswerAtLeast\": \"often\" } }],\n"
                            + "\"bands\": [";
            int primary = json.indexOf("\"primary\"");
            int bands = json.indexOf("\"bands\": [", primary);
            String edited = json.substring(0, bands) + rules + json.substring(bands + 10);
            return BankLoader.load("with-rules.json", edited.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | ProblemsException e) {
            throw new AssertionError(e);
        }
    }

    /** The issue's first sheet: two "often" about secrecy, a strong gut feeling, all else calm. */
    private static AnswerSheet twoStrongSignsAmongCalmAnswers(QuestionBank bank) {
        return Fixtures.sheet(bank)
                .answer("partner", "freq-flirty-messages", choice("never"))
                .answer("partner", "freq-disguised-contact", choice("often"))
                .answer("partner", "freq-social-media-focus", choice("never"))
                .answer("partner", "freq-hidden-messages", choice("often"))
                .answer("partner", "freq-comparing", choice("never"))
                .answer("partner", "raising-talked", choice("no"))
                .answer("partner", "raising-strain", choice("not-at-all"))
                .answer("partner", "raising-attention-elsewhere", choice("not-at-all"))
                .answer("partner", "reassure-open-friendships", choice("very-much"))
                .answer("partner", "reassure-no-secrecy", choice("very-much"))
                .answer("partner", "reassure-closeness-intact", choice("very-much"))
                .answer(
                        "partner",
                        "reassure-habits",
                        ticks(
                                "know-friends",
                                "messages-no-worry",
                                "talked-limits",
                                "mention-new-people",
                                "time-together",
                                "hard-feelings"))
                .answer("partner", "gut-in-front", choice("yes"))
                .answer("partner", "gut-if-reversed", choice("yes"))
                .answer("partner", "gut-feeling", choice("very-much"))
                .answer("partner", "connection-need-overlooked", choice("not-at-all"))
                .answer("partner", "connection-weakened", choice("not-at-all"))
                .answer("partner", "connection-open-talk", choice("very-much"))
                .answer("partner", "safety-afraid", choice("no"))
                .answer("partner", "safety-checked", choice("no"))
                .build();
    }

    /** The issue's second sheet: every behaviour question declined, the rest calm. */
    private static AnswerSheet behavioursDeclined(QuestionBank bank) {
        Fixtures.SheetBuilder sheet = Fixtures.sheet(bank);
        BEHAVIOURS.forEach(q -> sheet.answer("partner", q, Answer.declined()));
        return sheet.answer("partner", "raising-talked", choice("no"))
                .answer("partner", "raising-strain", choice("not-at-all"))
                .answer("partner", "raising-attention-elsewhere", choice("not-at-all"))
                .answer("partner", "reassure-open-friendships", choice("very-much"))
                .answer("partner", "reassure-no-secrecy", choice("very-much"))
                .answer("partner", "reassure-closeness-intact", choice("very-much"))
                .answer("partner", "gut-in-front", choice("yes"))
                .answer("partner", "gut-if-reversed", choice("yes"))
                .answer("partner", "gut-feeling", choice("not-at-all"))
                .answer("partner", "safety-afraid", choice("no"))
                .answer("partner", "safety-checked", choice("no"))
                .build();
    }

    @Test
    void asReleasedTwoStrongSignsReadAsSomeGrayAreasWhileSecrecyIsFull() {
        PartResult part =
                new ScoringEngine(AS_RELEASED)
                        .score(twoStrongSignsAmongCalmAnswers(AS_RELEASED))
                        .part("partner")
                        .orElseThrow();
        assertThat(part.band()).isEqualTo("some-gray-areas");
        assertThat(part.score("secrecy").orElseThrow().value()).isEqualTo(100.0);
        assertThat(part.headline().rules()).isEmpty();
    }

    @Test
    void aBandRuleRaisesTheSameAnswersAndNamesThem() {
        PartResult part =
                new ScoringEngine(WITH_RULES)
                        .score(twoStrongSignsAmongCalmAnswers(WITH_RULES))
                        .part("partner")
                        .orElseThrow();
        assertThat(part.headline().scoreBand()).isEqualTo("some-gray-areas");
        assertThat(part.band()).isEqualTo("several-gray-areas");
        Headline.FiredRule rule = part.headline().rules().get(0);
        assertThat(rule.rule()).isEqualTo("secrecy-often");
        assertThat(rule.raised()).isTrue();
        assertThat(rule.answers())
                .extracting(WhyItem::question, WhyItem::answer)
                .containsExactly(
                        Tuple.tuple("freq-disguised-contact", "often"),
                        Tuple.tuple("freq-hidden-messages", "often"));
    }

    @Test
    void asReleasedDecliningEveryBehaviourReadsAsFewSigns() {
        PartResult part =
                new ScoringEngine(AS_RELEASED)
                        .score(behavioursDeclined(AS_RELEASED))
                        .part("partner")
                        .orElseThrow();
        assertThat(part.band()).isEqualTo("few-signs");
    }

    @Test
    void aCoverageRuleSaysNotEnoughWasAnsweredAndListsTheDeclinedQuestions() {
        PartResult part =
                new ScoringEngine(WITH_RULES)
                        .score(behavioursDeclined(WITH_RULES))
                        .part("partner")
                        .orElseThrow();
        assertThat(part.band()).isNull();
        assertThat(part.headline().status()).isEqualTo(Headline.Status.NOT_ENOUGH_ANSWERED);
        assertThat(part.headline().coverage().unanswered()).containsExactlyElementsOf(BEHAVIOURS);
        assertThat(part.headline().scoreBand()).isEqualTo("few-signs");
    }
}
