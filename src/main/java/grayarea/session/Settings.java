package grayarea.session;

import java.util.List;

/**
 * The app's settings.
 *
 * @param storage how answers are kept; null until the person has chosen
 * @param theme light or dark (JavaFX 21 cannot read the system's choice)
 * @param language the language of the app and the bank's texts
 * @param textSize the text size in per cent, one of {@link #TEXT_SIZES}
 * @param discreet whether the window (and the desktop entry, where the app can reach it) shows a
 *     neutral name and icon instead of "Gray Area"
 * @param idleLock minutes without a key or mouse event after which the app locks; 0 = never. One of
 *     {@link #IDLE_LOCK_MINUTES}; it matters only when a passphrase is set
 * @param helpRegion the country whose help lines the person chose ("Where are you?"): a country
 *     code, "elsewhere", or null until they have chosen. Kept only when the settings are
 */
public record Settings(
        Storage storage,
        Theme theme,
        String language,
        int textSize,
        boolean discreet,
        int idleLock,
        String helpRegion) {

    /** The text sizes offered, in per cent of the normal size. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);

    /** The idle times offered, in minutes; 0 means the app never locks by itself. */
    public static final List<Integer> IDLE_LOCK_MINUTES = List.of(0, 2, 5, 15, 30);

    /** Keep progress on this computer, or keep nothing at all. */
    public enum Storage {
        KEEP("keep"),
        PRIVATE("private");

        private final String json;

        Storage(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static Storage fromJson(String value) {
            for (Storage s : values()) {
                if (s.json.equals(value)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The look of the app. */
    public enum Theme {
        LIGHT("light"),
        DARK("dark"),
        HIGH_CONTRAST("high-contrast");

        private final String json;

        Theme(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static Theme fromJson(String value) {
            for (Theme t : values()) {
                if (t.json.equals(value)) {
                    return t;
                }
            }
            return LIGHT;
        }
    }

    public static final Settings FIRST_RUN =
            new Settings(null, Theme.LIGHT, "en", 100, false, 0, null);

    /** Settings before the person chose a country for help. */
    public Settings(
            Storage storage,
            Theme theme,
            String language,
            int textSize,
            boolean discreet,
            int idleLock) {
        this(storage, theme, language, textSize, discreet, idleLock, null);
    }

    public Settings {
        if (!TEXT_SIZES.contains(textSize)) {
            textSize = 100;
        }
        if (!IDLE_LOCK_MINUTES.contains(idleLock)) {
            idleLock = 0;
        }
        if (!"es".equals(language)) {
            language = "en";
        }
        if (helpRegion != null && !helpRegion.matches("[A-Z]{2}|elsewhere")) {
            helpRegion = null;
        }
    }

    public Settings withStorage(Storage value) {
        return new Settings(value, theme, language, textSize, discreet, idleLock, helpRegion);
    }

    public Settings withTheme(Theme value) {
        return new Settings(storage, value, language, textSize, discreet, idleLock, helpRegion);
    }

    public Settings withLanguage(String value) {
        return new Settings(storage, theme, value, textSize, discreet, idleLock, helpRegion);
    }

    public Settings withTextSize(int value) {
        return new Settings(storage, theme, language, value, discreet, idleLock, helpRegion);
    }

    public Settings withDiscreet(boolean value) {
        return new Settings(storage, theme, language, textSize, value, idleLock, helpRegion);
    }

    public Settings withIdleLock(int minutes) {
        return new Settings(storage, theme, language, textSize, discreet, minutes, helpRegion);
    }

    /** The country chosen for help lines (a code, or "elsewhere"). */
    public Settings withHelpRegion(String region) {
        return new Settings(storage, theme, language, textSize, discreet, idleLock, region);
    }
}
