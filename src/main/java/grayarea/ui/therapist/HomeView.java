package grayarea.ui.therapist;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The therapist's home: what these tools are for, whether a practice profile is there, and the
 * things to do (the profile, a hand-out, the client results, the waiting room).
 */
final class HomeView extends View {

    private final HomeViewModel model;
    private final Texts texts;
    private TextPage page;
    private Label profileStatus;
    private FlowPane actions;
    private Button back;

    HomeView(HomeViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @Override
    protected void createParts() {
        page = new TextPage("therapist-home", Style.THERAPIST_PAGE);
        profileStatus = new Label();
        profileStatus.setId("therapist-profile-status");
        profileStatus.setWrapText(true);
        profileStatus.getStyleClass().add(Style.STATUS);
        profileStatus.setMinHeight(Label.USE_PREF_SIZE);
        actions = new FlowPane(12, 12);
        actions.setId("therapist-actions");
        actions.getStyleClass().add(Style.CHOICES);
        actions.getChildren()
                .addAll(
                        TextPage.card(
                                "therapist-profile",
                                texts.get("therapist.home.profile"),
                                texts.get("therapist.home.profile.detail"),
                                Icon.USER,
                                model::showProfile),
                        TextPage.card(
                                "therapist-handout",
                                texts.get("therapist.home.handout"),
                                texts.get("therapist.home.handout.detail"),
                                Icon.FILE_PLUS,
                                model::showHandOut),
                        TextPage.card(
                                "therapist-results",
                                texts.get("therapist.home.results"),
                                texts.get("therapist.home.results.detail"),
                                Icon.FOLDER,
                                model::showResults),
                        TextPage.card(
                                "therapist-waiting-room",
                                texts.get("waitingRoom.setup.title"),
                                texts.get("therapist.home.waitingRoom.detail"),
                                Icon.LOCK,
                                model::showWaitingRoom));
        back = new Button();
        back.setId("therapist-back");
        back.setText(texts.get("therapist.home.back"));
        back.setGraphic(Icon.ARROW_LEFT.node());
    }

    @Override
    protected Node layOutParts() {
        Label privacy = TextPage.paragraph(texts.get("therapist.home.privacy"));
        privacy.setGraphic(Icon.LOCK.node());
        page.column()
                .getChildren()
                .addAll(
                        page.title(texts.get("therapist.home.title")),
                        TextPage.paragraph(texts.get("therapist.home.intro")),
                        privacy,
                        profileStatus);
        if (!model.keeps()) {
            page.column().getChildren().add(TextPage.hint(texts.get("therapist.home.private")));
        }
        page.column().getChildren().addAll(actions, back);
        return page.node();
    }

    @Override
    protected void bind() {
        profileStatus.setText(model.profileStatus().in(texts));
        back.setOnAction(e -> model.leave());
        Focus.later(actions.getChildren().get(0));
    }
}
