package grayarea.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import grayarea.session.Settings;
import javafx.application.Application;

/** AtlantaFX's Primer themes, set for the whole app before the first frame is drawn. */
public final class Themes {

    private Themes() {
    }

    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
