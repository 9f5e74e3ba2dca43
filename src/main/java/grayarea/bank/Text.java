package grayarea.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text of the bank in each of its languages. A bank writes it as a plain string (when it declares
 * one language) or as a map from language to string.
 */
public record Text(Map<String, String> byLanguage) {

    public static final Text EMPTY = new Text(Map.of());

    public Text {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static Text of(String language, String value) {
        return new Text(Map.of(language, value));
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** The text in that language, else in the first language the text has, else "". */
    public String in(String language) {
        String exact = byLanguage.get(language);
        if (exact != null) {
            return exact;
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }
}
