package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.Generators;
import grayarea.testing.Seeded;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuestionOrderTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Test
    void aConditionalQuestionAlwaysFollowsWhatItDependsOn() {
        Seeded.tries(
                100,
                random -> {
                    long seed = Generators.anyLong(random);
                    for (Section section : BANK.sections()) {
                        List<Question> questions = section.questionsFor("partner");
                        List<String> order = QuestionOrder.shuffle(questions, new Random(seed));
                        assertThat(order)
                                .containsExactlyInAnyOrderElementsOf(
                                        questions.stream().map(Question::id).toList());
                        for (Question q : questions) {
                            if (q.showIf() != null) {
                                for (String dependency : q.showIf().questions()) {
                                    assertThat(order.indexOf(dependency))
                                            .isLessThan(order.indexOf(q.id()));
                                }
                            }
                        }
                    }
                });
    }

    @Test
    void theSecondPartnerSeesAnotherOrder() {
        Seeded.tries(
                50,
                random -> {
                    Section behaviours = BANK.sections().get(0);
                    List<Question> questions = behaviours.questionsFor("self");
                    Random shuffling = new Random(Generators.anyLong(random));
                    List<String> first = QuestionOrder.shuffle(questions, shuffling);
                    assertThat(QuestionOrder.shuffleUnlike(questions, first, shuffling))
                            .isNotEqualTo(first);
                });
    }
}
