package grayarea.bank;

/**
 * What an answer that is not a point on the scale means: such an answer gives no points, and is
 * counted neither as a score of 0 nor as declined.
 */
public enum Means {
    /** the person does not know */
    NOT_SURE("not-sure"),
    /** the question does not fit their situation */
    DOES_NOT_APPLY("does-not-apply");

    private final String json;

    Means(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Means fromJson(String value) {
        for (Means m : values()) {
            if (m.json.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
