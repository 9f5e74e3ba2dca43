package bench.minimal;

import javafx.application.Application;

/** A plain launcher class, as the app has: an Application subclass can't be the main class on the class path. */
public final class MinimalLauncher {

    private MinimalLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(MinimalWindow.class, args);
    }
}
