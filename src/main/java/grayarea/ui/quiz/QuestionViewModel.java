package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionType;
import grayarea.bank.Text;
import grayarea.quiz.Step;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of a wizard page: its words, its hint, its answer so far, and giving or clearing the
 * answer (which the quiz saves at once).
 */
final class QuestionViewModel {

    private final Question question;
    private final Step step;
    private final WizardViewModel wizard;
    private final Texts texts;

    QuestionViewModel(Question question, Step step, WizardViewModel wizard, Texts texts) {
        this.question = question;
        this.step = step;
        this.wizard = wizard;
        this.texts = texts;
    }

    Question question() {
        return question;
    }

    Texts texts() {
        return texts;
    }

    /** The question as this person reads it (worded for the step's perspective). */
    String questionText() {
        return wizard.questionText(step, question);
    }

    /**
     * What is said under the question: optional, private, the bank's help, how to answer; empty for
     * nothing.
     */
    Optional<String> hint() {
        List<String> notes = new ArrayList<>();
        if (!question.required() && question.type() != QuestionType.TEXT) {
            notes.add(texts.get("wizard.optional"));
        }
        if (question.privateItem()) {
            notes.add(texts.get("wizard.private"));
        }
        if (!question.help().isEmpty()) {
            notes.add(text(question.help()));
        }
        if (question.type() == QuestionType.CHECKLIST) {
            notes.add(texts.get("wizard.checklist.hint"));
        }
        if (question.type() == QuestionType.TEXT) {
            // "only you see this" is true of a private note alone: a note for a therapist is shared
            notes.add(
                    texts.get(
                            question.privateItem() ? "wizard.text.hint" : "wizard.text.limit",
                            question.maxLength()));
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    /** An option's label: the bank's, or the app's own for yes/no. */
    String optionLabel(Option option) {
        return option.label().isEmpty() ? texts.get("answer." + option.id()) : text(option.label());
    }

    String text(Text text) {
        return wizard.text(text);
    }

    /** The answer so far, or null. */
    Answer current() {
        return wizard.answerTo(step, question).orElse(null);
    }

    void answer(Answer answer) {
        wizard.state().setAnswer(step, question, answer);
    }

    void clear() {
        wizard.state().clearAnswer(step, question);
    }

    /** A single choice: the option's id, or null for "prefer not to say". */
    void choose(String optionId) {
        answer(
                optionId == null
                        ? Answer.declined()
                        : Answer.answered(new AnswerValue.Choice(optionId)));
    }
}
