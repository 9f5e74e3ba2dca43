package grayarea.ui.therapist;

import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The therapist's home: what these tools are for, whether a practice profile is there, and the
 * three things to do (the profile, a hand-out, the client results).
 */
final class HomeView {

    private final TherapistFlow flow;
    private final Texts texts;
    private final TextPage page = new TextPage("therapist-home", "therapist-page");
    private final Label profileStatus = new Label();
    private final FlowPane actions = new FlowPane(12, 12);
    private final Button back = new Button();

    HomeView(TherapistFlow flow) {
        this.flow = flow;
        this.texts = flow.texts();
        createParts();
        layoutParts();
        bind();
    }

    Node node() {
        return page.node();
    }

    private void createParts() {
        profileStatus.setId("therapist-profile-status");
        profileStatus.setWrapText(true);
        profileStatus.getStyleClass().add(Style.STATUS);
        profileStatus.setMinHeight(Label.USE_PREF_SIZE);
        actions.setId("therapist-actions");
        actions.getStyleClass().add(Style.CHOICES);
        actions.getChildren().addAll(
                TextPage.card("therapist-profile", texts.get("therapist.home.profile"), texts.get("therapist.home.profile.detail"),
                        Icon.USER, flow::showProfile),
                TextPage.card("therapist-handout", texts.get("therapist.home.handout"), texts.get("therapist.home.handout.detail"),
                        Icon.FILE_PLUS, flow::showHandOut),
                TextPage.card("therapist-results", texts.get("therapist.home.results"), texts.get("therapist.home.results.detail"),
                        Icon.FOLDER, flow::showResults),
                TextPage.card("therapist-waiting-room", texts.get("waitingRoom.setup.title"),
                        texts.get("therapist.home.waitingRoom.detail"), Icon.LOCK, flow::showWaitingRoom));
        back.setId("therapist-back");
        back.setText(texts.get("therapist.home.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    private void layoutParts() {
        Label privacy = TextPage.paragraph(texts.get("therapist.home.privacy"));
        privacy.setGraphic(Icon.LOCK.node());
        page.column().getChildren().addAll(page.title(texts.get("therapist.home.title")),
                TextPage.paragraph(texts.get("therapist.home.intro")), privacy, profileStatus);
        if (!flow.context().keepsProgress()) {
            page.column().getChildren().add(TextPage.hint(texts.get("therapist.home.private")));
        }
        page.column().getChildren().addAll(actions, back);
    }

    private void bind() {
        if (!flow.profileProblems().isEmpty()) {
            profileStatus.setText(texts.get("therapist.home.profile.damaged"));
        } else {
            profileStatus.setText(flow.profile().map(p -> texts.get("therapist.home.profile.using", p.heading()))
                    .orElse(texts.get("therapist.home.profile.none")));
        }
        back.setOnAction(e -> flow.leave());
        Focus.later(actions.getChildren().get(0));
    }
}
