package grayarea.session;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its files: the platform's per-user data folder, or the folder named by the
 * system property {@code grayarea.home} (used by tests and portable installs).
 */
public final class DataFolder {

    public static final String OVERRIDE_PROPERTY = "grayarea.home";

    private DataFolder() {}

    public static Path get() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Gray Area");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Gray Area");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(
                xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(),
                "grayarea");
    }
}
