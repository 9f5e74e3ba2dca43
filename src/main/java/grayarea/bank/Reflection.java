package grayarea.bank;

import java.util.Set;

/**
 * A reflection prompt, chosen for a result when its rule holds.
 *
 * @param together whether the text suggests talking together or couples therapy: with a safety flag
 *     raised it is never chosen
 */
public record Reflection(String id, Text text, Rule when, boolean together) {

    public Reflection(String id, Text text, Rule when) {
        this(id, text, when, false);
    }

    /** Whether the rule names one of these flags, directly or inside "all" or "any". */
    public boolean namesFlag(Set<String> flags) {
        return when.flags().stream().anyMatch(flags::contains);
    }
}
