package grayarea.bank;

import static grayarea.bank.TinyBank.FILE;
import static grayarea.bank.TinyBank.at;
import static grayarea.bank.TinyBank.edit;
import static grayarea.bank.TinyBank.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per kind of problem a bank can have. Each breaks the small valid {@link TinyBank} in one
 * place and asserts the exact line a person sees: {@code FILE:LINE:COLUMN: message}, where
 * LINE:COLUMN is where the offending value starts (found with {@link TinyBank#at}).
 */
class BankValidatorTest {

    /** The expected problem line, at the start of the marker in the broken bank. */
    private static String problem(String json, String marker, String message) {
        return FILE + ":" + at(json, marker) + ": " + message;
    }

    /** The expected problem line, at the nth occurrence of the marker. */
    private static String problem(String json, String marker, int nth, String message) {
        return FILE + ":" + at(json, marker, nth) + ": " + message;
    }

    /**
     * The expected problem line, at the value that follows the marker (such as a key and colon).
     */
    private static String problemAfter(String json, String marker, String message) {
        return FILE + ":" + TinyBank.after(json, marker) + ": " + message;
    }

    @Test
    void theBaseBankIsValid() {
        TinyBank.assertValid(TinyBank.JSON);
    }

    @Test
    @DisplayName("the location helper counts lines and characters from 1 (checked by hand once)")
    void locationHelperIsRight() {
        String json =
                edit(
                        "{\"id\": \"q-habits\", \"type\": \"checklist\"",
                        "{\"id\": \"q-often\", \"type\": \"checklist\"");
        // line 46 of the bank text reads: 6 spaces, then {"id": "q-often", ... ; the id value
        // starts at column 14
        assertThat(problems(json))
                .containsExactly("tiny.json:46:14: the question id \"q-often\" is used twice");
    }

    @Test
    @DisplayName(
            "a problem after \"pequeño\" on the same line is located in characters, not bytes (checked by hand)")
    void columnsCountCharacters() {
        String json =
                edit(
                        "\"es\": \"Banco pequeño\"}",
                        "\"es\": \"Banco pequeño\", \"fr\": \"Petite\"}");
        // line 7:   "title": {"en": "Tiny bank", "es": "Banco pequeño", "fr": "Petite"},
        // "Petite" starts at character 61; counting bytes would say 62
        assertThat(problems(json))
                .containsExactly(
                        "tiny.json:7:61: this text is in \"fr\", which the bank does not declare in \"languages\"");
    }

    @Nested
    class DuplicateIds {

        @Test
        void question() {
            String json =
                    edit(
                            "{\"id\": \"q-habits\", \"type\": \"checklist\"",
                            "{\"id\": \"q-often\", \"type\": \"checklist\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-often\"",
                                    2,
                                    "the question id \"q-often\" is used twice"));
        }

        @Test
        void questionInAnotherSection() {
            String json =
                    edit(
                            "{\"id\": \"b-flirting\", \"type\": \"boundary\"",
                            "{\"id\": \"q-note\", \"type\": \"boundary\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-note\"",
                                    2,
                                    "the question id \"q-note\" is used twice"));
        }

        @Test
        void dimension() {
            String json =
                    edit(
                            "\"formation\": \"mean\"}\n",
                            "\"formation\": \"mean\"},\n    {\"id\": \"trust\", \"label\": {\"en\": \"Trust again\", \"es\": \"Confianza otra vez\"}, \"formation\": \"sum\"}\n");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"trust\", \"label\": {\"en\": \"Trust again\"",
                                    "the dimension id \"trust\" is used twice"));
        }

        @Test
        void band() {
            String json =
                    edit(
                            "\"explanation\": {\"en\": \"Many signs.\", \"es\": \"Muchas señales.\"}}\n",
                            "\"explanation\": {\"en\": \"Many signs.\", \"es\": \"Muchas señales.\"}},\n"
                                    + "    {\"id\": \"high\", \"from\": 5, \"label\": {\"en\": \"Higher\", \"es\": \"Más alto\"}, \"explanation\": {\"en\": \"More.\", \"es\": \"Más.\"}}\n");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"high\", \"from\": 5",
                                    "the band id \"high\" is used twice"));
        }

        @Test
        @DisplayName(
                "an option id twice in one question: located at the second, naming the question and the id")
        void optionOfAQuestion() {
            String json =
                    edit(
                            "\"scores\": {\"concern\": 2}, \"raises\": [\"afraid\"]}\n",
                            "\"scores\": {\"concern\": 2}, \"raises\": [\"afraid\"]},\n"
                                    + "        {\"id\": \"none\", \"label\": {\"en\": \"Nothing\", \"es\": \"Nada\"}}\n");
            assertThat(problems(json))
                    .singleElement()
                    .asString()
                    .startsWith(problem(json, "\"none\", \"label\": {\"en\": \"Nothing\"", ""))
                    .contains("\"q-signs\"", "\"none\"", "two options");
        }

        @Test
        void optionOfAQuestionReadsNaturally() {
            String json =
                    edit(
                            "\"scores\": {\"concern\": 2}, \"raises\": [\"afraid\"]}\n",
                            "\"scores\": {\"concern\": 2}, \"raises\": [\"afraid\"]},\n"
                                    + "        {\"id\": \"none\", \"label\": {\"en\": \"Nothing\", \"es\": \"Nada\"}}\n");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"none\", \"label\": {\"en\": \"Nothing\"",
                                    "question \"q-signs\" has two options with the id \"none\""));
        }

        static Stream<Arguments> otherKinds() {
            return Stream.of(
                    Arguments.of(
                            "perspective",
                            "{\"id\": \"self\", \"label\": {\"en\": \"About myself\", \"es\": \"Sobre mí\"}}\n",
                            "{\"id\": \"self\", \"label\": {\"en\": \"About myself\", \"es\": \"Sobre mí\"}},\n"
                                    + "    {\"id\": \"self\", \"label\": {\"en\": \"Me again\", \"es\": \"Yo otra vez\"}}\n",
                            "\"self\", \"label\": {\"en\": \"Me again\"",
                            "the perspective id \"self\" is used twice"),
                    Arguments.of(
                            "behaviour",
                            "{\"id\": \"hiding\", \"label\": {\"en\": \"Hiding messages\", \"es\": \"Ocultar mensajes\"}}\n",
                            "{\"id\": \"hiding\", \"label\": {\"en\": \"Hiding messages\", \"es\": \"Ocultar mensajes\"}},\n"
                                    + "    {\"id\": \"hiding\", \"label\": {\"en\": \"Hiding again\", \"es\": \"Ocultar otra vez\"}}\n",
                            "\"hiding\", \"label\": {\"en\": \"Hiding again\"",
                            "the behavior id \"hiding\" is used twice"),
                    Arguments.of(
                            "scale",
                            "\"value\": 3}\n    ]}\n",
                            "\"value\": 3}\n    ]},\n    {\"id\": \"freq\", \"options\": [{\"id\": \"a\", \"label\": {\"en\": \"A\", \"es\": \"A\"}, \"value\": 0},"
                                    + " {\"id\": \"b\", \"label\": {\"en\": \"B\", \"es\": \"B\"}, \"value\": 1}]}\n",
                            "\"freq\", \"options\": [{\"id\": \"a\"",
                            "the scale id \"freq\" is used twice"),
                    Arguments.of(
                            "flag",
                            "{\"id\": \"afraid\", \"label\": {\"en\": \"Afraid\", \"es\": \"Miedo\"}, \"safety\": true}\n",
                            "{\"id\": \"afraid\", \"label\": {\"en\": \"Afraid\", \"es\": \"Miedo\"}, \"safety\": true},\n"
                                    + "    {\"id\": \"afraid\", \"label\": {\"en\": \"Scared\", \"es\": \"Asustado\"}}\n",
                            "\"afraid\", \"label\": {\"en\": \"Scared\"",
                            "the flag id \"afraid\" is used twice"),
                    Arguments.of(
                            "help resource",
                            "\"region\": {\"en\": \"United States\", \"es\": \"Estados Unidos\"}}\n",
                            "\"region\": {\"en\": \"United States\", \"es\": \"Estados Unidos\"}},\n"
                                    + "    {\"id\": \"emergency\", \"name\": {\"en\": \"Emergency\", \"es\": \"Emergencia\"},"
                                    + " \"contact\": {\"en\": \"Call 112\", \"es\": \"Llama al 112\"}, \"region\": {\"en\": \"Europe\", \"es\": \"Europa\"}}\n",
                            "\"emergency\", \"name\": {\"en\": \"Emergency\", \"es\": \"Emergencia\"}",
                            "the help resource id \"emergency\" is used twice"),
                    Arguments.of(
                            "section",
                            "{\"id\": \"map\", \"title\"",
                            "{\"id\": \"main\", \"title\"",
                            "\"main\", \"title\": {\"en\": \"Boundaries\"",
                            "the section id \"main\" is used twice"),
                    Arguments.of(
                            "reflection",
                            "{\"id\": \"r-safety\", ",
                            "{\"id\": \"r-always\", ",
                            "\"r-always\", \"text\": {\"en\": \"Stay safe.\"",
                            "the reflection id \"r-always\" is used twice"),
                    Arguments.of(
                            "conversation prompt",
                            "\"text\": {\"en\": \"Talk about {behaviour}.\", \"es\": \"Hablen de {behaviour}.\"}}\n",
                            "\"text\": {\"en\": \"Talk about {behaviour}.\", \"es\": \"Hablen de {behaviour}.\"}},\n"
                                    + "    {\"id\": \"c-map\", \"topic\": \"general\", \"text\": {\"en\": \"Talk.\", \"es\": \"Hablen.\"}}\n",
                            "\"c-map\", \"topic\": \"general\"",
                            "the conversation prompt id \"c-map\" is used twice"),
                    Arguments.of(
                            "gut check",
                            "  \"conversationPrompts\": [\n",
                            "  \"gutChecks\": [\n    {\"id\": \"g1\", \"text\": {\"en\": \"In front?\", \"es\": \"¿Delante?\"}},\n"
                                    + "    {\"id\": \"g1\", \"text\": {\"en\": \"Reversed?\", \"es\": \"¿Al revés?\"}}\n  ],\n  \"conversationPrompts\": [\n",
                            "\"g1\", \"text\": {\"en\": \"Reversed?\"",
                            "the gut check id \"g1\" is used twice"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("otherKinds")
        void ofOtherKinds(String kind, String from, String to, String marker, String message) {
            String json = edit(from, to);
            assertThat(problems(json)).containsExactly(problem(json, marker, message));
        }

        @Test
        @DisplayName(
                "a step id twice in one scale: located at the second, naming the scale and the id")
        void stepOfAScale() {
            String json =
                    edit(
                            "{\"id\": \"often\", \"label\": {\"en\": \"Often\", \"es\": \"A menudo\"}, \"value\": 3}\n",
                            "{\"id\": \"often\", \"label\": {\"en\": \"Often\", \"es\": \"A menudo\"}, \"value\": 3},\n"
                                    + "      {\"id\": \"never\", \"label\": {\"en\": \"Not once\", \"es\": \"Ni una vez\"}, \"value\": 4}\n");
            assertThat(problems(json))
                    .singleElement()
                    .asString()
                    .startsWith(problem(json, "\"never\", \"label\": {\"en\": \"Not once\"", ""))
                    .isEqualTo(
                            problem(
                                    json,
                                    "\"never\", \"label\": {\"en\": \"Not once\"",
                                    "scale \"freq\" has two steps with the id \"never\""));
        }
    }

    @Nested
    class UnknownReferences {

        @Test
        void behaviourOfAQuestion() {
            String json =
                    edit(
                            "\"behaviour\": \"flirting\", \"text\": {\"en\": \"How often?\"",
                            "\"behaviour\": \"cheating\", \"text\": {\"en\": \"How often?\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"cheating\"",
                                    "question \"q-often\" refers to the unknown behavior \"cheating\""));
        }

        @Test
        void behaviourOfABoundaryRating() {
            String json =
                    edit(
                            "\"type\": \"boundary\", \"behaviour\": \"flirting\"",
                            "\"type\": \"boundary\", \"behaviour\": \"sexting\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"sexting\"",
                                    "question \"b-flirting\" refers to the unknown behavior \"sexting\""));
        }

        @Test
        void behaviourOfAConversationPrompt() {
            String json =
                    edit(
                            "\"topic\": \"boundary-mismatch\", \"behaviour\": \"flirting\"",
                            "\"topic\": \"boundary-mismatch\", \"behaviour\": \"cheating\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"cheating\"",
                                    "conversation prompt \"c-map\" refers to the unknown behavior \"cheating\""));
        }

        @Test
        void scale() {
            String json = edit("\"scale\": \"freq\"", "\"scale\": \"frequency\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"frequency\"",
                                    "question \"q-often\" uses the unknown scale \"frequency\""));
        }

        @Test
        void dimensionInScoring() {
            String json =
                    edit(
                            "\"scoring\": [{\"dimension\": \"concern\"}]",
                            "\"scoring\": [{\"dimension\": \"worry\"}]");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"worry\"",
                                    "question \"q-often\" scores on the unknown dimension \"worry\""));
        }

        @Test
        void dimensionInOptionScores() {
            String json = edit("\"scores\": {\"trust\": 1}}\n", "\"scores\": {\"faith\": 1}}\n");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"faith\": ",
                                    "question \"q-habits\" scores on the unknown dimension \"faith\""));
        }

        @Test
        void dimensionInYesNoScores() {
            String json =
                    edit(
                            "\"yes\": {\"scores\": {\"trust\": 1}}",
                            "\"yes\": {\"scores\": {\"faith\": 1}}");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"faith\": ",
                                    "question \"q-talked\" scores on the unknown dimension \"faith\""));
        }

        @Test
        void dimensionOfThePrimaryScore() {
            String json =
                    edit(
                            "\"primary\": {\"dimension\": \"concern\"",
                            "\"primary\": {\"dimension\": \"worry\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"worry\"",
                                    "the primary score names the dimension \"worry\", which the bank does not define"));
        }

        @Test
        void flagRaisedByAnOption() {
            String json = edit("\"raises\": [\"afraid\"]", "\"raises\": [\"panic\"]");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"panic\"",
                                    "question \"q-signs\" raises the unknown flag \"panic\""));
        }

        @Test
        void flagRaisedOnAScaleStep() {
            String json =
                    edit(
                            "\"raisesOn\": {\"often\": [\"afraid\"]}",
                            "\"raisesOn\": {\"often\": [\"panic\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"panic\"",
                                    "question \"q-often\" raises the unknown flag \"panic\""));
        }

        @Test
        void flagRaisedOnAStepTheScaleDoesNotHave() {
            String json =
                    edit(
                            "\"raisesOn\": {\"often\": [\"afraid\"]}",
                            "\"raisesOn\": {\"sometimes\": [\"afraid\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"sometimes\": ",
                                    "question \"q-often\" raises a flag on \"sometimes\", which is not a step of the scale \"freq\""));
        }

        @Test
        void flagRaisedByAYesAnswer() {
            String json =
                    edit(
                            "\"yes\": {\"scores\": {\"trust\": 1}}",
                            "\"yes\": {\"scores\": {\"trust\": 1}, \"raises\": [\"panic\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"panic\"",
                                    "question \"q-talked\" raises the unknown flag \"panic\""));
        }

        @Test
        void flagInARule() {
            String json =
                    edit("\"when\": {\"flag\": \"afraid\"}", "\"when\": {\"flag\": \"panic\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"panic\"",
                                    "reflection \"r-safety\" names the unknown flag \"panic\""));
        }

        @Test
        void scoreInARule() {
            String json =
                    edit(
                            "\"score\": \"concern\", \"atLeast\": 4",
                            "\"score\": \"worry\", \"atLeast\": 4");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"worry\"",
                                    "reflection \"r-high\" reads the unknown score \"worry\""));
        }

        @Test
        void bandInARule() {
            String json =
                    edit(
                            "\"when\": {\"always\": true}",
                            "\"when\": {\"band\": [\"low\", \"extreme\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"extreme\"",
                                    "reflection \"r-always\" names the unknown band \"extreme\""));
        }

        @Test
        void questionInARule() {
            String json =
                    edit(
                            "\"when\": {\"always\": true}",
                            "\"when\": {\"question\": \"q-gone\", \"in\": [\"yes\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-gone\"",
                                    "reflection \"r-always\" reads the unknown question \"q-gone\""));
        }

        @Test
        void perspectiveOfASection() {
            String json =
                    edit(
                            "{\"id\": \"map\", ",
                            "{\"id\": \"map\", \"perspectives\": [\"partner\", \"them\"], ");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"them\"",
                                    "unknown perspective \"them\"; the bank declares \"partner\", \"self\""));
        }

        @Test
        void perspectiveOfAQuestion() {
            String json =
                    edit("\"perspectives\": [\"self\"]", "\"perspectives\": [\"self\", \"me\"]");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"me\"",
                                    "unknown perspective \"me\"; the bank declares \"partner\", \"self\""));
        }

        @Test
        void perspectiveOfAWording() {
            String json =
                    edit(
                            "{\"id\": \"q-note\", \"type\": \"text\", ",
                            "{\"id\": \"q-note\", \"type\": \"text\", \"textFor\": {\"them\": {\"en\": \"Their notes\", \"es\": \"Sus notas\"}}, ");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"them\": ",
                                    "question \"q-note\" has wording for the unknown perspective \"them\""));
        }

        @Test
        void perspectiveInABankWithoutPerspectives() {
            String json =
                    edit(
                            "  \"perspectives\": [\n"
                                    + "    {\"id\": \"partner\", \"label\": {\"en\": \"About my partner\", \"es\": \"Sobre mi pareja\"}},\n"
                                    + "    {\"id\": \"self\", \"label\": {\"en\": \"About myself\", \"es\": \"Sobre mí\"}}\n"
                                    + "  ],\n",
                            "");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"self\"",
                                    "the perspective \"self\" is named, but the bank declares no perspectives"));
        }

        @Test
        void aQuestionNoPerspectiveOfItsSectionAsks() {
            String json =
                    edit(
                            "{\"id\": \"main\", ",
                            "{\"id\": \"main\", \"perspectives\": [\"partner\"], ");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"q-own\", \"type\": \"yesno\", \"perspectives\": ",
                                    "question \"q-own\" is never asked: none of its perspectives is one of its section's"));
        }
    }

    @Nested
    class Conditions {

        private static final String CONDITION =
                "\"showIf\": {\"question\": \"q-talked\", \"in\": [\"yes\"]}";

        @Test
        void onALaterQuestion() {
            String json =
                    edit(
                            CONDITION,
                            "\"showIf\": {\"question\": \"q-habits\", \"in\": [\"walks\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-habits\"",
                                    1,
                                    "question \"q-signs\" is shown after an answer to \"q-habits\", which is not an earlier question"));
        }

        @Test
        void onAQuestionThatDoesNotExist() {
            String json =
                    edit(CONDITION, "\"showIf\": {\"question\": \"q-gone\", \"in\": [\"yes\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-gone\"",
                                    "question \"q-signs\" is shown after an answer to \"q-gone\", which is not an earlier question"
                                            + " (no question has that id)"));
        }

        @Test
        void onItself() {
            String json =
                    edit(CONDITION, "\"showIf\": {\"question\": \"q-signs\", \"in\": [\"some\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-signs\"",
                                    2,
                                    "question \"q-signs\" is shown only after an answer to itself"));
        }

        @Test
        void onATextQuestion() {
            String json =
                    edit(CONDITION, "\"showIf\": {\"question\": \"q-note\", \"in\": [\"yes\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-note\"",
                                    2,
                                    "question \"q-signs\" depends on \"q-note\", a text question; a condition can only read a choice,"
                                            + " scale, yes/no or checklist answer"));
        }

        @Test
        void waitingForAnAnswerTheQuestionDoesNotOffer() {
            String json =
                    edit(
                            CONDITION,
                            "\"showIf\": {\"question\": \"q-often\", \"in\": [\"often\", \"sometimes\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"sometimes\"",
                                    "question \"q-signs\" waits for the answer \"sometimes\", which \"q-often\" does not offer"
                                            + " (it offers \"never\", \"often\")"));
        }

        @Test
        @DisplayName("inside all/any, each part is checked")
        void insideAllAndAny() {
            String json =
                    edit(
                            CONDITION,
                            "\"showIf\": {\"all\": [{\"question\": \"q-often\", \"in\": [\"often\"]},"
                                    + " {\"any\": [{\"question\": \"q-talked\", \"in\": [\"perhaps\"]}]}]}");
            assertThat(problems(json))
                    .singleElement()
                    .asString()
                    .startsWith(
                            problem(
                                    json,
                                    "\"perhaps\"",
                                    "question \"q-signs\" waits for the answer \"perhaps\","
                                            + " which \"q-talked\" does not offer (it offers "));
        }

        @Test
        void yesNoAnswersAreListedInTheirOwnOrder() {
            String json =
                    edit(
                            CONDITION,
                            "\"showIf\": {\"question\": \"q-talked\", \"in\": [\"perhaps\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"perhaps\"",
                                    "question \"q-signs\" waits for the answer \"perhaps\", which \"q-talked\" does not offer"
                                            + " (it offers \"yes\", \"no\")"));
        }

        @Test
        @DisplayName(
                "a boundary rating with a condition: its answers sit apart, so the condition could never be met")
        void onABoundaryRating() {
            String json =
                    edit(
                            "\"type\": \"boundary\", \"behaviour\": \"flirting\", ",
                            "\"type\": \"boundary\", \"behaviour\": \"flirting\", \"showIf\": {\"question\": \"q-often\", \"in\": [\"often\"]}, ");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"question\": \"q-often\", \"in\": [\"often\"]}",
                                    "question \"b-flirting\" is a boundary rating; it cannot be shown only after other answers"));
        }

        @Test
        void onAQuestionNotAskedFromTheSamePerspectives() {
            String json =
                    edit(CONDITION, "\"showIf\": {\"question\": \"q-own\", \"in\": [\"yes\"]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"q-own\"",
                                    2,
                                    "question \"q-signs\" depends on \"q-own\", which is not asked from the perspective \"partner\""));
        }

        @Test
        @DisplayName("a condition on a question asked from the same perspectives is fine")
        void onAQuestionAskedFromTheSamePerspectives() {
            String json =
                    edit(
                            "\"perspectives\": [\"self\"], \"text\": {\"en\": \"Would you mind?\"",
                            "\"perspectives\": [\"self\"], \"showIf\": {\"question\": \"q-talked\", \"in\": [\"no\"]}, \"text\": {\"en\": \"Would you mind?\"");
            TinyBank.assertValid(json);
        }
    }

    @Nested
    class Bands {

        @Test
        void notAscending() {
            String json = edit("{\"id\": \"high\", \"from\": 4", "{\"id\": \"high\", \"from\": 0");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"high\", \"from\": ",
                                    "band \"high\" starts at 0, not above the band before it (0): lower bounds must ascend"));
        }

        @Test
        void notAscendingWithFractions() {
            String json =
                    edit("{\"id\": \"high\", \"from\": 4", "{\"id\": \"high\", \"from\": -0.5");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"high\", \"from\": ",
                                    "band \"high\" starts at -0.5, not above the band before it (0): lower bounds must ascend"));
        }

        @Test
        void firstBandAboveTheLowestScore() {
            String json = edit("{\"id\": \"low\", \"from\": 0", "{\"id\": \"low\", \"from\": 1");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"low\", \"from\": ",
                                    "the first band starts at 1, but the score \"concern\" can be as low as 0: start the first band there"
                                            + " or lower, so every score falls in a band"));
        }

        @Test
        void aBandNoScoreCanReach() {
            // "concern" is a sum of q-often (0 to 3) and q-signs (0 to 2): at most 5
            String json = edit("{\"id\": \"high\", \"from\": 4", "{\"id\": \"high\", \"from\": 6");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"high\", \"from\": ",
                                    "band \"high\" starts at 6, but the score \"concern\" can reach at most 5, so no result could ever fall in it"));
        }

        @Test
        @DisplayName("a band starting exactly at the highest score can be reached")
        void aBandAtTheHighestScore() {
            TinyBank.assertValid(
                    edit("{\"id\": \"high\", \"from\": 4", "{\"id\": \"high\", \"from\": 5"));
        }
    }

    @Nested
    class Texts {

        private static final String TITLE =
                "\"title\": {\"en\": \"Tiny bank\", \"es\": \"Banco pequeño\"}";

        @Test
        void missingADeclaredLanguage() {
            String json = edit(TITLE, "\"title\": {\"en\": \"Tiny bank\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(json, "  \"title\": ", "this text has no \"es\" version"));
        }

        @Test
        void aPlainStringInATwoLanguageBank() {
            String json = edit(TITLE, "\"title\": \"Tiny bank\"");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "  \"title\": ",
                                    "this text is a plain string, but the bank declares 2 languages (en, es): give it in each of them"));
        }

        @Test
        void aPlainStringInAOneLanguageBankIsFine() {
            String json =
                    edit("\"languages\": [\"en\", \"es\"]", "\"languages\": [\"en\"]")
                            .replaceAll(", \"es\": \"[^\"]*\"", "");
            String plain =
                    edit(json, "\"title\": {\"en\": \"Tiny bank\"}", "\"title\": \"Tiny bank\"");
            TinyBank.assertValid(plain);
        }

        @Test
        void aLanguageTheBankDoesNotDeclare() {
            String json =
                    edit(
                            TITLE,
                            "\"title\": {\"en\": \"Tiny bank\", \"es\": \"Banco pequeño\", \"fr\": \"Petite banque\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"Petite banque\"",
                                    "this text is in \"fr\", which the bank does not declare in \"languages\""));
        }

        @Test
        void aMissingLanguageDeepInside() {
            String json = edit("{\"en\": \"Walks\", \"es\": \"Paseos\"}", "{\"en\": \"Walks\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"en\": \"Walks\"}",
                                    "this text has no \"es\" version"));
        }

        @Test
        void anUnknownPlaceholderInAConversationPrompt() {
            String json = edit("\"Talk about {behaviour}.\"", "\"Talk about {behavior}.\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"Talk about {behavior}.\"",
                                    "conversation prompt \"c-map\" uses the unknown placeholder {behavior}; only {behaviour} is replaced"));
        }

        @Test
        void theBehaviourPlaceholderInAGeneralPrompt() {
            String json =
                    edit(
                            "\"topic\": \"boundary-mismatch\", \"behaviour\": \"flirting\"",
                            "\"topic\": \"general\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"Talk about {behaviour}.\"",
                                    "conversation prompt \"c-map\" uses {behaviour}, but it is a \"general\" prompt that names no behavior"),
                            problem(
                                    json,
                                    "\"Hablen de {behaviour}.\"",
                                    "conversation prompt \"c-map\" uses {behaviour}, but it is a \"general\" prompt that names no behavior"));
        }
    }

    @Nested
    class Other {

        @Test
        void aDimensionNoQuestionScoresOn() {
            String json =
                    edit(
                            "\"formation\": \"mean\"}\n",
                            "\"formation\": \"mean\"},\n    {\"id\": \"distance\", \"label\": {\"en\": \"Distance\", \"es\": \"Distancia\"}, \"formation\": \"sum\"}\n");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"distance\"",
                                    "no question scores on the dimension \"distance\""));
        }

        @Test
        void aRuleWhoseBelowIsNotAboveItsAtLeast() {
            String json = edit("\"atLeast\": 4, \"below\": 10", "\"atLeast\": 4, \"below\": 4");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"below\": ",
                                    "reflection \"r-high\" can never be chosen: \"below\" (4) is not above \"atLeast\" (4)"));
        }

        @Test
        void aRuleWhoseBelowIsUnderItsAtLeastInsideAny() {
            String json =
                    edit(
                            "\"when\": {\"always\": true}",
                            "\"when\": {\"any\": [{\"flag\": \"afraid\"}, {\"score\": \"trust\", \"atLeast\": 2.5, \"below\": 1}]}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "1}]}",
                                    "reflection \"r-always\" can never be chosen: \"below\" (1) is not above \"atLeast\" (2.5)"));
        }

        @Test
        void aPrivateRequiredQuestionThatCannotBeDeclined() {
            String json =
                    edit(
                            "\"private\": true, \"text\"",
                            "\"private\": true, \"required\": true, \"declinable\": false, \"text\"");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"private\": ",
                                    "question \"q-note\" is private (as every safety question is) and required but cannot be declined: a private question must allow"
                                            + " \"prefer not to say\""));
        }

        @Test
        @DisplayName("private and required is fine while it may be declined")
        void aPrivateRequiredDeclinableQuestion() {
            TinyBank.assertValid(
                    edit(
                            "\"private\": true, \"text\"",
                            "\"private\": true, \"required\": true, \"text\""));
        }
    }

    @Nested
    class Schema {

        @Test
        void anUnknownPropertyAtTheTop() {
            String json =
                    edit("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"colour\": \"red\",");
            assertThat(problems(json))
                    .containsExactly(
                            problem(json, "\"red\"", "\"colour\" is not a property of the bank"));
        }

        @Test
        void anUnknownPropertyOfAQuestion() {
            String json = edit("{\"id\": \"q-note\", ", "{\"id\": \"q-note\", \"secret\": true, ");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"secret\": ",
                                    "sections[0].questions[2]: \"secret\" is not a property of a text question"));
        }

        @Test
        void aWrongType() {
            String json = edit("\"value\": 3}", "\"value\": \"three\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"three\"",
                                    "scales[0].options[1].value: must be a number, not a text"));
        }

        @Test
        void aWrongTypeOfSwitch() {
            String json = edit("\"private\": true", "\"private\": \"yes\"");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"private\": ",
                                    "sections[0].questions[2].private: must be true or false, not a text"));
        }

        @Test
        void aMissingRequiredProperty() {
            String json =
                    edit(
                            "{\"id\": \"map\", \"title\": {\"en\": \"Boundaries\", \"es\": \"Límites\"}, ",
                            "{\"id\": \"map\", ");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"id\": \"map\"",
                                    "sections[1]: a section needs a \"title\""));
        }

        @Test
        void aMissingRequiredPropertyAtTheTop() {
            String json =
                    edit("  \"title\": {\"en\": \"Tiny bank\", \"es\": \"Banco pequeño\"},\n", "");
            assertThat(problems(json)).containsExactly("tiny.json:1:1: the bank needs a \"title\"");
        }

        @Test
        void aValueNotInTheList() {
            String json = edit("\"type\": \"single\"", "\"type\": \"multiple\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"multiple\"",
                                    "sections[0].questions[4].type: must be one of \"single\", \"scale\", \"yesno\", \"checklist\","
                                            + " \"text\" or \"boundary\", not \"multiple\""));
        }

        @Test
        void aBadId() {
            String json = edit("\"id\": \"q-habits\"", "\"id\": \"Q Habits\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"Q Habits\"",
                                    "sections[0].questions[5].id: an id uses lower-case letters, digits and \"-\", up to 64 characters:"
                                            + " \"Q Habits\" has capitals and has a space"));
        }

        @Test
        void anotherKindOfFile() {
            String json =
                    edit(
                            "\"kind\": \"grayarea.question-bank\"",
                            "\"kind\": \"grayarea.answer-sheet\"");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "\"grayarea.answer-sheet\"",
                                    "kind: must be \"grayarea.question-bank\", not \"grayarea.answer-sheet\""));
        }

        @Test
        @DisplayName("a text of the wrong shape is ONE plain message, not one per alternative")
        void aTextOfTheWrongShape() {
            String json =
                    edit("\"title\": {\"en\": \"Main\", \"es\": \"Principal\"}", "\"title\": 5");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"main\", \"title\": ",
                                    "sections[0].title: must be a text: a non-empty string, or an object from language code to non-empty string"));
        }

        @Test
        @DisplayName("a language map holding a number is ONE plain message")
        void aTextMapOfTheWrongShape() {
            String json =
                    edit(
                            "\"title\": {\"en\": \"Main\", \"es\": \"Principal\"}",
                            "\"title\": {\"en\": 5, \"es\": \"Principal\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "{\"id\": \"main\", \"title\": ",
                                    "sections[0].title: must be a text: a non-empty string, or an object from language code to non-empty string"));
        }

        @Test
        @DisplayName("a condition of the wrong shape is ONE plain message")
        void aConditionOfTheWrongShape() {
            String json =
                    edit(
                            "\"showIf\": {\"question\": \"q-talked\", \"in\": [\"yes\"]}",
                            "\"showIf\": {\"question\": \"q-talked\"}");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"showIf\": ",
                                    "sections[0].questions[4].showIf: must be a condition: {\"question\": id, \"in\": [answer ids]},"
                                            + " {\"question\": id, \"atLeast\": step id}, {\"questions\": [ids], \"atLeast\": step id},"
                                            + " {\"all\": [conditions]} or {\"any\": [conditions]}"));
        }

        @Test
        @DisplayName("a rule of the wrong shape is ONE plain message")
        void aRuleOfTheWrongShape() {
            String json = edit("\"when\": {\"always\": true}", "\"when\": {\"always\": false}");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"always\": false}",
                                    "reflections[0].when: must be a rule: {\"always\": true}, {\"score\": id, \"atLeast\"/\"below\": number},"
                                            + " {\"band\": [ids]}, {\"flag\": id}, {\"question\": id, \"in\": [answer ids]},"
                                            + " {\"question\": id, \"atLeast\": step id}, {\"questions\": [ids], \"atLeast\": step id},"
                                            + " {\"all\": [rules]} or {\"any\": [rules]}"));
        }

        @Test
        void aPropertyTheQuestionTypeDoesNotUse() {
            String json =
                    edit(
                            "\"scale\": \"freq\", ",
                            "\"scale\": \"freq\", \"yes\": {\"raises\": [\"afraid\"]}, ");
            assertThat(problems(json))
                    .containsExactly(
                            problem(
                                    json,
                                    "{\"raises\": [\"afraid\"]}",
                                    "sections[0].questions[0].yes: a scale question has no \"yes\""));
        }

        @Test
        @DisplayName("each question type names the keys it does not use, in its own words")
        void keysOtherTypesUse() {
            String json =
                    edit(
                            "\"type\": \"boundary\", \"behaviour\": \"flirting\", ",
                            "\"type\": \"boundary\", \"behaviour\": \"flirting\", \"scale\": \"freq\", ");
            json =
                    edit(
                            json,
                            "{\"id\": \"q-talked\", \"type\": \"yesno\", ",
                            "{\"id\": \"q-talked\", \"type\": \"yesno\", \"maxLength\": 10, ");
            assertThat(problems(json))
                    .containsExactly(
                            problemAfter(
                                    json,
                                    "\"maxLength\": ",
                                    "sections[0].questions[1].maxLength: a yes/no question has no \"maxLength\""),
                            problemAfter(
                                    json,
                                    "\"flirting\", \"scale\": ",
                                    "sections[1].questions[0].scale: a boundary rating has no \"scale\""));
        }
    }

    @Nested
    class SeveralProblems {

        @Test
        @DisplayName("every problem is reported, schema and meaning together, sorted by line")
        void allOfThemSortedByLine() {
            String json = TinyBank.JSON;
            // made in an order other than the file's, to show the sorting
            json = edit(json, "\"Talk about {behaviour}.\"", "\"Talk about {behavior}.\"");
            json = edit(json, "{\"id\": \"high\", \"from\": 4", "{\"id\": \"high\", \"from\": 0");
            json =
                    edit(
                            json,
                            "\"version\": \"1.0.0\",",
                            "\"version\": \"1.0.0\", \"colour\": \"red\",");
            json = edit(json, "\"scale\": \"freq\"", "\"scale\": \"frequency\"");
            json =
                    edit(
                            json,
                            "{\"id\": \"q-habits\", \"type\": \"checklist\"",
                            "{\"id\": \"q-often\", \"type\": \"checklist\"");
            json =
                    edit(
                            json,
                            "\"title\": {\"en\": \"Tiny bank\", \"es\": \"Banco pequeño\"}",
                            "\"title\": \"Tiny bank\"");
            json = edit(json, "\"value\": 3}", "\"value\": \"three\"}");
            json =
                    edit(
                            json,
                            "\"when\": {\"flag\": \"afraid\"}",
                            "\"when\": {\"flag\": \"panic\"}");

            assertThat(problems(json))
                    .containsExactly(
                            problem(json, "\"red\"", "\"colour\" is not a property of the bank"),
                            problemAfter(
                                    json,
                                    "  \"title\": ",
                                    "this text is a plain string, but the bank declares 2 languages (en, es): give it in each of them"),
                            problem(
                                    json,
                                    "\"three\"",
                                    "scales[0].options[1].value: must be a number, not a text"),
                            problemAfter(
                                    json,
                                    "{\"id\": \"high\", \"from\": ",
                                    "band \"high\" starts at 0, not above the band before it (0): lower bounds must ascend"),
                            problem(
                                    json,
                                    "\"frequency\"",
                                    "question \"q-often\" uses the unknown scale \"frequency\""),
                            problem(
                                    json,
                                    "\"q-often\"",
                                    2,
                                    "the question id \"q-often\" is used twice"),
                            problem(
                                    json,
                                    "\"panic\"",
                                    "reflection \"r-safety\" names the unknown flag \"panic\""),
                            problem(
                                    json,
                                    "\"Talk about {behavior}.\"",
                                    "conversation prompt \"c-map\" uses the unknown placeholder {behavior}; only {behaviour} is replaced"));
        }

        @Test
        @DisplayName("the sample bank with several problems reports each, in line order")
        void theSampleFile() throws Exception {
            Path file =
                    Path.of(getClass().getResource("/bank-problems/several-problems.json").toURI());
            String name = file.toString();
            assertThatThrownBy(() -> BankLoader.load(file))
                    .isInstanceOfSatisfying(
                            ProblemsException.class,
                            e ->
                                    assertThat(e.problems())
                                            .extracting(Problem::toString)
                                            .containsExactly(SeveralProblemsFile.expected(name)));
        }
    }
}
