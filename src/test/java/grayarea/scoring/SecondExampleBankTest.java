package grayarea.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetFit;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second example bank, questions/examples/openness-check.json ("Trust and Openness Check"), as
 * the app carries it, scores each of its sample sheets to the figures worked out by hand here and
 * in docs/question-bank.md ("The example screen").
 *
 * <p>The bank in brief: six items on the dimension {@code strain}, each giving 0 to 3 points (scale
 * not true 0, a little 1, mostly 2, very true 3, and "not sure" with no value); {@code talk-openly}
 * is reverse-scored (3 − value); {@code raised-worry} is a single question (easily 0, with effort
 * 1, great difficulty 2, kept to myself 3, "nothing came up" = does not apply). Sum, prorated with
 * at most 2 missing, rounded half-up. Bands: steady from 0, some-strain from 6, worth-time from 11.
 * Coverage: at least 4 of the six items answered. Band rule {@code one-strong-answer}: any answer
 * at the "very true" end raises the headline to at least some-strain. {@code together} is an
 * unscored context question; {@code afraid} is private and safety-relevant, and "yes" raises the
 * safety flag {@code afraid}, which withholds the band.
 */
class SecondExampleBankTest {

    private static final BankRef REF = new BankRef("openness-check", "1.0.0");
    private static final Path EXAMPLES = Path.of("questions/examples");

    private final QuestionBank bank = BankCatalog.bundled().find(REF).orElseThrow();
    private final ScoringEngine engine = new ScoringEngine(bank);

    private static AnswerSheet sheet(String name) throws Exception {
        return AnswerSheetJson.read(EXAMPLES.resolve("answers-openness-check-" + name + ".json"))
                .sheet();
    }

    private static AnswerSheet with(AnswerSheet sheet, String question, Answer answer) {
        Map<String, Answer> main = new LinkedHashMap<>(sheet.part(Parts.MAIN));
        main.put(question, answer);
        return sheet.withPart(Parts.MAIN, main);
    }

