package grayarea.ui.waitingroom;

import grayarea.session.HandOutFile;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The page a waiting room shows once a client has finished and their result is saved for the
 * therapist. It is built from the hand-out alone, never from the client's answers: the next
 * person at the computer sees the same page whatever the last client answered (no result, no
 * answers, no flag, not even whether help was needed), and can only start afresh. The help lines
 * are on it for everyone, so a client who needs them has them without anyone learning that.
 */
public final class ThankYouView {

    private final TextPage page = new TextPage("waiting-room-thank-you");

    /**
     * @param handOut    the waiting room's hand-out (its practice and help lines)
     * @param onNext     starts an empty quiz page for the next person
     */
    public ThankYouView(HandOutFile.Opened handOut, Texts texts, Runnable onNext) {
        String therapist = handOut.handOut().practice().therapistName();
        Label saved = TextPage.paragraph(texts.get("waitingRoom.done.saved", therapist));
        saved.setId("waiting-room-saved");
        VBox help = new VBox(6, TextPage.heading(texts.get("result.resources")));
        help.setId("waiting-room-help");
        for (String line : helpLines(handOut, texts)) {
            Label item = TextPage.paragraph("•  " + line);
            item.setAccessibleText(line);
            help.getChildren().add(item);
        }
        if (!handOut.bank().resourcesNote().isEmpty()) {
            help.getChildren().add(TextPage.paragraph(handOut.bank().resourcesNote().in(texts.language())));
        }
        Button next = new Button(texts.get("waitingRoom.done.next"));
        next.setId("next-person");
        next.setGraphic(Icon.REFRESH_CW.node());
        next.setOnAction(e -> onNext.run());
        page.column().getChildren().addAll(page.title(texts.get("result.thankYou.title")), saved,
                TextPage.paragraph(texts.get("waitingRoom.done.detail", therapist)));
        if (help.getChildren().size() > 1) {
            page.column().getChildren().add(help);
        }
        page.column().getChildren().add(next);
        Focus.later(next);
    }

    /** The bank's help lines, then those the therapist's hand-out adds, as on a result page. */
    private static List<String> helpLines(HandOutFile.Opened handOut, Texts texts) {
        List<String> lines = new ArrayList<>(HelpLines.of(handOut.bank(), texts, texts.language()));
        String therapist = handOut.handOut().practice().therapistName();
        handOut.handOut().practice().resources().forEach(r -> lines.add(r.notes() == null
                ? texts.get("result.resource.practice", r.name(), therapist, r.contact())
                : texts.get("result.resource.practice.notes", r.name(), therapist, r.contact(), r.notes())));
        return lines;
    }

    public Node node() {
        return page.node();
    }
}
