package grayarea.bank;

/**
 * A conversation starter for couples, picked for a kind of difference between two partners'
 * answers. The text may hold {@code {behaviour}}, replaced by the behaviour's label.
 *
 * @param together whether the text suggests talking together or couples therapy: with a safety flag
 *     raised it is never shown (nor is any other prompt, docs/decisions/0033)
 */
public record ConversationPrompt(
        String id, Topic topic, String behaviour, Text text, boolean together) {

    public ConversationPrompt(String id, Topic topic, String behaviour, Text text) {
        this(id, topic, behaviour, text, false);
    }

    public static final String BEHAVIOUR_PLACEHOLDER = "{behaviour}";

    /** What kind of difference the prompt is for. */
    public enum Topic {
        BOUNDARY_MISMATCH("boundary-mismatch"),
        DOUBLE_STANDARD("double-standard"),
        PERCEPTION_GAP("perception-gap"),
        SHARED_LINE("shared-line"),
        GENERAL("general");

        private final String json;

        Topic(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Topic fromJson(String value) {
            for (Topic t : values()) {
                if (t.json.equals(value)) {
                    return t;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }
}
