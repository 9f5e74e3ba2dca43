package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class QuestionOrderTest {

    private static final QuestionBank BANK = BankLoader.loadDefault();

    @Property(tries = 100)
    void aConditionalQuestionAlwaysFollowsWhatItDependsOn(@ForAll long seed) {
        for (Section section : BANK.sections()) {
            List<Question> questions = section.questionsFor("partner");
            List<String> order = QuestionOrder.shuffle(questions, new Random(seed));
            assertThat(order).containsExactlyInAnyOrderElementsOf(questions.stream().map(Question::id).toList());
            for (Question q : questions) {
                if (q.showIf() != null) {
                    for (String dependency : q.showIf().questions()) {
                        assertThat(order.indexOf(dependency)).isLessThan(order.indexOf(q.id()));
                    }
                }
            }
        }
    }

    @Property(tries = 50)
    void theSecondPartnerSeesAnotherOrder(@ForAll long seed) {
        Section behaviours = BANK.sections().get(0);
        List<Question> questions = behaviours.questionsFor("self");
        Random random = new Random(seed);
        List<String> first = QuestionOrder.shuffle(questions, random);
        assertThat(QuestionOrder.shuffleUnlike(questions, first, random)).isNotEqualTo(first);
    }
}
