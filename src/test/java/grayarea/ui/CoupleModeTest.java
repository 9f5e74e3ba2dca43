package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.session.CoupleStore;
import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Two private turns on one computer, then the comparison. */
class CoupleModeTest extends UiTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void twoPrivateTurnsThenTheComparison() throws Exception {
        scrollAndClick("#couple");
        screenshot("couple-setup");
        clickOn("#first-name").write("Sam");
        clickOn("#second-name").write("Дарья");
        clickOn("#second-pin").write("4821");
        clickOn("#couple-start");

        screenshot("couple-handover-first");
        assertThat(lookup(".section-title").queryAs(Label.class).getText()).isEqualTo("Pass the computer to Sam");
        type(KeyCode.ENTER);
        QuizDriver first = new QuizDriver(this, BANK, null, CoupleModeTest::planFirst);
        // about me: six sections; about my partner: the four worded per perspective (questions worded
        // the same for both, such as the safety ones, are asked once); then the boundary map
        assertThat(first.answerPagesByKeyboard()).isEqualTo(11);
        screenshot("couple-review");
        type(KeyCode.ENTER);                 // finish my turn
        screenshot("couple-sharing");
        scrollAndClick("#sharing-done");
        screenshot("couple-turn-done");
        clickOn("#hand-over");

        screenshot("couple-handover-second");
        assertThat(lookup(".section-title").queryAs(Label.class).getText()).isEqualTo("Pass the computer to Дарья");
        clickOn("#turn-pin").write("1111");
        type(KeyCode.ENTER);
        assertThat(lookup("#pin-error").queryAs(Label.class).getText())
                .isEqualTo("That PIN does not match. Try again, or ask Дарья to type it.");
        write("4821");
        type(KeyCode.ENTER);
        QuizDriver second = new QuizDriver(this, BANK, null, CoupleModeTest::planSecond);
        second.answerPagesByKeyboard();
        type(KeyCode.ENTER);
        scrollAndClick("#sharing-done");
        clickOn("#hand-over");
        screenshot("couple-together");
        clickOn("#show-comparison");
        screenshot("couple-comparison");
        assertThat(Files.exists(dataFolder.resolve(CoupleStore.FILE))).isTrue();
    }

    static Answer planFirst(Question q) {
        return QuizBehaviourTest.low(q);
    }

    static Answer planSecond(Question q) {
        if (q.type() == grayarea.bank.QuestionType.BOUNDARY) {
            return Answer.answered(new AnswerValue.BoundaryRating(AnswerValue.Rating.CROSSES_LINE,
                    AnswerValue.Rating.CROSSES_LINE));
        }
        return SoloQuizTest.planned(q);
    }
}
