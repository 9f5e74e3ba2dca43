package grayarea.report;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Parts;
import grayarea.bank.QuestionBank;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import grayarea.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a person reads in their report (#17): the headline explains itself step by step (coverage,
 * band rules, the score's own band, rounding), scores say what was set aside, context answers are
 * shown, and a safety question left unanswered is mentioned gently on the person's own screen only.
 * The reports fixture bank (src/test/resources/scoring/reports-bank.json) sums five strain
 * questions (one reverse-scored, one private), prorates up to three missing, rounds half-up, asks
 * for three answers, and raises to "Much strain" on any answer of "very often".
 */
class TextReportTest {

    private static final String UNANSWERED_SAFETY =
            "Not every question about your safety was answered, and that is completely fine. If"
                    + " anything there is on your mind, the services below can help.";

    private final QuestionBank bank = Fixtures.resourceBank("scoring/reports-bank.json");
    private final QuestionBank defaultBank =
            BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();

    /** A sheet to the fixture bank: question, answer pairs; "declined" declines. */
    private AnswerSheet sheet(String... pairs) {
        Fixtures.SheetBuilder builder = Fixtures.sheet(bank);
        for (int i = 0; i < pairs.length; i += 2) {
            Answer answer =
                    pairs[i + 1].equals("declined") ? Answer.declined() : choice(pairs[i + 1]);
            builder.answer(Parts.MAIN, pairs[i], answer);
        }
        return builder.build();
    }

    private String screen(AnswerSheet sheet) {
        return new TextReport(bank, "en", "elsewhere")
                .renderOnScreen(sheet, new ScoringEngine(bank).score(sheet));
    }

    private String paper(AnswerSheet sheet) {
        return new TextReport(bank, "en", "elsewhere")
                .render(sheet, new ScoringEngine(bank).score(sheet));
    }

    @Test
    void aDefaultBankSheetShowsItsContextAnswerAboutTheSituation() throws Exception {
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-partner.json")).sheet();
        Result result = new ScoringEngine(defaultBank).score(sheet);

        String text = new TextReport(defaultBank, "en").render(sheet, result);
        assertThat(text)
                .contains(
                        "About your situation\n"
                                + "- Have you raised any of this with your partner? — Yes\n")
                // the score line names only what is not zero beyond the answered items
                .contains("- Overall concern: 52.6 of 100 (13 answered, 1 not answered)\n")
                .contains("- Secrecy: 33.3 of 100 (3 answered)\n")
                // the app's own sentence, then the bank's own closing words
                .endsWith(
                        "This is a reflection aid, not a diagnosis. It gives no verdict on anyone."
                                + " If something feels off, a calm conversation or a couples"
                                + " therapist can help.\n");
        // a bank with no coverage, no band rule and no rounding: the band is just the score's
        assertThat(text).doesNotContain("How this result came about");

        assertThat(new TextReport(defaultBank, "es").render(sheet, result))
                .contains(
                        "Sobre tu situación\n- ¿Le has planteado algo de esto a tu pareja? — Sí\n");
    }

    @Test
    void tooFewAnswersGiveNoBandButListWhatWasLeftAndWhatStandsOut() {
        String text =
                screen(
                        sheet(
                                "q-sleep", "very-often",
                                "q-rows", "declined",
                                "q-silence", "declined",
                                "q-money", "not-sure",
                                "how-long", "long",
                                "afraid-home", "no"));

        assertThat(text)
                .contains(
                        "Result: not enough answered to say\n"
                                + "How this result came about:\n"
                                // the answer set aside as "not sure" is counted apart
                                + "- 1 of 6 questions answered, and at least 3 are needed: not"
                                + " enough to say.\n"
                                + "- 1 answered \"not sure\" or \"doesn't apply\", which counts"
                                + " neither way.\n"
                                + "- Not answered:\n"
                                + "  Rows that go unresolved\n"
                                + "  Days of silence\n"
                                + "  Calm evenings together\n"
                                + "- Answers that stand out:\n"
                                + "  Sleepless nights over the relationship — Very often\n"
                                + "Scores\n")
                .contains(
                        "About your situation\n- How long have you been together? — A year or more\n");
        // no band at all, and the private question is not named among those left unanswered
        assertThat(text)
                .doesNotContain("Much strain", "Some strain", "Little strain")
                .doesNotContain("A worry you keep to yourself");
    }

    @Test
    void aBandRuleThatRaisesTheResultSaysWhyStepByStep() {
        String text =
                screen(
                        sheet(
                                "q-sleep", "very-often",
                                "q-rows", "never",
                                "q-silence", "never",
                                "q-calm", "very-often",
                                "q-money", "never",
                                "q-secret", "never",
                                "afraid-home", "no"));

        assertThat(text)
                .contains(
                        "Result: Much strain\n"
                                + "Many of these came up.\n"
                                + "How this result came about:\n"
                                + "- 6 of 6 questions answered: enough to say.\n"
                                + "- Raised to \"Much strain\" because an answer was very often:\n"
                                + "  Sleepless nights over the relationship — Very often\n"
                                + "- On its own, the score (Strain: 3) falls in \"Little strain\".\n"
                                + "Scores\n"
                                + "- Strain: 3 (6 answered)\n");
    }

    @Test
    void rulesThatFiredWithoutRaisingAreListedQuietlyAfterTheBand() {
        // every answer at the top: 18, already the highest band by itself
        String text =
                screen(
                        sheet(
                                "q-sleep", "very-often",
                                "q-rows", "very-often",
                                "q-silence", "very-often",
                                "q-calm", "never",
                                "q-money", "very-often",
                                "q-secret", "very-often",
                                "afraid-home", "no"));

        assertThat(text)
                .contains(
                        "Result: Much strain\n"
                                + "Many of these came up.\n"
                                + "How this result came about:\n"
                                + "- 6 of 6 questions answered: enough to say.\n"
                                + "- Also standing out (an answer was very often):\n"
                                + "  Sleepless nights over the relationship — Very often\n")
                .contains(
                        "- Also standing out (the strain score is 12 or more):\n"
                                + "  Strain: 18\n"
                                + "- On its own, the score (Strain: 18) falls in \"Much strain\".\n")
                .doesNotContain("Raised to");
    }

    @Test
    void aRoundedScoreShowsTheNumberTheBandWasTakenFrom() {
        // 2 + 2 + 1 + (3 - 2) + 0 = 6 from 5 of 6 items, prorated to 7.2, rounded half-up to 7
        String text =
                screen(
                        sheet(
                                "q-sleep", "often",
                                "q-rows", "often",
                                "q-silence", "sometimes",
                                "q-calm", "often",
                                "q-money", "never",
                                "q-secret", "declined",
                                "afraid-home", "no"));

        assertThat(text)
                .contains(
                        "Result: Some strain\n"
                                + "Some of these came up.\n"
                                + "How this result came about:\n"
                                + "- 5 of 6 questions answered: enough to say.\n"
                                + "- On its own, the score (Strain: 7.2, rounded to 7) falls in"
                                + " \"Some strain\".\n")
                .contains("- Strain: 7.2, rounded to 7 (5 answered, 1 not answered)\n");
    }

    @Test
    void notSureAndDoesNotApplyAreCountedApartFromAnsweredAndMissing() {
        String text =
                screen(
                        sheet(
                                "q-sleep", "sometimes",
                                "q-rows", "na",
                                "q-silence", "sometimes",
                                "q-calm", "sometimes",
                                "q-money", "not-sure",
                                "q-secret", "sometimes",
                                "afraid-home", "no"));

        assertThat(text)
                // 5 from four answers, scaled up over all six items (not sure is not a 0):
                // 5 x 6 / 4 = 7.5, rounded half-up to 8
                .contains(
                        "- Strain: 7.5, rounded to 8 (4 answered, 1 not sure, 1 not applicable)\n")
                // set aside, they count as asked but not as answered
                .contains(
                        "- 4 of 6 questions answered: enough to say.\n"
                                + "- 2 answered \"not sure\" or \"doesn't apply\", which counts"
                                + " neither way.\n")
                .contains("Result: Some strain\n");
        assertThat(text).doesNotContain("not answered");
    }

    @Test
    void aSafetyQuestionLeftUnansweredIsMentionedGentlyOnTheScreenOnly() throws Exception {
        AnswerSheet sheet =
                sheet(
                        "q-sleep", "sometimes",
                        "q-rows", "never",
                        "q-silence", "never",
                        "q-calm", "often",
                        "q-money", "never",
                        "afraid-home", "declined");
        Result result = new ScoringEngine(bank).score(sheet);
        assertThat(result.safetyUnanswered()).containsExactly("afraid-home");

        // on the person's own screen: gently, with the help, never quoting the question
        String onScreen = screen(sheet);
        assertThat(onScreen)
                .contains(
                        "Help, if you need it\n"
                                + UNANSWERED_SAFETY
                                + "\nWherever you are:\n"
                                + "- Emergency services: contact your local emergency services"
                                + " — immediate danger\n"
                                + "- A help line (Testland): 555-0100\n"
                                + "- Your local service (Your area): details to be added\n")
                .doesNotContain("afraid", "Afraid");

        // the PDF the person saves is an unsealed file: not a word of it
        List<String> pdf =
                TherapistReportTest.pages(
                        new TextReport(bank, "en", "elsewhere").blocks(sheet, result, Map.of()));
        assertThat(String.join(" ", pdf))
                .contains("Help, if you need it", "A help line")
                .doesNotContain("left a question about your safety", "afraid");
        assertThat(paper(sheet)).doesNotContain(UNANSWERED_SAFETY);

        // nor the result file without private answers
        String withoutPrivate =
                ResultFile.toJson(
                        ResultFile.withoutPrivate(
                                bank,
                                new ResultFile.Contents(
                                        "0.1.0",
                                        Instant.parse("2026-11-20T19:30:00Z"),
                                        null,
                                        result,
                                        sheet,
                                        Map.of(),
                                        true)));
        assertThat(withoutPrivate).doesNotContain("safetyUnanswered", "afraid-home");
    }

    @Test
    void aSafetyFlagThatWithholdsTheBandLeadsWithHelpAndShowsNoBand() {
        String text =
                screen(
                        sheet(
                                "q-sleep", "very-often",
                                "q-rows", "often",
                                "q-silence", "often",
                                "q-calm", "never",
                                "q-money", "often",
                                "afraid-home", "yes"));

        assertThat(text)
                .contains(
                        "Your safety comes first\n"
                                + "You deserve to be safe at home.\n\n"
                                + "Help, if you need it\n"
                                + "Wherever you are:\n"
                                + "- Emergency services: contact your local emergency services"
                                + " — immediate danger\n"
                                + "- A help line (Testland): 555-0100\n")
                .contains(
                        "No band is shown for these answers: your safety comes first. The help"
                                + " above is there whenever you want it.\n");
        // nothing of the answers follows, as on the result page
        assertThat(text)
                .doesNotContain(
                        "Result:", "Much strain", "Raised to", "stand out", "Scores", "moved")
                .endsWith(
                        "This is a reflection aid, not a diagnosis. It gives no verdict on anyone.\n");
        assertThat(text.indexOf("Your safety comes first"))
                .isLessThan(text.indexOf("No band is shown"));
    }

    @Test
    void whenEveryQuestionIsSetAsideTheStepSaysSoWithoutCountingNoughts() {
        String text =
                screen(
                        sheet(
                                "q-sleep", "not-sure",
                                "q-rows", "na",
                                "q-silence", "not-sure",
                                "q-calm", "not-sure",
                                "q-money", "not-sure",
                                "q-secret", "not-sure",
                                "afraid-home", "no"));
        assertThat(text)
                .contains("Result: not enough answered to say\n")
                .contains(
                        "- All 6 questions were answered \"not sure\" or \"doesn't apply\": not"
                                + " enough to say, and that is all right.\n")
                .doesNotContain("0 of 0");
    }
}
