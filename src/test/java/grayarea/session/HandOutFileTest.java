package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandOutFileTest {

    @TempDir Path folder;

    static final PracticeProfile PRACTICE =
            new PracticeProfile(
                    "Ольга Петренко",
                    "Harbor Couples Therapy",
                    "555-0142 · hello@harbor.example",
                    "Take your time; there are no right answers.",
                    List.of(
                            new PracticeProfile.LocalResource(
                                    "Línea de crisis del condado",
                                    "Call 555-0199",
                                    "Día y noche")));

    static HandOut handOut(List<String> sections) {
        return new HandOut(
                new BankRef("micro-cheating", "1.0.0"),
                null,
                "partner",
                sections,
                "C-0412",
                HandOut.ClientSees.THANK_YOU,
                PRACTICE,
                null,
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void aSectionWithAQuestionMarkedSafetyIsAlwaysAskedThoughItRaisesNoFlag() throws Exception {
        // the features bank's second section holds only q8, marked "safety" but raising nothing
        String json =
                new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("scoring/features-bank.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        String split =
                json.replace(
                        "{ \"id\": \"q8\",",
                        "{ \"id\": \"q8b\", \"type\": \"text\", \"text\": \"Note\" } ] },\n"
                                + "    { \"id\": \"s2\", \"title\": \"More\", \"questions\": [\n"
                                + "        { \"id\": \"q8\",");
        QuestionBank bank = BankLoader.load("split.json", split.getBytes(StandardCharsets.UTF_8));
        HandOut onlyFirst = handOut(List.of("s1"));
        assertThat(onlyFirst.asks(bank.sections().get(1))).isTrue();
        assertThat(bank.sections().get(1).questions().get(0).id()).isEqualTo("q8");
    }

    @Test
    void aHandOutReadsBackAndStartsTheChosenSectionsWithSafetyAlwaysAsked() throws Exception {
        Path file = folder.resolve("client" + HandOut.EXTENSION);
        HandOut written = handOut(List.of("behaviours", "connection"));
        HandOutFile.save(file, written);

        HandOutFile.Opened opened = HandOutFile.read(file);
        assertThat(opened.handOut()).isEqualTo(written);
        assertThat(opened.bank().ref()).isEqualTo(new BankRef("micro-cheating", "1.0.0"));
        assertThat(opened.sectionsAsked())
                .extracting(Section::id)
                .as("the safety section is asked even when the therapist left it out")
                .containsExactly("behaviours", "connection", "safety");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains(
                        "\"kind\" : \"grayarea.handout\"",
                        "\"clientSees\" : \"thank-you\"",
                        "Ольга Петренко");
    }

    @Test
    void noSectionsChosenMeansEverySection() throws Exception {
        Path file = folder.resolve("all.grayarea");
        HandOutFile.save(file, handOut(List.of()));
        HandOutFile.Opened opened = HandOutFile.read(file);
        assertThat(opened.sectionsAsked()).hasSameSizeAs(opened.bank().sections());
    }

    @Test
    void aTherapistsOwnBankTravelsInsideAndItsProblemsAreLocatedInIt() throws Exception {
        String bankText =
                new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("scoring/bank.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        var bank = BankLoader.load("bank.json", bankText.getBytes(StandardCharsets.UTF_8));
        HandOut own =
                new HandOut(
                        bank.ref(),
                        bankText,
                        null,
                        List.of(),
                        null,
                        HandOut.ClientSees.RESULT,
                        PRACTICE,
                        null,
                        Instant.parse("2026-11-28T10:00:00Z"));
        Path file = folder.resolve("own.grayarea");
        HandOutFile.save(file, own);
        assertThat(HandOutFile.read(file).bank().ref()).isEqualTo(bank.ref());

        Path broken = folder.resolve("broken.grayarea");
        Files.writeString(
                broken,
                HandOutFile.toJson(
                        new HandOut(
                                bank.ref(),
                                bankText.replace("\"yesno\"", "\"yes-no\""),
                                null,
                                List.of(),
                                null,
                                HandOut.ClientSees.RESULT,
                                PRACTICE,
                                null,
                                Instant.now())));
        assertThatThrownBy(() -> HandOutFile.read(broken))
                .isInstanceOf(ProblemsException.class)
                .hasMessageStartingWith("broken.grayarea (its question bank):");
    }

    @Test
    void everyProblemIsSaidAtItsPlace() throws Exception {
        Path file = folder.resolve("bad.grayarea");
        Files.writeString(
                file,
                """
                {
                  "kind": "grayarea.handout",
                  "formatVersion": 1,
                  "createdAt": "yesterday",
                  "bank": { "id": "micro-cheating", "version": "1.0.0" },
                  "sections": ["behaviours", 7],
                  "clientCode": "=cmd|' /C calc'!A0",
                  "clientSees": "everything",
                  "practice": { "practice": "Harbor" }
                }
                """);
        ProblemsException e = catchProblems(file);
        assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly(
                        file
                                + ":4:16: \"createdAt\" is not a date and time such as 2026-11-28T09:30:00Z",
                        file + ":6:30: \"1\" must be a text",
                        file
                                + ":7:17: a client code may hold only letters, digits, spaces, dots, dashes and underscores",
                        file + ":8:17: \"clientSees\" must be \"result\" or \"thank-you\"",
                        file + ":9:15: \"therapistName\" is missing");
    }

    @Test
    void sectionsAndPerspectiveMustBeTheBanks() throws Exception {
        Path file = folder.resolve("unknown.grayarea");
        String json =
                HandOutFile.toJson(handOut(List.of("behaviours", "astrology")))
                        .replace("\"partner\"", "\"neighbour\"");
        Files.writeString(file, json);
        assertThat(catchProblems(file).problems())
                .extracting(p -> p.message().toString())
                .containsExactly(
                        "the bank has no perspective \"neighbour\"; it has partner, self",
                        "the bank has no section \"astrology\"; it has behaviours, raising-it, reassuring-signs, gut-check,"
                                + " connection, boundary-map, safety");
    }

    @Test
    void aBankTheAppDoesNotHaveAndOtherFilesGetClearMessages() throws Exception {
        Path file = folder.resolve("future.grayarea");
        Files.writeString(
                file, HandOutFile.toJson(handOut(List.of())).replace("\"1.0.0\"", "\"9.0.0\""));
        assertThat(catchProblems(file))
                .hasMessageContaining(
                        "uses the bank micro-cheating 9.0.0, which this app does not have");

        Path newer = folder.resolve("newer.grayarea");
        Files.writeString(newer, "{\"kind\": \"grayarea.handout\", \"formatVersion\": 3}");
        assertThat(catchProblems(newer))
                .hasMessage(
                        newer
                                + ":1:47: this hand-out file is format version 3, newer"
                                + " than this app reads (1); update Gray Area to open it");

        assertThat(catchProblems(Path.of("questions/examples/answers-partner.json")))
                .hasMessageContaining(
                        "this is a \"grayarea.answer-sheet\" file, not a hand-out file");
    }

    @Test
    void thePracticeProfileIsKeptInTheDataFolder() throws Exception {
        PracticeProfileStore store = new PracticeProfileStore(folder);
        assertThat(store.load()).isEmpty();
        store.save(PRACTICE);
        assertThat(store.load()).isEqualTo(Optional.of(PRACTICE));
        Files.writeString(
                store.file(),
                "{\"kind\": \"grayarea.practice-profile\", \"formatVersion\": 1, \"profile\": {\"therapistName\": 4}}");
        assertThatThrownBy(store::load)
                .hasMessage(store.file() + ":1:88: \"therapistName\" must be a text");
        assertThat(Files.readString(store.file()))
                .as("a damaged profile is left as it was")
                .contains("\"therapistName\": 4");
    }

    private static ProblemsException catchProblems(Path file) {
        try {
            HandOutFile.read(file);
        } catch (ProblemsException e) {
            return e;
        }
        throw new AssertionError("no problem reading " + file);
    }
}
