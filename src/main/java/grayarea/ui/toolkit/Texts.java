package grayarea.ui.toolkit;

import grayarea.bank.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's own texts, from the resource bundle grayarea/ui/messages. */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = Message.bundle("grayarea.ui.messages", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The text for the key, with {0}, {1}… filled in; apostrophes are always literal. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
