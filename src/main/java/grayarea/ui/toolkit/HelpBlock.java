package grayarea.ui.toolkit;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Help lines where the person is, the one way every page shows them: "Help for: United Kingdom"
 * with "Change" (the {@link RegionChooser}, by keyboard; a choice is remembered as {@link
 * HelpPlace} says), then the lines and the bank's note, drawn again whenever the place changes. The
 * lines come from the page's view model; this only lays them out.
 */
public final class HelpBlock {

    /**
     * The ids of the block's parts, as a page's tests and styles know them.
     *
     * @param place the "Help for: …" label
     * @param change the "Change" button
     * @param chooser the chooser (its list is {@code chooser + "-list"})
     * @param lines the box of lines
     */
    public record Ids(String place, String change, String chooser, String lines) {}

    private HelpBlock() {}

    /**
     * The block's three rows (the place with Change, the chooser while open, the lines), for the
     * page to add to its own box.
     *
     * @param note the bank's note under the lines, or "" for none
     */
    public static List<Node> of(
            Ids ids,
            Texts texts,
            HelpPlace helpPlace,
            Supplier<String> helpFor,
            Supplier<List<String>> lines,
            Supplier<String> note,
            double spacing) {
        Label place = TextPage.paragraph("");
        place.setId(ids.place());
        Button change = new Button(texts.get("help.change"));
        change.setId(ids.change());
        change.setAccessibleText(texts.get("help.change.accessible"));
        FlowPane placeRow = new FlowPane(10, 6, place, change);
        placeRow.setAlignment(Pos.CENTER_LEFT);
        RegionChooser chooser =
                new RegionChooser(
                        ids.chooser(),
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
        VBox box = new VBox(spacing);
        box.setId(ids.lines());
        Runnable fill =
                () -> {
                    place.setText(helpFor.get());
                    box.getChildren().clear();
                    for (String line : lines.get()) {
                        Label item = TextPage.paragraph("•  " + line);
                        item.setAccessibleText(line);
                        box.getChildren().add(item);
                    }
                    String words = note.get();
                    if (!words.isEmpty()) {
                        box.getChildren().add(TextPage.paragraph(words));
                    }
                };
        fill.run();
        helpPlace.regionProperty().addListener((obs, old, now) -> fill.run());
        return List.of(placeRow, where, box);
    }
}
