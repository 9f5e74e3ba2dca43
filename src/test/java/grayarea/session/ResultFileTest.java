package grayarea.session;

import static grayarea.testing.Fixtures.boundary;
import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.AnswerValue.Rating;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.scoring.Comparison;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.ContextAnswer;
import grayarea.scoring.CoupleComparison;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFileTest {

    @TempDir Path folder;

    private final QuestionBank bank = Fixtures.scoringBank();

    private ResultFile.Contents contents() {
        AnswerSheet sheet =
                Fixtures.sheet(bank)
                        .answer("partner", "flirt", choice("often"))
                        .answer("partner", "hide", choice("sometimes"))
                        .answer("partner", "afraid", choice("yes"))
                        .answer(
                                "boundaries",
                                "b-flirting",
                                boundary(Rating.DEPENDS, Rating.CROSSES_LINE))
                        .build();
        Result result = new ScoringEngine(bank).score(sheet);
        return new ResultFile.Contents(
                "0.1.0",
                Instant.parse("2026-11-28T10:15:00Z"),
                "C-17",
                result,
                sheet,
                Map.of("always", "Write to Kim about Sunday walks — ¿y tú? Дякую"),
                true);
    }

    @Test
    void aSavedResultReadsBackTheSame() throws Exception {
        Path file = folder.resolve("result.json");
        ResultFile.Contents written = contents();
        ResultFile.save(file, written);

        ResultFile.Contents read = ResultFile.read(file);
        assertThat(read).isEqualTo(written);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains(
                        "\"kind\" : \"grayarea.result\"",
                        "\"formatVersion\" : 2",
                        "\"clientCode\" : \"C-17\"",
                        "\"contents\" : \"complete\"");
    }

    @Test
    void aResultScoredAgainFromItsAnswersIsTheSame() throws Exception {
        Path file = folder.resolve("result.json");
        ResultFile.save(file, contents());
        ResultFile.Contents read = ResultFile.read(file);
        assertThat(new ScoringEngine(bank).score(read.answers())).isEqualTo(read.result());
    }

    @Test
    void theShippedSampleSheetsRescoreToTheSameResultAfterARoundTrip() throws Exception {
        BankCatalog catalog = BankCatalog.bundled();
        try (var samples = Files.list(Path.of("questions/examples"))) {
            for (Path sample :
                    samples.filter(p -> p.getFileName().toString().startsWith("answers-"))
                            .toList()) {
                AnswerSheet sheet = AnswerSheetJson.read(sample).sheet();
                QuestionBank sampleBank = catalog.find(sheet.bank()).orElseThrow();
                Result result = new ScoringEngine(sampleBank).score(sheet);
                Path file = folder.resolve(sample.getFileName());
                ResultFile.save(
                        file,
                        new ResultFile.Contents(
                                "0.1.0", Instant.now(), null, result, sheet, Map.of(), true));
                ResultFile.Contents read = ResultFile.read(file);
                assertThat(read.result()).as(sample.toString()).isEqualTo(result);
                assertThat(new ScoringEngine(sampleBank).score(read.answers())).isEqualTo(result);
            }
        }
    }

    @Test
    void theVersionOneSampleStaysReadableAndRescoresToItsOwnResult() throws Exception {
        ResultFile.Contents sample =
                ResultFile.read(Path.of("questions/examples/result-partner.json"));
        QuestionBank sampleBank = BankCatalog.bundled().find(sample.answers().bank()).orElseThrow();
        Result rescored = new ScoringEngine(sampleBank).score(sample.answers());
        // written before results held a headline, context answers and unanswered safety questions:
        // the numbers, band, flags and "why" are the same; the new parts are added
        assertThat(rescored.parts())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("context")
                .isEqualTo(sample.result().parts());
        assertThat(rescored.flags()).isEqualTo(sample.result().flags());
        assertThat(rescored.parts().get(0).context())
                .extracting(ContextAnswer::question)
                .containsExactly("raising-talked");
        assertThat(rescored.safetyUnanswered()).containsExactly("safety-checked");
        assertThat(sample.result().headline().orElseThrow().band()).isEqualTo("several-gray-areas");
        assertThat(sample.notes())
                .containsEntry("unmet-need", "I want to ask for our Sunday walks back.");
    }

    @Test
    void withoutSealingPrivateAnswersAndSafetyFlagsAreLeftOutAndTheRestScoresTheSame()
            throws Exception {
        ResultFile.Contents full = contents();
        assertThat(full.result().safety()).isTrue();
        Path file = folder.resolve("for-therapist.json");
        ResultFile.save(file, ResultFile.withoutPrivate(bank, full));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"contents\" : \"without-private\"")
                .doesNotContain("afraid", "fear");
        ResultFile.Contents read = ResultFile.read(file);
        assertThat(read.complete()).isFalse();
        assertThat(read.result().safety()).isFalse();
        assertThat(read.result().flags()).isEmpty();
        assertThat(read.answers().parts().get("partner")).containsOnlyKeys("flirt", "hide");
        assertThat(read.result().headline().orElseThrow().scores())
                .isEqualTo(full.result().headline().orElseThrow().scores());
        assertThat(read.result().headline().orElseThrow().band())
                .isEqualTo(full.result().headline().orElseThrow().band());
        // the reflection the private answer called up would tell what it was
        assertThat(full.result().headline().orElseThrow().reflections()).contains("fear");
        assertThat(read.result().headline().orElseThrow().reflections()).doesNotContain("fear");
        assertThat(read.notes()).isEqualTo(full.notes());
        assertThat(ResultFile.rescore(bank, read)).isEqualTo(read.result());
    }

    @Test
    void aFileWithoutPrivateAnswersHasNoSafetyKeyRatherThanAFalseFalse() throws Exception {
        ResultFile.Contents full = contents();
        assertThat(full.result().safety()).as("the answers raised a safety flag").isTrue();
        Path saved = folder.resolve("saved.json");
        ResultFile.save(saved, ResultFile.withoutPrivate(bank, full));
        String forTherapist =
                new String(
                        ResultFile.forTherapist(bank, full, Optional.empty()),
                        StandardCharsets.UTF_8);

        for (String text :
                new String[] {Files.readString(saved, StandardCharsets.UTF_8), forTherapist}) {
            assertThat(text)
                    .contains("\"contents\" : \"without-private\"")
                    .as("a file that holds no private answers says nothing about safety")
                    .doesNotContain("\"safety\"");
        }
        assertThat(ResultFile.read(saved).result().safety()).isFalse();

        Path complete = folder.resolve("complete.json");
        ResultFile.save(complete, full);
        assertThat(Files.readString(complete, StandardCharsets.UTF_8))
                .contains("\"safety\" : true");
    }

    @Test
    void aCouplesFileKeepsOnlyWhatBothSharedAndItsComparisonIsWhatTheTurnsGive() throws Exception {
        QuestionBank coupleBank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        AnswerSheet first =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        AnswerSheet second =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet();
        ResultFile.CoupleContents written =
                new ResultFile.CoupleContents(
                        "0.1.0",
                        Instant.parse("2026-11-28T10:15:00Z"),
                        "C-9",
                        coupleBank.ref(),
                        "en",
                        ComparisonTurn.of(coupleBank, first),
                        ComparisonTurn.of(coupleBank, second));
        Path file = folder.resolve("couple.json");
        ResultFile.save(file, coupleBank, written);

        ResultFile.Any read = ResultFile.readAny(file);
        assertThat(read).isEqualTo(written);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the private free-text answers stay with their authors
        for (String privateText : privateTexts(first, second)) {
            assertThat(text).doesNotContain(privateText);
        }
        Comparison again =
                CoupleComparison.compare(coupleBank, written.first(), written.second(), "en");
        assertThat(text)
                .contains(
                        Json.write(
                                        ComparisonJson.tree(
                                                coupleBank,
                                                again,
                                                written.first(),
                                                written.second()))
                                .replace("\n", "\n    ")
                                .strip());
        assertThatThrownBy(() -> ResultFile.read(file))
                .hasMessageContaining("this is a couple's result file");
    }

    @Test
    void aCouplesFileWhoseGateClosedDoesNotSayWhoseTurnClosedIt() throws Exception {
        QuestionBank coupleBank =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        AnswerSheet first =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        AnswerSheet second =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet();
        ComparisonTurn open = ComparisonTurn.of(coupleBank, first);
        assertThat(open.available()).isTrue();
        ResultFile.CoupleContents written =
                new ResultFile.CoupleContents(
                        "0.1.0",
                        Instant.parse("2026-11-28T10:15:00Z"),
                        null,
                        coupleBank.ref(),
                        "en",
                        open,
                        ComparisonTurn.notAvailable(coupleBank.ref(), second.respondent()));
        Path file = folder.resolve("couple.json");
        ResultFile.save(file, coupleBank, written);

        // both turns are the same neutral marker: the other partner's answers would tell whose turn
        // it was
        var couple = JsonDocument.read(file).root().path("couple");
        assertThat(couple.path("first").path("comparison").asString()).isEqualTo("not-available");
        assertThat(couple.path("second").path("comparison").asString()).isEqualTo("not-available");
        assertThat(couple.path("first").has("answers")).isFalse();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("\"answers\"");
    }

    private static List<String> privateTexts(AnswerSheet... sheets) {
        List<String> texts = new ArrayList<>();
        for (AnswerSheet sheet : sheets) {
            sheet.parts()
                    .values()
                    .forEach(
                            answers ->
                                    answers.values()
                                            .forEach(
                                                    a -> {
                                                        if (a.value()
                                                                instanceof AnswerValue.FreeText t) {
                                                            texts.add(t.text());
                                                        }
                                                    }));
        }
        assertThat(texts).isNotEmpty();
        return texts;
    }

    @Test
    void aNewerFormatGetsAClearMessage() throws Exception {
        Path file = folder.resolve("newer.json");
        Files.writeString(file, "{\n  \"kind\": \"grayarea.result\",\n  \"formatVersion\": 7\n}\n");
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(ProblemsException.class)
                .hasMessage(
                        file
                                + ":3:20: this result file is format version 7, newer than this app reads (2);"
                                + " update Gray Area to open it");
    }

    @Test
    void aFormatVersionBeyondTheRangeOfAnIntIsNewerNotACrash() throws Exception {
        Path file = folder.resolve("far.json");
        Files.writeString(
                file, "{\"kind\": \"grayarea.result\", \"formatVersion\": 99999999999999999999}");
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(ProblemsException.class)
                .hasMessage(
                        file
                                + ":1:46: this result file is format version 99999999999999999999, newer than this app"
                                + " reads ("
                                + ResultFile.FORMAT_VERSION
                                + "); update Gray Area to open it");
        Files.writeString(
                file, "{\"kind\": \"grayarea.result\", \"formatVersion\": -99999999999999999999}");
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(ProblemsException.class)
                .hasMessage(
                        file
                                + ":1:46: the result file has no valid format version (a whole number from 1)");
    }

    @Test
    void anotherKindOfFileIsNamed() throws Exception {
        Path file = folder.resolve("sheet.json");
        Files.copy(Path.of("questions/examples/answers-partner.json"), file);
        assertThatThrownBy(() -> ResultFile.read(file))
                .hasMessageContaining(
                        "this is a \"grayarea.answer-sheet\" file, not a result file");
    }

    @Test
    void damagedAnswersInsideAResultAreLocated() throws Exception {
        Path file = folder.resolve("damaged.json");
        String json =
                ResultFile.toJson(contents())
                        .replace("\"status\" : \"answered\"", "\"status\" : \"maybe\"");
        Files.writeString(file, json);
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(ProblemsException.class)
                .hasMessageMatching(
                        Pattern.quote(file.toString()) + ":\\d+:\\d+: answers\\.parts\\..*");
    }
}
