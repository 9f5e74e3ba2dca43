package grayarea.ui.couple;

import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Parts that several couple pages show alike. */
final class CoupleParts {

    private CoupleParts() {}

    /**
     * "Back to the start", for the pages between turns: the turns stay as saved, closed under their
     * PINs.
     */
    static Button backButton(Texts texts, String id) {
        Button back = new Button(texts.get("couple.back"));
        back.setId(id);
        back.setGraphic(Icon.ARROW_LEFT.node());
        return back;
    }

    /**
     * The private word on safety: a first paragraph, then the help lines and the bank's note, if
     * any.
     */
    static VBox safetyBox(String first, List<String> helpLines, String note) {
        VBox help = new VBox(8, TextPage.paragraph(first));
        help.setId("turn-safety");
        help.getStyleClass().add(Style.SAFETY_BOX);
        helpLines.forEach(line -> help.getChildren().add(TextPage.paragraph("•  " + line)));
        if (!note.isEmpty()) {
            help.getChildren().add(TextPage.paragraph(note));
        }
        return help;
    }

    /** A status line, hidden while its text is empty. */
    static Label status(String id, ObservableStringValue text) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.getStyleClass().add(Style.STATUS);
        status.textProperty().bind(text);
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    /**
     * The help lines for a private word on safety, in the page's language, for the country the
     * person chose earlier or else the system's (HelpLines; nothing is asked on these pages).
     */
    static List<String> helpLines(CoupleFlow flow) {
        AppContext context = flow.context();
        String region = HelpPlace.remembered(context);
        return HelpLines.of(flow.bank(), context.texts().language(), region);
    }

    /** The bank's note under the help lines, in the page's language, or "". */
    static String helpNote(CoupleFlow flow) {
        AppContext context = flow.context();
        return HelpLines.note(
                flow.bank(), null, context.texts().language(), HelpPlace.remembered(context));
    }
}
