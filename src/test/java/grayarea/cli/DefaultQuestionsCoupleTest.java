package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.quiz.Quiz;
import grayarea.testing.CoupleScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A couple's turn on the default questions 1.1.0, made through the quiz model as the window makes
 * it: the part about oneself and the part about the partner are scored from the same questions (but
 * for those asked from one view only), so every score has a value in both parts (#18).
 */
class DefaultQuestionsCoupleTest {

    @TempDir Path dir;

    /** Every question with its most concerning step, no safety flag, a note, no boundary map. */
    private static Answer answer(String perspective, Question question) {
        if (question.id().startsWith("safety-")) {
            return Answer.answered(new AnswerValue.Choice("no"));
        }
        if (question.type() == QuestionType.TEXT) {
            return Answer.answered(new AnswerValue.FreeText("a note"));
        }
        if (question.type() == QuestionType.BOUNDARY) {
            return Answer.declined();
        }
        if (question.type() == QuestionType.CHECKLIST) {
            return Answer.answered(
                    new AnswerValue.Choices(List.of(question.options().get(0).id())));
        }
        List<Option> valued = question.valuedOptions();
        return Answer.answered(new AnswerValue.Choice(valued.get(valued.size() - 1).id()));
    }

    private static Set<String> scoredIn(QuestionBank bank, AnswerSheet sheet, String part) {
        Set<String> ids = new TreeSet<>();
        sheet.part(part)
                .forEach(
                        (id, a) ->
                                bank.question(id)
                                        .filter(q -> q.isScored() && a.isAnswered())
                                        .filter(q -> q.perspectives().isEmpty())
                                        .ifPresent(q -> ids.add(id)));
        return ids;
    }

    @Test
    void bothPartsOfATurnAreScoredFromTheSameQuestions() throws Exception {
        QuestionBank bank = BankLoader.load(Path.of(BankLoader.DEFAULT_BANK));
        assertThat(bank.version()).isEqualTo("1.1.0");
        Quiz turn =
                CoupleScenario.answered(
                        CoupleScenario.turn(bank, "Alex"), DefaultQuestionsCoupleTest::answer);
        AnswerSheet sheet = turn.toSheet();

        Set<String> self = scoredIn(bank, sheet, "self");
        assertThat(self)
                .contains("raising-strain", "connection-weakened", "own-worry", "reassure-habits");
        assertThat(scoredIn(bank, sheet, "partner")).isEqualTo(self);

        Path file = dir.resolve("alex.json");
        Files.writeString(file, AnswerSheetJson.write(sheet), StandardCharsets.UTF_8);
        CompareCommandTest.Run run = CompareCommandTest.run("score", "--answers", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .doesNotContain("not enough answers")
                .contains("About my own behavior")
                .contains("About my partner's behavior");
        // strain ("not talked about", so raising-dismissed is not shown): raising-strain, need and
        // weakened "very much" (3 each), open talk (reversed) "very much" = 0: 9 of 12 in both
        // parts
        assertThat(run.out().split("Strain on your connection: 75 of 100 \\(4 answered\\)", -1))
                .hasSize(3);
        // an answer asked once is in both parts, and said once
        assertThat(run.out().split("How long have you been together\\?", -1)).hasSize(2);
        assertThat(run.out().split("a note", -1)).hasSize(2);
    }
}
