package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.ui.toolkit.Texts;

/** An answer in the words a person reads on screen. */
public final class AnswerWords {

    private final Texts texts;
    private final String language;

    public AnswerWords(Texts texts, String language) {
        this.texts = texts;
        this.language = language;
    }

    /** An option's label: the bank's, or the app's own for yes/no. */
    public String label(Option option) {
        return option.label().isEmpty()
                ? texts.get("answer." + option.id())
                : option.label().in(language);
    }

    public String describe(Question question, Answer answer) {
        if (answer == null || answer.status() == Answer.Status.NOT_REACHED) {
            return texts.get("review.notAnswered");
        }
        if (answer.status() == Answer.Status.DECLINED) {
            return texts.get("review.declined");
        }
        AnswerValue value = answer.value();
        if (value instanceof AnswerValue.Choice choice) {
            return question.option(choice.option()).map(this::label).orElse(choice.option());
        }
        if (value instanceof AnswerValue.Choices choices) {
            if (choices.options().isEmpty()) {
                return "—";
            }
            return String.join(
                    "; ",
                    choices.options().stream()
                            .map(id -> question.option(id).map(this::label).orElse(id))
                            .toList());
        }
        if (value instanceof AnswerValue.FreeText text) {
            return text.text();
        }
        if (value instanceof AnswerValue.BoundaryRating rating) {
            return texts.get("wizard.boundary.ifIDid")
                    + ": "
                    + texts.get("rating." + rating.ifIDid().json())
                    + "; "
                    + texts.get("wizard.boundary.ifPartnerDid")
                    + ": "
                    + texts.get("rating." + rating.ifPartnerDid().json());
        }
        return "";
    }
}
