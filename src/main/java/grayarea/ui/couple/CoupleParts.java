package grayarea.ui.couple;

import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.RegionChooser;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
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
        Label place = TextPage.paragraph("");
        place.setId("turn-help-for");
        Button change = new Button(texts.get("help.change"));
        change.setId("turn-help-change");
        change.setAccessibleText(texts.get("help.change.accessible"));
        FlowPane placeRow = new FlowPane(10, 6, place, change);
        placeRow.setAlignment(Pos.CENTER_LEFT);
        HelpPlace helpPlace = help.helpPlace();
        RegionChooser chooser =
                new RegionChooser(
                        "turn-help-where",
                        helpPlace,
                        texts,
                        change::requestFocus,
                        change::requestFocus);
        Node where = chooser.node();
        where.visibleProperty().bind(helpPlace.choosingProperty());
        where.managedProperty().bind(where.visibleProperty());
        change.setOnAction(
                e -> {
                    helpPlace.startChoosing();
                    chooser.focus();
                });
        VBox lines = new VBox(8);
        lines.setId("turn-help-lines");
        Runnable fill =
                () -> {
                    place.setText(help.helpFor());
                    lines.getChildren().clear();
                    for (String line : help.helpLines()) {
                        Label item = TextPage.paragraph("•  " + line);
                        item.setAccessibleText(line);
                        lines.getChildren().add(item);
                    }
                    String note = help.resourcesNote();
                    if (!note.isEmpty()) {
                        lines.getChildren().add(TextPage.paragraph(note));
                    }
                };
        fill.run();
        helpPlace.regionProperty().addListener((obs, old, now) -> fill.run());
        box.getChildren().addAll(placeRow, where, lines);
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
     * The help lines for a private word on safety, in the page's language, for a region (at first
     * the country the person chose earlier or else the system's: {@link HelpPlace#of}).
     */
    static List<String> helpLines(CoupleFlow flow, String region) {
        return HelpLines.of(flow.bank(), flow.context().texts().language(), region);
    }

    /** "Help for: United Kingdom", or "Wherever you are:", in the page's language. */
    static String helpFor(CoupleFlow flow, String region) {
        return HelpLines.place(flow.bank(), flow.context().texts().language(), region);
    }

    /** The bank's note under the help lines, in the page's language, or "". */
    static String helpNote(CoupleFlow flow, String region) {
        return HelpLines.note(flow.bank(), null, flow.context().texts().language(), region);
    }

    /**
     * What a couple page's view model offers for its private word on safety: the place (held by the
     * view model, with whether its chooser is open) and the lines for it.
     */
    interface CoupleHelp {
        HelpPlace helpPlace();

        String helpFor();

        List<String> helpLines();

        String resourcesNote();
    }
}
