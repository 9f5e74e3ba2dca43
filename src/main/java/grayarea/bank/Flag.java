package grayarea.bank;

/**
 * A named flag some answers raise; a safety flag puts help first and turns off comparison.
 *
 * @param withholdsBand a safety flag after which the result shows no band at all, only the flag's
 *     message and the help resources
 */
public record Flag(String id, Text label, boolean safety, Text message, boolean withholdsBand) {

    public Flag(String id, Text label, boolean safety, Text message) {
        this(id, label, safety, message, false);
    }
}
