package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The default questions 1.1.0 as a therapist would try them, through the command line: each
 * scenario's sheet (src/test/resources/scenarios/micro-cheating-1.1.0) is scored with the bundled
 * bank it names, and the headline and its "why" are what the person reads.
 */
class DefaultQuestionsScenariosTest {

    private static final Path SHEETS = Path.of("src/test/resources/scenarios/micro-cheating-1.1.0");
    private static final String SEVERAL = "Several gray areas worth a closer look";

    static String score(String sheet, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[2 + more.length];
        args[0] = "score";
        args[1] = "--answers=" + SHEETS.resolve(sheet);
        System.arraycopy(more, 0, args, 2, more.length);
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err), "en");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void calmAnswersGiveFewSignsFromTheScoreAlone() {
        String out = score("calm.json");
        assertThat(out)
                .contains("Result: Few signs of concern\n")
                .contains("- 5 of 5 questions answered: enough to say.\n")
                .contains(
                        "- On its own, the score (Overall concern: 12.12, rounded to 12 of 100)"
                                + " falls in \"Few signs of concern\".")
                .doesNotContain("Raised to");
    }

    @Test
    void aNoteForASessionIsReportedAndThePrivateNoteNever() {
        String out = score("calm.json");
        assertThat(out)
                .contains("About your situation\n")
                .contains(
                        "- What would you like to talk about in a session? — How we split our"
                                + " evenings\n")
                .contains("- How long have you been together? — 4 to 10 years\n")
                .doesNotContain("canary private note");
    }

    @Test
    void oftenToHiddenMessagesRaisesTheHeadlineAndTheWhySaysSo() {
        String out = score("often-hidden-messages.json");
        assertThat(out)
                .contains("Result: " + SEVERAL + "\n")
                .contains(
                        "- Raised to \""
                                + SEVERAL
                                + "\" because an “often” answer about secrecy (a contact saved"
                                + " under another name, or hidden or deleted messages):\n"
                                + "  As far as you know, how often does your partner keep contact"
                                + " with someone out of sight, or delete messages so you won't see"
                                + " them? — Often\n")
                .contains(
                        "- On its own, the score (Overall concern: 21.21, rounded to 21 of 100)"
                                + " falls in \"Few signs of concern\".");
    }

    @Test
    void oftenToADisguisedContactRaisesTheHeadlineToo() {
        String out = score("often-disguised-contact.json");
        assertThat(out)
                .contains("Result: " + SEVERAL + "\n")
                .contains(
                        "  As far as you know, how often does your partner save someone's contact"
                                + " under a different or made-up name? — Often\n");
    }

    @Test
    void sometimesToBothSecrecyBehaviorsIsAHighSecrecyScore() {
        String out = score("high-secrecy.json");
        assertThat(out)
                .contains("Result: " + SEVERAL + "\n")
                .contains(
                        "- Raised to \""
                                + SEVERAL
                                + "\" because a Secrecy score of two-thirds or more:\n"
                                + "  Secrecy: 67\n")
                .contains("- Secrecy: 66.67, rounded to 67 of 100 (2 answered)\n");
    }

    @Test
    void everyBehaviorDeclinedGivesNoBandAndNamesThem() {
        String out = score("behaviors-declined.json");
        assertThat(out)
                .contains("Result: not enough answered to say\n")
                .contains(
                        "- 0 of 5 questions answered, and at least 3 are needed: not enough to say.\n")
                .contains("- Not answered:\n")
                .contains("  As far as you know, how often does your partner trade flirty messages")
                .contains("  As far as you know, how often does your partner compare you")
                .doesNotContain("Few signs of concern");
    }

    @Test
    void mostlyNotSureIsNotEnoughToSayAndCountsNeitherWay() {
        String out = score("mostly-not-sure.json");
        assertThat(out)
                .contains("Result: not enough answered to say\n")
                .contains(
                        "- 2 of 5 questions answered, and at least 3 are needed: not enough to say.\n")
                .contains(
                        "- 3 answered \"not sure\" or \"doesn't apply\", which counts neither way.\n")
                .contains(
                        "- Overall concern: 16.67, rounded to 17 of 100 (8 answered, 3 not sure)\n");
    }

    @Test
    void noOutsideFriendshipsIsNotASignOfConcern() {
        String out = score("no-outside-friendships.json");
        // The three reassurance questions are set aside, not scored as "not true" (which would
        // add 9 of 33 concern points): concern is 4 of 32 = 12.5, the same range as calm answers.
        assertThat(out)
                .contains("Result: Few signs of concern\n")
                .contains(
                        "- Overall concern: 12.5, rounded to 13 of 100 (8 answered, 3 not applicable)\n")
                .contains(
                        "- Reassuring signs: 16.67, rounded to 17 of 100 (1 answered, 3 not applicable)\n")
                .doesNotContain("openness about friends");
    }

    @Test
    void aGuessAboutThePartnerInformsReflectionButAddsNoPoints() {
        String calm = score("calm.json");
        String guess = score("a-guess-only.json");
        String concern = "- Overall concern: 12.12, rounded to 12 of 100 (11 answered)\n";
        assertThat(calm).contains(concern);
        assertThat(guess)
                .contains(concern)
                .contains("Result: Few signs of concern\n")
                .contains("- You guessed your partner would not be comfortable doing these things")
                .contains(
                        "- Do you think your partner would feel comfortable doing these things with"
                                + " you right there, watching? — No, I don't think so\n");
        assertThat(calm).doesNotContain("You guessed");
    }

    @Test
    void aReleasedSheetStillScoresWithItsOwnVersion() {
        StringWriter out = new StringWriter();
        int code =
                GrayAreaCli.run(
                        new String[] {"score", "--answers=questions/examples/answers-partner.json"},
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()),
                        "en");
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("question bank micro-cheating (version 1.0.0)")
                .doesNotContain("Raised to");
    }
}
