package grayarea.session;

/**
 * The app's settings.
 *
 * @param storage  how answers are kept; null until the person has chosen
 * @param theme    light or dark (JavaFX 21 cannot read the system's choice)
 * @param language the language of the app and the bank's texts
 * @param textSize the text size in per cent, one of {@link #TEXT_SIZES}
 */
public record Settings(Storage storage, Theme theme, String language, int textSize) {

    /** The text sizes offered, in per cent of the normal size. */
    public static final java.util.List<Integer> TEXT_SIZES = java.util.List.of(100, 125, 150, 175, 200);

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

    public static final Settings FIRST_RUN = new Settings(null, Theme.LIGHT, "en", 100);

    public Settings {
        if (!TEXT_SIZES.contains(textSize)) {
            textSize = 100;
        }
        if (!"es".equals(language)) {
            language = "en";
        }
    }

    public Settings withStorage(Storage value) {
        return new Settings(value, theme, language, textSize);
    }

    public Settings withTheme(Theme value) {
        return new Settings(storage, value, language, textSize);
    }

    public Settings withLanguage(String value) {
        return new Settings(storage, theme, value, textSize);
    }

    public Settings withTextSize(int value) {
        return new Settings(storage, theme, language, value);
    }
}
