package grayarea.ui.result;

import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.RegionChooser;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.View;
import javafx.scene.Node;

/**
 * The page that asks where the person is, before their first result: the list starts on the
 * system's country and has the keyboard, so one key (Enter) confirms it.
 */
public final class WhereAreYouView extends View {

    private final WhereAreYouViewModel model;
    private TextPage page;
    private RegionChooser chooser;

    public WhereAreYouView(WhereAreYouViewModel model) {
        this.model = model;
    }

    @Override
    protected void createParts() {
        page = new TextPage("where-are-you");
        chooser =
                new RegionChooser(
                        "where-are-you-chooser", model.place(), model.texts(), model::chosen);
    }

    @Override
    protected Node layOutParts() {
        page.column().getChildren().addAll(page.title(model.title()), chooser.node());
        return page.node();
    }

    @Override
    protected void bind() {
        // the keyboard starts on the list, at the system's country: Enter confirms it
        Focus.later(chooser.listNode());
    }
}
