package grayarea.bank;

import static grayarea.bank.TinyBank.FILE;
import static grayarea.bank.TinyBank.at;
import static grayarea.bank.TinyBank.edit;
import static grayarea.bank.TinyBank.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mistakes a bank can make with the scoring features of #17, each made once in the valid
 * src/test/resources/scoring/features-bank.json and reported as the exact located line a person
 * sees.
 */
class ScoringFeaturesValidationTest {

    private static final String BANK = read("scoring/features-bank.json");

    private static String read(String resource) {
        try (InputStream in =
                ScoringFeaturesValidationTest.class
                        .getClassLoader()
                        .getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String json, String marker, String message) {
        return FILE + ":" + at(json, marker) + ": " + message;
    }

    private static String after(String json, String marker, String message) {
        return FILE + ":" + TinyBank.after(json, marker) + ": " + message;
    }

    @Test
    void theFeaturesBankIsValid() {
        assertThat(problems(BANK)).isEmpty();
    }

    @Test
    void aScaleNeedsTwoStepsWithAValue() {
        String json =
                edit(
                        BANK,
                        "{ \"id\": \"rarely\", \"label\": \"Rarely\", \"value\": 1 },\n        { \"id\": \"sometimes\", \"label\": \"Sometimes\", \"value\": 2 },\n        { \"id\": \"often\", \"label\": \"Often\", \"value\": 3 },",
                        "");
        assertThat(problems(json))
                .contains(
                        FILE
                                + ":"
                                + TinyBank.after(json, "\"id\": \"freq\",\n      \"options\": ")
                                + ": the scale \"freq\" needs at least two steps with a \"value\"; \"not sure\" and \"does not apply\" steps do not count");
    }

    @Test
    void aNotSureOptionGivesNoPoints() {
        String json =
                edit(
                        BANK,
                        "\"means\": \"does-not-apply\" }",
                        "\"means\": \"does-not-apply\", \"scores\": { \"total\": 1 } }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"does-not-apply\", \"scores\"",
                                "question \"q6\": the option \"na\" means \"not sure\" or \"does not apply\", so it can give no points and raise no flag; remove its \"scores\" and \"raises\""));
    }

