package grayarea.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, as the build wrote it (src/main/resources-filtered). */
public final class AppVersion {

    private static final String VERSION = load();

    private AppVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in =
                AppVersion.class.getResourceAsStream("/grayarea/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
