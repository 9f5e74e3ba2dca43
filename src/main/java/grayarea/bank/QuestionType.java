package grayarea.bank;

/** The kinds of question a bank can ask. */
public enum QuestionType {
    SINGLE("single"),
    SCALE("scale"),
    YES_NO("yesno"),
    CHECKLIST("checklist"),
    TEXT("text"),
    BOUNDARY("boundary");

    private final String json;

    QuestionType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** Whether an answer is one option id (single, scale, yes/no). */
    public boolean isSingleChoice() {
        return this == SINGLE || this == SCALE || this == YES_NO;
    }

    public static QuestionType fromJson(String value) {
        for (QuestionType t : values()) {
            if (t.json.equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