    private static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    private static Score strain(PartResult part) {
        return part.score("strain").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"complete", "prorated", "declined-safety", "too-few-answers", "band-rule"})
    @DisplayName("every sample sheet names the bundled bank and fits it")
    void everySampleFits(String name) throws Exception {
        AnswerSheetJson.Located located =
                AnswerSheetJson.read(EXAMPLES.resolve("answers-openness-check-" + name + ".json"));
        assertThat(located.sheet().bank()).isEqualTo(REF);
        assertThat(AnswerSheetFit.check(bank, located)).isEmpty();
    }

    @Test
    @DisplayName("complete: 2+1+1+0+2+1 = 7, some strain, nothing rounded, no rule fired")
    void complete() throws Exception {
        Result result = engine.score(sheet("complete"));
        PartResult main = result.part(Parts.MAIN).orElseThrow();

        // hold-back mostly 2, checking a little 1, talk-openly mostly reversed 3 - 2 = 1,
        // kept-private not true 0, wondering mostly 2, raised-worry with effort 1: 7 of 18.
        // Nothing missing, so prorating multiplies by 6 / 6; 7 is whole, rounding changes nothing.
        Score strain = strain(main);
        assertThat(strain.raw()).isEqualTo(7.0);
        assertThat(strain.value()).isEqualTo(7.0);
        assertThat(strain.unrounded()).isEqualTo(7.0);
        assertThat(strain.rounded()).isFalse();
        assertThat(strain.counted()).isEqualTo(6);
        assertThat(strain.missing()).isZero();
        assertThat(strain.setAside()).isZero();

        // 7 reaches some-strain (from 6), not worth-time (from 11); no answer is "very true" and
        // talk-openly "mostly" is one step from its strongest end ("not true"): no rule fires
        assertThat(main.band()).isEqualTo("some-strain");
        assertThat(main.headline())
                .isEqualTo(
                        new Headline(
                                Headline.Status.BAND,
                                "some-strain",
                                new Headline.CoverageCheck(true, 6, 0, 0, List.of()),
                                List.of()));

        // holding-back: hold-back is "mostly", at least "mostly"; feeling-unsure: wondering is
        // "mostly" (checking, "a little", is below); strain 7 < 11, so no hard-lately
        assertThat(main.reflections()).containsExactly("start", "holding-back", "feeling-unsure");
        // points above each item's lowest (0), largest first, ties in bank order
        assertThat(main.why())
                .containsExactly(
                        new WhyItem("hold-back", "mostly", 2.0),
                        new WhyItem("wondering", "mostly", 2.0),
                        new WhyItem("checking", "a-little", 1.0),
                        new WhyItem("talk-openly", "mostly", 1.0),
                        new WhyItem("raised-worry", "with-effort", 1.0));
        assertThat(main.context()).containsExactly(new ContextAnswer("together", "one-to-five"));
        // checking "a little" is below "mostly", where raisesAtLeast starts; afraid is "no"
        assertThat(result.flags()).isEmpty();
        assertThat(result.safety()).isFalse();
        assertThat(result.safetyUnanswered()).isEmpty();
    }

    @Test
    @DisplayName("prorated: 7 x 6 / 4 = 10.5, rounded half-up to 11, worth time in session")
    void prorated() throws Exception {
        Result result = engine.score(sheet("prorated"));
        PartResult main = result.part(Parts.MAIN).orElseThrow();

        // hold-back mostly 2, talk-openly a little reversed 3 - 1 = 2, kept-private a little 1,
        // raised-worry great difficulty 2: raw 7 from 4 items; checking and wondering declined,
        // 2 missing, which maxMissing 2 allows. Prorated 7 x (4 + 2) / 4 = 10.5; half-up: 11.
        Score strain = strain(main);
        assertThat(strain.raw()).isEqualTo(7.0);
        assertThat(strain.unrounded()).isEqualTo(10.5);
        assertThat(strain.value()).isEqualTo(11.0);
        assertThat(strain.rounded()).isTrue();
        assertThat(strain.counted()).isEqualTo(4);
        assertThat(strain.missing()).isEqualTo(2);
        assertThat(strain.setAside()).isZero();

        // the band is taken from the rounded 11 (worth-time), not from 10.5 (some-strain)
        assertThat(main.band()).isEqualTo("worth-time");
        assertThat(main.headline())
                .isEqualTo(
                        new Headline(
                                Headline.Status.BAND,
                                "worth-time",
                                new Headline.CoverageCheck(
                                        true, 4, 2, 0, List.of("checking", "wondering")),
                                List.of()));
        // hard-lately reads the rounded score too: 11 >= 11
        assertThat(main.reflections()).containsExactly("start", "holding-back", "hard-lately");
        assertThat(main.why())
                .containsExactly(
                        new WhyItem("hold-back", "mostly", 2.0),
                        new WhyItem("talk-openly", "a-little", 2.0),
                        new WhyItem("raised-worry", "great-difficulty", 2.0),
                        new WhyItem("kept-private", "a-little", 1.0));
        assertThat(main.context()).containsExactly(new ContextAnswer("together", "over-five"));
        assertThat(result.flags()).isEmpty();
        assertThat(result.safetyUnanswered()).isEmpty();
    }

    @Test
    @DisplayName("the same sheet with rounding \"floor\": 10.5 becomes 10, some strain")
    void roundingComesBeforeBanding() throws Exception {
        String json =
                Files.readString(EXAMPLES.resolve("openness-check.json"))
                        .replace("\"rounding\": \"half-up\"", "\"rounding\": \"floor\"");
        QuestionBank floor =
                BankLoader.load("openness-floor.json", json.getBytes(StandardCharsets.UTF_8));
        PartResult main =
                new ScoringEngine(floor).score(sheet("prorated")).part(Parts.MAIN).orElseThrow();
        assertThat(strain(main).unrounded()).isEqualTo(10.5);
        assertThat(strain(main).value()).isEqualTo(10.0);
        assertThat(main.band()).isEqualTo("some-strain");
        // hard-lately needs 11: the floored 10 does not reach it
        assertThat(main.reflections()).containsExactly("start", "holding-back");
    }

    @Test
    @DisplayName(
            "declined safety: \"not sure\" and \"doesn't apply\" set aside, 2 from 4 items scaled to 3; the declined safety question is the person's to see")
    void declinedSafety() throws Exception {
        Result result = engine.score(sheet("declined-safety"));
        PartResult main = result.part(Parts.MAIN).orElseThrow();

        // hold-back a little 1, talk-openly very true reversed 3 - 3 = 0, kept-private not true 0,
        // wondering a little 1: raw 2 from 4 items. checking "not sure" and raised-worry "nothing
        // came up" (does not apply) are neither counted nor missing, and not counted as 0: the
        // prorated sum is scaled up over all six items, 2 x 6 / 4 = 3.
        Score strain = strain(main);
        assertThat(strain.raw()).isEqualTo(2.0);
        assertThat(strain.value()).isEqualTo(3.0);
        assertThat(strain.rounded()).isFalse();
        assertThat(strain.counted()).isEqualTo(4);
        assertThat(strain.missing()).isZero();
        assertThat(strain.notSure()).isEqualTo(1);
        assertThat(strain.notApplicable()).isEqualTo(1);

        // coverage: 4 answered (exactly the 4 needed), 0 missing, 2 set aside: met
        assertThat(main.band()).isEqualTo("steady");
        assertThat(main.headline())
                .isEqualTo(
                        new Headline(
                                Headline.Status.BAND,
                                "steady",
                                new Headline.CoverageCheck(true, 4, 0, 2, List.of()),
                                List.of()));
        assertThat(main.reflections()).containsExactly("start");
        assertThat(main.why())
                .containsExactly(
                        new WhyItem("hold-back", "a-little", 1.0),
                        new WhyItem("wondering", "a-little", 1.0));
        assertThat(main.context()).containsExactly(new ContextAnswer("together", "under-a-year"));

        // afraid was declined: no flag is raised, but the result knows a safety question went
        // unanswered. It is private, so it is not in the coverage list above either.
        assertThat(result.flags()).isEmpty();
        assertThat(result.safety()).isFalse();
        assertThat(result.safetyUnanswered()).containsExactly("afraid");
        // every file that is not sealed drops it: a partner never learns it was left unanswered
        assertThat(result.withoutSafetyFlags(bank).safetyUnanswered()).isEmpty();
    }

    @Test
    @DisplayName(
            "too few answers: 2 of the 4 needed, no band; the \"very true\" answer still stands out")
    void tooFewAnswers() throws Exception {
        Result result = engine.score(sheet("too-few-answers"));
        PartResult main = result.part(Parts.MAIN).orElseThrow();

        // hold-back very true 3, raised-worry easily 0: raw 3 from 2 items; checking and
        // kept-private "not sure" (set aside); talk-openly and wondering declined (2 missing,
        // allowed). The score is still formed: 3 x 6 / 2 = 9, whole, so rounding is idle.
        Score strain = strain(main);
        assertThat(strain.raw()).isEqualTo(3.0);
        assertThat(strain.value()).isEqualTo(9.0);
        assertThat(strain.rounded()).isFalse();
        assertThat(strain.counted()).isEqualTo(2);
        assertThat(strain.missing()).isEqualTo(2);
        assertThat(strain.notSure()).isEqualTo(2);
        assertThat(strain.notApplicable()).isZero();

        // but coverage asks for 4 answered and has 2: no headline band, although the score's own
        // band would be some-strain. The fired rule is listed as an answer that stands out; it
        // raised nothing, since there is no band to raise.
        assertThat(main.band()).isNull();
        assertThat(main.headline())
                .isEqualTo(
                        new Headline(
                                Headline.Status.NOT_ENOUGH_ANSWERED,
                                "some-strain",
                                new Headline.CoverageCheck(
                                        false, 2, 2, 2, List.of("talk-openly", "wondering")),
                                List.of(
                                        new Headline.FiredRule(
                                                "one-strong-answer",
                                                "some-strain",
                                                false,
                                                List.of(new WhyItem("hold-back", "very-true", 3.0)),
                                                null))));
        assertThat(main.reflections()).containsExactly("start", "holding-back");
        assertThat(main.why()).containsExactly(new WhyItem("hold-back", "very-true", 3.0));
        // together was declined: no context
        assertThat(main.context()).isEmpty();
        assertThat(result.flags()).isEmpty();
        assertThat(result.safetyUnanswered()).isEmpty();
    }

    @Test
    @DisplayName("band rule: a total of 4 is steady, but \"very true\" to checking lifts it")
    void bandRule() throws Exception {
        Result result = engine.score(sheet("band-rule"));
        PartResult main = result.part(Parts.MAIN).orElseThrow();

        // hold-back 0, checking very true 3, talk-openly very true reversed 0, kept-private 0,
        // wondering a little 1, raised-worry easily 0: 4 of 18, steady (0 to 5)
        Score strain = strain(main);
        assertThat(strain.raw()).isEqualTo(4.0);
        assertThat(strain.value()).isEqualTo(4.0);
        assertThat(strain.counted()).isEqualTo(6);

        // checking "very true" is at the rule's step: some-strain, raised above steady.
        // talk-openly "very true" is reverse-scored, so it sits at the end that adds nothing and
        // does not fire the rule.
        assertThat(main.band()).isEqualTo("some-strain");
        assertThat(main.headline())
                .isEqualTo(
                        new Headline(
                                Headline.Status.BAND,
                                "steady",
                                new Headline.CoverageCheck(true, 6, 0, 0, List.of()),
                                List.of(
                                        new Headline.FiredRule(
                                                "one-strong-answer",
                                                "some-strain",
                                                true,
                                                List.of(new WhyItem("checking", "very-true", 3.0)),
                                                null))));
        // feeling-unsure: checking is at least "mostly"
        assertThat(main.reflections()).containsExactly("start", "feeling-unsure");
        assertThat(main.why())
                .containsExactly(
                        new WhyItem("checking", "very-true", 3.0),
                        new WhyItem("wondering", "a-little", 1.0));
        assertThat(main.context()).containsExactly(new ContextAnswer("together", "over-five"));
        // raisesAtLeast {"mostly": ["checking-urge"]}: "very true" comes after "mostly"; not safety
        assertThat(result.flags()).containsExactly("checking-urge");
        assertThat(result.safety()).isFalse();
    }

    @Test
    @DisplayName(
            "a reverse-scored item fires the band rule from its own strongest end: \"not true\"")
    void reverseScoredItemFiresFromTheOtherEnd() throws Exception {
        AnswerSheet sheet =
                with(
                        with(sheet("band-rule"), "checking", choice("a-little")),
                        "talk-openly",
                        choice("not-true"));
        PartResult main = engine.score(sheet).part(Parts.MAIN).orElseThrow();
        // 0 + 1 + (3 - 0) + 0 + 1 + 0 = 5: steady; "not true" to talk-openly gives its 3 points
        assertThat(strain(main).value()).isEqualTo(5.0);
        assertThat(main.headline().scoreBand()).isEqualTo("steady");
        assertThat(main.headline().rules())
                .containsExactly(
                        new Headline.FiredRule(
                                "one-strong-answer",
                                "some-strain",
                                true,
                                List.of(new WhyItem("talk-openly", "not-true", 3.0)),
                                null));
        assertThat(main.band()).isEqualTo("some-strain");
    }

    @Test
    @DisplayName("\"yes\" to the safety question raises the safety flag, which withholds the band")
    void safetyFlagWithholdsTheBand() throws Exception {
        Result result = engine.score(with(sheet("complete"), "afraid", choice("yes")));
        PartResult main = result.part(Parts.MAIN).orElseThrow();
        // the numbers are those of the complete sheet; the reports show the flag and help alone
        assertThat(strain(main).value()).isEqualTo(7.0);
        assertThat(main.band()).isEqualTo("some-strain");
        assertThat(result.flags()).containsExactly("afraid");
        assertThat(result.safety()).isTrue();
        assertThat(result.bandWithheld(bank)).isTrue();
        assertThat(main.reflections())
                .containsExactly("start", "holding-back", "feeling-unsure", "safety-first");
        // answered, so nothing is left unanswered; a safety question is never context
        assertThat(result.safetyUnanswered()).isEmpty();
        assertThat(main.context()).containsExactly(new ContextAnswer("together", "one-to-five"));
    }
}
