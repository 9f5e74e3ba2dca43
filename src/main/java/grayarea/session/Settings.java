package grayarea.session;

/**
 * The app's settings.
 *
 * @param storage  how answers are kept; null until the person has chosen
 * @param theme    light or dark (JavaFX 21 cannot read the system's choice)
 * @param language the language of the app and the bank's texts
 */
public record Settings(Storage storage, Theme theme, String language) {

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
        DARK("dark");

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

    public static final Settings FIRST_RUN = new Settings(null, Theme.LIGHT, "en");

    public Settings withStorage(Storage value) {
        return new Settings(value, theme, language);
    }

    public Settings withTheme(Theme value) {
        return new Settings(storage, value, language);
    }

    public Settings withLanguage(String value) {
        return new Settings(storage, theme, value);
    }
}
