package grayarea.ui.toolkit;

import grayarea.bank.HelpDirectory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * "Where are you?": the countries the app has checked help lines for, and "Somewhere else", in a
 * list that starts on the current place (the system's country the first time). The arrow keys move
 * through it, showing that country's lines meanwhile; Enter (or the button) confirms, and the
 * choice is remembered ({@link HelpPlace#choose}). Opened beside help lines ({@link
 * HelpPlace#startChoosing}), Escape or the keyboard leaving the chooser puts back the confirmed
 * country and closes it ({@link HelpPlace#cancel}): what is open and shown lives in the {@link
 * HelpPlace}, which the page's view model holds. Nothing here deletes or shares.
 */
public final class RegionChooser {

    private final VBox box;
    private final ListView<String> list;

    /**
     * @param afterChoice runs once the person confirmed a place
     */
    public RegionChooser(String id, HelpPlace place, Texts texts, Runnable afterChoice) {
        this(id, place, texts, afterChoice, () -> {});
    }

    /**
     * @param afterChoice runs once the person confirmed a place
     * @param afterEscape runs once Escape closed a list opened by {@link HelpPlace#startChoosing}
     */
    public RegionChooser(
            String id, HelpPlace place, Texts texts, Runnable afterChoice, Runnable afterEscape) {
        HelpDirectory directory = HelpDirectory.bundled();
        List<String> codes = new ArrayList<>();
        directory.countries().forEach(c -> codes.add(c.code()));
        codes.add(HelpDirectory.ELSEWHERE);
        list = new ListView<>();
        list.getItems().setAll(codes);
        list.setId(id + "-list");
        list.setCellFactory(
                v ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(String code, boolean empty) {
                                super.updateItem(code, empty);
                                setText(empty || code == null ? null : name(code, texts));
                            }
                        });
        list.getStyleClass().add(Style.REGION_LIST);
        list.setAccessibleText(texts.get("help.where.title"));
        list.getSelectionModel().select(place.region());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                place.preview(now);
                            }
                        });
        place.regionProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                                list.getSelectionModel().select(now);
                            }
                        });
        Runnable confirm =
                () -> {
                    String chosen = list.getSelectionModel().getSelectedItem();
                    place.choose(chosen == null ? place.region() : chosen);
                    afterChoice.run();
                };
        list.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        e.consume();
                        confirm.run();
                    } else if (e.getCode() == KeyCode.ESCAPE && place.choosing()) {
                        e.consume();
                        place.cancel();
                        afterEscape.run();
                    }
                });
        Button ok = new Button(texts.get("help.where.confirm"));
        ok.setId(id + "-confirm");
        ok.setOnAction(e -> confirm.run());
        Label title = TextPage.heading(texts.get("help.where.title"));
        title.setLabelFor(list);
        Label detail = TextPage.paragraph(texts.get("help.where.detail"));
        box = new VBox(8, title, detail, list, ok);
        box.setId(id);
        ChangeListener<Node> focusMoved =
                (obs, old, now) -> {
                    if (place.choosing() && !inside(now)) {
                        place.cancel();
                    }
                };
        box.sceneProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (old != null) {
                                old.focusOwnerProperty().removeListener(focusMoved);
                            }
                            if (now != null) {
                                now.focusOwnerProperty().addListener(focusMoved);
                            }
                        });
    }

    /** Whether the keyboard is on this chooser (its list or its button). */
    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    /** A place's name in the page's language ("United Kingdom", "Somewhere else"). */
    public static String name(String code, Texts texts) {
        return HelpDirectory.bundled()
                .country(code)
                .map(c -> c.name().in(texts.language()))
                .orElseGet(() -> texts.get("help.where.elsewhere"));
    }

    public VBox node() {
        return box;
    }

    /** The list itself, to give it the keyboard. */
    public ListView<String> listNode() {
        return list;
    }

    /** Puts the keyboard on the list, at the current place. */
    public void focus() {
        list.requestFocus();
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
    }
}
