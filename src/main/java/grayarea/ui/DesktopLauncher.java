package grayarea.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX application. A plain class, not an Application subclass, so that the app
 * starts from the class path (an Application as the jar's main class fails there).
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Where JavaFX unpacks its native libraries when run from jars: inside the app's own folder. */
    static final String NATIVE_CACHE = "javafx-cache";

    public static void launch(String[] args) {
        StartTimes.mark("launch");
        // left to itself, JavaFX unpacks its libraries into ~/.openjfx, a trace outside the app's folder
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", grayarea.session.DataFolder.get().resolve(NATIVE_CACHE).toString());
        }
        Application.launch(GrayAreaApp.class, args);
    }
}
