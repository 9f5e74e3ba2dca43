package grayarea.ui;

import grayarea.bank.AnswerSheet;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.ScoringEngine;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a therapist has on their computer: a practice profile, and result files brought back by
 * clients.
 */
final class TherapistFiles {

    static final QuestionBank BANK = BankLoader.loadDefault();

    static final PracticeProfile PROFILE =
            new PracticeProfile(
                    "Dr. Ana Ruiz",
                    "Harbor Couples Therapy",
                    "555-0100",
                    "Please bring your result to our next session.",
                    List.of(
                            new PracticeProfile.LocalResource(
                                    "Harbor crisis line", "555-0199", "any time, day or night")));

    private TherapistFiles() {}

    /**
     * Writes result files to the folder and gives them in the order a therapist opens them: client
     * C-0412 in October (few concerns) and in November (more), a client whose code looks like a
     * formula to a spreadsheet, a couple, and a damaged file.
     */
    static List<Path> results(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path october =
                one(
                        folder.resolve("c-0412-october.json"),
                        "C-0412",
                        "2026-10-02T18:00:00Z",
                        CoupleTurns.answered(BANK, List.of("partner"), QuizBehaviourTest::low));
        Path november =
                one(
                        folder.resolve("c-0412-november.json"),
                        "C-0412",
                        "2026-11-20T18:00:00Z",
                        CoupleTurns.answered(BANK, List.of("partner"), SoloQuizTest::planned));
        Path formula =
                one(
                        folder.resolve("formula.json"),
                        "-0412",
                        "2026-11-21T09:00:00Z",
                        CoupleTurns.answered(BANK, List.of("self"), SoloQuizTest::planned));
        Path couple = folder.resolve("c-0533-couple.json");
        ResultFile.save(
                couple,
                BANK,
                new ResultFile.CoupleContents(
                        "0.1.0",
                        Instant.parse("2026-11-18T17:30:00Z"),
                        "C-0533",
                        BANK.ref(),
                        "en",
                        ComparisonTurn.of(BANK, CoupleTurns.answered(BANK, QuizBehaviourTest::low)),
                        ComparisonTurn.of(
                                BANK, CoupleTurns.answered(BANK, SoloQuizTest::planned))));
        Path damaged = folder.resolve("damaged.json");
        Files.writeString(
                damaged,
                "{\n  \"kind\": \"grayarea.result\",\n  \"formatVersion\": 2,\n  \"createdAt\": 5\n}\n");
        return List.of(october, november, formula, couple, damaged);
    }

    /** The files {@link #results} writes to the folder, in the same order. */
    static List<Path> resultsIn(Path folder) {
        return Stream.of(
                        "c-0412-october.json",
                        "c-0412-november.json",
                        "formula.json",
                        "c-0533-couple.json",
                        "damaged.json")
                .map(folder::resolve)
                .toList();
    }

    private static Path one(Path path, String code, String when, AnswerSheet sheet)
            throws IOException {
        ResultFile.Contents full =
                new ResultFile.Contents(
                        "0.1.0",
                        Instant.parse(when),
                        code,
                        new ScoringEngine(BANK).score(sheet),
                        sheet,
                        Map.of(),
                        true);
        ResultFile.save(path, ResultFile.withoutPrivate(BANK, full));
        return path;
    }
}
