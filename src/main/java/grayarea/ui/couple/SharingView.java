package grayarea.ui.couple;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.quiz.AnswerWords;
import grayarea.ui.quiz.QuizState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Before the comparison, a partner chooses what to share: every answer they gave, ticked, except
 * private questions, which are never shared and not even offered.
 */
final class SharingView {

    private final CoupleFlow flow;
    private final int partner;
    private final QuizState state;
    private final Texts texts;
    private final TextPage page = new TextPage("sharing");
    private final Map<CheckBox, String[]> boxes = new LinkedHashMap<>();

    SharingView(CoupleFlow flow, int partner, QuizState state) {
        this.flow = flow;
        this.partner = partner;
        this.state = state;
        this.texts = flow.context().texts();
        build();
    }

    Node node() {
        return page.node();
    }

    private void build() {
        String other = flow.apart() ? flow.context().texts().get("couple.apart.partner")
                : flow.session().partner(1 - partner).name();
        Button doneAtTop = new Button(texts.get("couple.share.done"));
        doneAtTop.setId("sharing-done-top");
        page.column().getChildren().addAll(page.title(texts.get("couple.share.title", other)),
                TextPage.paragraph(texts.get("couple.share.intro")), TextPage.paragraph(texts.get("couple.share.keys")));
        AnswerSheet sheet = state.toSheet();
        AnswerWords words = new AnswerWords(texts, state.language());
        for (QuizState.Step step : state.steps()) {
            List<CheckBox> items = new ArrayList<>();
            for (Question question : state.questionsOf(step)) {
                String part = state.partOf(step, question);
                Answer answer = sheet.part(part).get(question.id());
                if (question.privateItem() || answer == null || !answer.isAnswered()) {
                    continue;
                }
                String text = state.bank().question(question.id()).orElseThrow().textFor(step.perspective())
                        .in(state.language());
                CheckBox box = new CheckBox(text + " — " + words.describe(question, answer));
                box.setId("share-" + part + "-" + question.id());
                box.setWrapText(true);
                box.setSelected(answer.shared());
                box.setAccessibleText(box.getText());
                boxes.put(box, new String[] {part, question.id()});
                items.add(box);
            }
            if (!items.isEmpty()) {
                page.column().getChildren().add(TextPage.heading(stepTitle(step)));
                page.column().getChildren().addAll(items);
            }
        }
        if (boxes.isEmpty()) {
            page.column().getChildren().add(TextPage.paragraph(texts.get("couple.share.none")));
        }
        Button done = new Button(texts.get("couple.share.done"));
        done.setId("sharing-done");
        done.getStyleClass().add(Style.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> finish(sheet));
        doneAtTop.setOnAction(e -> finish(sheet));
        if (!boxes.isEmpty()) {
            // with many answers, "Done" is one Tab away at the top too, not only after every box
            page.column().getChildren().add(3, doneAtTop);
        }
        page.column().getChildren().add(done);
        // Enter goes on, as everywhere else: on a box it would otherwise tick or untick it; Space does that
        page.node().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof CheckBox) {
                event.consume();
                done.fire();
            }
        });
        Focus.later(boxes.isEmpty() ? done : boxes.keySet().iterator().next());
    }

    private String stepTitle(QuizState.Step step) {
        String title = step.section().title().in(state.language());
        return step.section().isBoundaryMap() ? title
                : texts.get("couple.stepTitle", texts.get("couple.about." + step.perspective()), title);
    }

    private void finish(AnswerSheet sheet) {
        AnswerSheet chosen = sheet;
        for (Map.Entry<CheckBox, String[]> entry : boxes.entrySet()) {
            String part = entry.getValue()[0];
            String id = entry.getValue()[1];
            Map<String, Answer> answers = new LinkedHashMap<>(chosen.part(part));
            answers.put(id, answers.get(id).withShared(entry.getKey().isSelected()));
            chosen = chosen.withPart(part, answers);
        }
        flow.finishSharing(partner, chosen);
    }
}
