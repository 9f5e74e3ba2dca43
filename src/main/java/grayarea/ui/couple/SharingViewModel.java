package grayarea.ui.couple;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.quiz.Step;
import grayarea.ui.quiz.AnswerWords;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Before the comparison, a partner chooses what to share: every answer they gave, ticked as it was
 * last chosen, except private questions, which are never shared and not even offered. Once chosen,
 * the turn is saved (sealed under its PIN, if it has one) in the background.
 */
final class SharingViewModel {

    /**
     * One answer that may be shared: its words, whether it is, and every part of the sheet it is
     * recorded in (a question asked once for both perspectives is in both, and shared or not in
     * both).
     */
    record Item(
            String id, String text, BooleanProperty shared, List<String> parts, String question) {}

    /** A step's answers that may be shared, under the step's title. */
    record Group(String heading, List<Item> items) {}

    private final CoupleFlow flow;
    private final int partner;
    private final QuizState state;
    private final Texts texts;
    private final AnswerSheet sheet;
    private final List<Group> groups = new ArrayList<>();

    SharingViewModel(CoupleFlow flow, int partner, QuizState state) {
        this.flow = flow;
        this.partner = partner;
        this.state = state;
        this.texts = flow.context().texts();
        this.sheet = state.toSheet();
        AnswerWords words = new AnswerWords(texts, state.language());
        for (Step step : state.steps()) {
            List<Item> items = new ArrayList<>();
            for (Question question : state.questionsOf(step)) {
                String part = state.partOf(step, question);
                Answer answer = sheet.part(part).get(question.id());
                if (question.privateItem() || answer == null || !answer.isAnswered()) {
                    continue;
                }
                String text =
                        state.bank()
                                .question(question.id())
                                .orElseThrow()
                                .textFor(step.perspective())
                                .in(state.language());
                items.add(
                        new Item(
                                "share-" + part + "-" + question.id(),
                                text + " — " + words.describe(question, answer),
                                new SimpleBooleanProperty(answer.shared()),
                                state.partsOf(step, question),
                                question.id()));
            }
            if (!items.isEmpty()) {
                groups.add(new Group(stepTitle(step), List.copyOf(items)));
            }
        }
    }

    Texts texts() {
        return texts;
    }

    /** Whom the answers are shared with: the partner's name, or "your partner" on two computers. */
    String title() {
        String other =
                flow.apart()
                        ? texts.get("couple.apart.partner")
                        : flow.session().partner(1 - partner).name();
        return texts.get("couple.share.title", other);
    }

    List<Group> groups() {
        return groups;
    }

    boolean offersAny() {
        return !groups.isEmpty();
    }

    private String stepTitle(Step step) {
        String title = step.section().title().in(state.language());
        return step.section().isBoundaryMap()
                ? title
                : texts.get(
                        "couple.stepTitle", texts.get("couple.about." + step.perspective()), title);
    }

    /** The answers with the sharing chosen, the same in every part an answer is recorded in. */
    AnswerSheet chosen() {
        AnswerSheet chosen = sheet;
        for (Group group : groups) {
            for (Item item : group.items()) {
                for (String part : item.parts()) {
                    Map<String, Answer> answers = new LinkedHashMap<>(chosen.part(part));
                    Answer answer = answers.get(item.question());
                    if (answer != null) {
                        answers.put(item.question(), answer.withShared(item.shared().get()));
                        chosen = chosen.withPart(part, answers);
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * The turn is done, with these choices: saved, then the next page. A turn under a PIN is sealed
     * with its key as it is saved, in the background; one without is saved at once.
     */
    void finish() {
        AnswerSheet chosen = chosen();
        if (flow.session().partner(partner).lock() == null) {
            flow.afterSharing(partner, flow.keeper().finishSharing(partner, chosen));
            return;
        }
        flow.context()
                .background()
                .run(
                        texts.get("couple.busy.seal"),
                        () -> flow.keeper().finishSharing(partner, chosen),
                        safety -> flow.afterSharing(partner, safety),
                        // never fails open: whether the gate is closed comes from the answers alone
                        failed -> flow.afterSharing(partner, flow.keeper().closesGate(chosen)));
    }
}
