package grayarea.bank;

/**
 * The names of the parts of an answer sheet. Answers asked from a perspective go in the part named
 * by that perspective ("partner", "self"); boundary ratings go in {@link #BOUNDARIES}; a bank
 * without perspectives puts its answers in {@link #MAIN}.
 */
public final class Parts {

    public static final String BOUNDARIES = "boundaries";
    public static final String MAIN = "main";

    private Parts() {}

    /** The perspective a part was answered from: null for {@link #MAIN} and {@link #BOUNDARIES}. */
    public static String perspectiveOf(String part) {
        return MAIN.equals(part) || BOUNDARIES.equals(part) ? null : part;
    }
}
