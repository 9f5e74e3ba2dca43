package grayarea.ui.toolkit;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import grayarea.session.Settings;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer themes, set for the whole app before the first frame is drawn. */
public final class Themes {

    private Themes() {}

    private static final String HIGH_CONTRAST =
            Themes.class.getResource("/grayarea/ui/high-contrast.css").toExternalForm();

    /**
     * Sets the theme for the whole app; high contrast is Primer Dark with our own stronger colours
     * on top.
     */
    public static void apply(Settings.Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(
                theme == Settings.Theme.LIGHT
                        ? new PrimerLight().getUserAgentStylesheet()
                        : new PrimerDark().getUserAgentStylesheet());
        if (scene != null) {
            scene.getStylesheets().remove(HIGH_CONTRAST);
            if (theme == Settings.Theme.HIGH_CONTRAST) {
                scene.getStylesheets().add(HIGH_CONTRAST);
            }
        }
    }
}