    @Test
    void aChecklistHasNoNotSureOption() {
        String json =
                edit(
                        BANK,
                        "{ \"id\": \"q6\", \"type\": \"single\"",
                        "{ \"id\": \"q6\", \"type\": \"checklist\"");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"does-not-apply\" }",
                                "question \"q6\": the option \"na\" cannot be \"not sure\" or \"does not apply\", because a checklist can check it beside others; leave it out, or make the question a single choice"));
    }

    @Test
    void onlyASafetyFlagMayWithholdTheBand() {
        String json =
                edit(
                        BANK,
                        "{ \"id\": \"watch\", \"label\": \"Worth watching\" }",
                        "{ \"id\": \"watch\", \"label\": \"Worth watching\", \"withholdsBand\": true }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "true }\n  ],\n  \"texts\"",
                                "flag \"watch\" withholds the band, but it is not a safety flag: only a safety flag (\"safety\": true) may hide the result"));
    }

    @Test
    void coverageNamesKnownScoresAndQuestionsAndCanBeMet() {
        String json =
                edit(
                        BANK,
                        "\"coverage\": { \"dimensions\": [\"total\"], \"minAnswered\": 3 }",
                        "\"coverage\": { \"dimensions\": [\"totl\"], \"questions\": [\"q5\", \"q99\"], \"minAnswered\": 3 }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"totl\"",
                                "the coverage rule reads the unknown score \"totl\""),
                        line(
                                json,
                                "\"q99\"",
                                "the coverage rule reads the unknown question \"q99\""),
                        after(
                                json,
                                "\"minAnswered\": ",
                                "the coverage rule asks for at least 3 answers, but only 1 questions count towards it, so no result could ever have a headline"));
    }

    @Test
    void aBandRuleNamesAKnownBandAndAStepSomeItemHas() {
        String json =
                edit(
                        BANK,
                        "\"atLeastBand\": \"high\", \"when\": { \"dimension\": \"secrecy\", \"anyAnswerAtLeast\": \"often\" }",
                        "\"atLeastBand\": \"highest\", \"when\": { \"dimension\": \"secrecy\", \"anyAnswerAtLeast\": \"always\" }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"highest\"",
                                "band rule \"strong-secrecy\" names the unknown band \"highest\""),
                        after(
                                json,
                                "\"anyAnswerAtLeast\": ",
                                "band rule \"strong-secrecy\" waits for an answer at or above \"always\", but no scale question scored on \"secrecy\" has such a step"));
    }

    @Test
    void aBandRuleReadsAKnownScore() {
        String json =
                edit(
                        BANK,
                        "\"when\": { \"dimension\": \"openness\", \"scoreAtLeast\": 2 }",
                        "\"when\": { \"dimension\": \"opennes\", \"scoreAtLeast\": 2 }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"opennes\"",
                                "band rule \"open-enough\" reads the unknown score \"opennes\""));
    }

    @Test
    void anAtLeastConditionReadsAnEarlierScaleQuestionAndOneOfItsValuedSteps() {
        String notAStep =
                edit(
                        BANK,
                        "\"showIf\": { \"question\": \"q1\", \"atLeast\": \"sometimes\" }",
                        "\"showIf\": { \"question\": \"q1\", \"atLeast\": \"not-sure\" }");
        assertThat(problems(notAStep))
                .containsExactly(
                        after(
                                notAStep,
                                "\"q1\", \"atLeast\": ",
                                "question \"q9\" names \"not-sure\", which is not a step with a value in the scale \"freq\""));
        String notAScale =
                edit(
                        BANK,
                        "\"showIf\": { \"question\": \"q1\", \"atLeast\": \"sometimes\" }",
                        "\"showIf\": { \"questions\": [\"q1\", \"q5\"], \"atLeast\": \"sometimes\" }");
        assertThat(problems(notAScale))
                .containsExactly(
                        line(
                                notAScale,
                                "\"sometimes\" }, \"scoring\"",
                                "question \"q9\" waits for \"q5\" at or above a step, but \"q5\" is a single question; \"atLeast\" reads scale questions only"));
        String later =
                edit(
                        BANK,
                        "\"showIf\": { \"question\": \"q1\", \"atLeast\": \"sometimes\" }",
                        "\"showIf\": { \"question\": \"q9\", \"atLeast\": \"sometimes\" }");
        assertThat(problems(later))
                .containsExactly(
                        line(
                                later,
                                "\"q9\", \"atLeast\"",
                                "question \"q9\" is shown only after an answer to itself"));
    }

    @Test
    void aReflectionsAtLeastRuleReadsKnownQuestions() {
        String json =
                edit(
                        BANK,
                        "\"when\": { \"questions\": [\"q1\", \"q2\"], \"atLeast\": \"often\" }",
                        "\"when\": { \"questions\": [\"q1\", \"q0\"], \"atLeast\": \"often\" }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"q0\"",
                                "reflection \"r-often\" reads the unknown question \"q0\""));
    }

    @Test
    void raisesAtLeastNamesAValuedStep() {
        String json =
                edit(
                        BANK,
                        "\"raisesAtLeast\": { \"sometimes\": [\"watch\"] }",
                        "\"raisesAtLeast\": { \"not-sure\": [\"watch\"] }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "[\"watch\"] }",
                                "question \"q2\" names \"not-sure\", which is not a step with a value in the scale \"freq\""));
    }

    @Test
    void aStepHasAValueOrAMeaningNotBoth() {
        String json =
                edit(
                        BANK,
                        "{ \"id\": \"not-sure\", \"label\": \"Not sure\", \"means\": \"not-sure\" }",
                        "{ \"id\": \"not-sure\", \"label\": \"Not sure\", \"value\": 4, \"means\": \"not-sure\" }");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "{ \"id\": \"not-sure\"",
                                "scales[0].options[4]: a step has either a \"value\" (a number) or a \"means\" (\"not-sure\" or \"does-not-apply\"), not both and not neither"));
    }

    @Test
    void theFormsOfTheNewKeysAreSaidInWords() {
        String json =
                edit(
                        edit(
                                BANK,
                                "\"coverage\": { \"dimensions\": [\"total\"], \"minAnswered\": 3 }",
                                "\"coverage\": { \"dimensions\": [\"total\"], \"minAnswered\": 3, \"minShare\": 0.5 }"),
                        "\"anyAnswerAtLeast\": \"often\"",
                        "\"anyAnswerAtleast\": \"often\"");
        assertThat(problems(json))
                .containsExactly(
                        after(
                                json,
                                "\"coverage\": ",
                                "primary.coverage: a coverage rule gives one minimum: \"minAnswered\" (a whole number) or \"minShare\" (a share above 0 up to 1), not both and not neither"),
                        after(
                                json,
                                "\"strong-secrecy\", \"label\": \"a strong sign of secrecy\", \"atLeastBand\": \"high\", \"when\": ",
                                "primary.bandRules[0].when: must be {\"dimension\": id, \"anyAnswerAtLeast\": step id} or {\"dimension\": id, \"scoreAtLeast\": number}"));
        String nothing =
                edit(
                        BANK,
                        "\"coverage\": { \"dimensions\": [\"total\"], \"minAnswered\": 3 }",
                        "\"coverage\": { \"minAnswered\": 3 }");
        assertThat(problems(nothing))
                .containsExactly(
                        after(
                                nothing,
                                "\"coverage\": ",
                                "the coverage rule names nothing to count: give \"dimensions\", \"questions\" or both"));
    }

    @Test
    void aNotSureStepRaisesNothing() {
        String json =
                edit(
                        BANK,
                        "\"raisesAtLeast\": { \"sometimes\": [\"watch\"] }",
                        "\"raisesAtLeast\": { \"sometimes\": [\"watch\"] }, \"raisesOn\": { \"not-sure\": [\"watch\"] }");
        assertThat(problems(json))
                .containsExactly(
                        after(
                                json,
                                "\"raisesOn\": { \"not-sure\": ",
                                "question \"q2\" raises a flag on \"not-sure\", but \"not sure\" and \"does not apply\" are set aside and raise nothing; raise it on a step with a value"));
    }

    @Test
    void aSafetyQuestionIsPrivateSoARequiredOneMustStayDeclinable() {
        String json =
                edit(
                        BANK,
                        "{ \"id\": \"q8\", \"type\": \"yesno\", \"safety\": true,",
                        "{ \"id\": \"q8\", \"type\": \"yesno\", \"safety\": true, \"required\": true, \"declinable\": false,");
        assertThat(problems(json))
                .containsExactly(
                        after(
                                json,
                                "\"declinable\": ",
                                "question \"q8\" is private (as every safety question is) and required but cannot be declined: a private question must allow \"prefer not to say\""));
    }

    @Test
    void coverageCannotCountABoundaryRating() {
        String json =
                TinyBank.edit(
                        "\"primary\": {\"dimension\": \"concern\", \"bands\": [",
                        "\"primary\": {\"dimension\": \"concern\", \"coverage\": {\"questions\": [\"b-flirting\"], \"minShare\": 0.5}, \"bands\": [");
        assertThat(problems(json))
                .containsExactly(
                        line(
                                json,
                                "\"b-flirting\"]",
                                "the coverage rule counts \"b-flirting\", a boundary rating: boundary ratings are answered apart from any result and can never count towards one"));
    }

    @Test
    void aMisspeltNewKeyIsNamedWithWhatItBelongsTo() {
        String json =
                edit(
                        edit(BANK, "\"rounding\": \"half-up\"", "\"round\": \"half-up\""),
                        "\"atLeastBand\": \"high\"",
                        "\"atleastBand\": \"high\"");
        assertThat(problems(json))
                .contains(
                        after(
                                json,
                                "\"round\": ",
                                "dimensions[0]: \"round\" is not a property of a dimension: did you mean \"rounding\"?"),
                        after(
                                json,
                                "\"atleastBand\": ",
                                "primary.bandRules[0]: \"atleastBand\" is not a property of a band rule: did you mean \"atLeastBand\"?"));
    }
}
