package grayarea.session;

import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes settings.json in the data folder. Settings are written only when the person
 * chose to keep things on this computer: a private session writes nothing, settings included. A
 * damaged settings file is not fatal: the app starts as on first run.
 */
public final class SettingsStore {

    public static final String FILE = "settings.json";
    private static final String KIND = "grayarea.settings";

    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.FIRST_RUN;
        }
        try {
            JsonNode root = JsonDocument.read(file).root();
            if (!KIND.equals(root.path("kind").asString(null))) {
                return Settings.FIRST_RUN;
            }
            return new Settings(
                    Settings.Storage.fromJson(root.path("storage").asString(null)),
                    Settings.Theme.fromJson(root.path("theme").asString("light")),
                    root.path("language").asString("en"),
                    root.path("textSize").asInt(100),
                    root.path("discreet").asBoolean(false),
                    root.path("idleLockMinutes").asInt(0),
                    root.path("helpRegion").asString(null));
        } catch (ProblemsException e) {
            return Settings.FIRST_RUN;
        }
    }

    /** Saves the settings, but only when they say to keep things on this computer. */
    public void save(Settings settings) throws IOException {
        if (settings.storage() != Settings.Storage.KEEP) {
            return;
        }
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", 1);
        root.put("storage", settings.storage().json());
        root.put("theme", settings.theme().json());
        root.put("language", settings.language());
        root.put("textSize", settings.textSize());
        root.put("discreet", settings.discreet());
        root.put("idleLockMinutes", settings.idleLock());
        if (settings.helpRegion() != null) {
            root.put("helpRegion", settings.helpRegion());
        }
        AtomicFiles.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    public Path file() {
        return file;
    }
}
