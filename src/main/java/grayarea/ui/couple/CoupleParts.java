package grayarea.ui.couple;

import grayarea.ui.toolkit.HelpBlock;
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
     * The private word on safety: a first paragraph, then "Help for: United Kingdom" with its
     * "Change" (the same chooser as on the result page, by keyboard: a choice is remembered as
     * there, never in a private session), the help lines and the bank's note, if any; a new place
     * shows its lines at once.
     */
    static VBox safetyBox(Texts texts, String first, CoupleHelp help) {
        VBox box = new VBox(8, TextPage.paragraph(first));
        box.setId("turn-safety");
        box.getStyleClass().add(Style.SAFETY_BOX);
        box.getChildren()
                .addAll(
                        HelpBlock.of(
                                new HelpBlock.Ids(
                                        "turn-help-for",
                                        "turn-help-change",
                                        "turn-help-where",
                                        "turn-help-lines"),
                                texts,
                                help.helpPlace(),
                                help::helpFor,
                                help::helpLines,
                                help::resourcesNote,
                                8));
        return box;
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
     * What a couple page's view model offers for its private word on safety: the place (held by the
     * view model, with whether its chooser is open) and, from the flow's bank and language, the
     * lines for it.
     */
    interface CoupleHelp {
        HelpPlace helpPlace();

        CoupleFlow flow();

        /** "Help for: United Kingdom", or "Wherever you are:", in the page's language. */
        default String helpFor() {
            return HelpLines.place(flow().bank(), language(), helpPlace().region());
        }

        /** The help lines for the place, in the page's language. */
        default List<String> helpLines() {
            return HelpLines.of(flow().bank(), language(), helpPlace().region());
        }

        /** The question bank's note under the help lines, in the page's language, or "". */
        default String resourcesNote() {
            return HelpLines.note(flow().bank(), null, language(), helpPlace().region());
        }

        private String language() {
            return flow().context().texts().language();
        }
    }
}
