package grayarea.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX application. A plain class, not an Application subclass, so that the app
 * starts from the class path (an Application as the jar's main class fails there).
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        StartTimes.mark("launch");
        Application.launch(GrayAreaApp.class, args);
    }
}
