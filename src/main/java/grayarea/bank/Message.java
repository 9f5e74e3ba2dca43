package grayarea.bank;

import com.networknt.schema.i18n.DefaultMessageSource;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence for people, kept as a resource-bundle key and its arguments, so that it can be said in
 * any language the bundle has ({@link #in(Locale)}) long after it was made: a bank's problems are
 * found once and shown in the window's language or the command line's.
 *
 * <p>Each package keeps its own sentences in its own bundle: the bank package in {@code
 * grayarea/bank/problems*.properties} ({@link #of(String, Object...)}), other packages in theirs
 * ({@link #in(String, String, Object...)}). In those bundles only {@code {0}}, {@code
 * {1,number,integer}}… are placeholders; every other character, apostrophes and braces included, is
 * literal, so JSON such as {@code {"text": "..."}} can be written as it is. An argument that is
 * itself a message is said in the same language. Schema errors use the sentences of the schema
 * library, networknt, which has its own Spanish ({@link #schemaLibrary(String, Object...)}).
 *
 * <p>A language without a bundle of its own is English; the system's default language never takes
 * its place.
 */
public record Message(String bundle, String key, List<Object> args) {

    /** The bank package's own sentences. */
    public static final String BANK_BUNDLE = "grayarea.bank.problems";

    /**
     * Stands for networknt's bundle (jsv-messages), whose patterns are ordinary message formats.
     */
    private static final String SCHEMA_LIBRARY = "networknt";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^{}]*)?}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        Objects.requireNonNull(bundle);
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    /** A sentence of the bank package's bundle. */
    public static Message of(String key, Object... args) {
        return new Message(BANK_BUNDLE, key, Arrays.asList(args));
    }

    /** A sentence of another package's bundle (written the same way). */
    public static Message in(String bundle, String key, Object... args) {
        return new Message(bundle, key, Arrays.asList(args));
    }

    /** A sentence of the schema library, by its message key and arguments. */
    static Message schemaLibrary(String key, Object... args) {
        return new Message(SCHEMA_LIBRARY, key, Arrays.asList(args));
    }

    /** The sentence in the language (English when the bundle does not have it). */
    public String in(Locale locale) {
        Object[] values =
                args.stream().map(a -> a instanceof Message m ? m.in(locale) : a).toArray();
        if (SCHEMA_LIBRARY.equals(bundle)) {
            return DefaultMessageSource.getInstance().getMessage(key, locale, values);
        }
        String pattern = bundle(bundle, locale).getString(key);
        return new MessageFormat(pattern(pattern), locale).format(values);
    }

    /** The bundle in the language, or the English one (the base) when that language has none. */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, NO_FALLBACK);
    }

    /** In English. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /**
     * The message format for a pattern written as the bundles are: only {0}, {1,number,integer}…
     * are placeholders; apostrophes and every other brace are literal.
     */
    public static String pattern(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(literal(text.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(literal(text.substring(last))).toString();
    }

    private static String literal(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
