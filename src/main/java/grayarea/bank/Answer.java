package grayarea.bank;

/**
 * The answer to one question in an answer sheet.
 *
 * @param value the answer when answered, else null
 * @param shared false when its author chose not to share it with a partner
 */
public record Answer(Status status, AnswerValue value, boolean shared) {

    /** Whether the question was answered, declined ("prefer not to say") or never reached. */
    public enum Status {
        ANSWERED("answered"),
        DECLINED("declined"),
        NOT_REACHED("not-reached");

        private final String json;

        Status(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Status fromJson(String value) {
            for (Status s : values()) {
                if (s.json.equals(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    public Answer {
        if ((status == Status.ANSWERED) != (value != null)) {
            throw new IllegalArgumentException(
                    "an answered question has a value; others have none");
        }
    }

    public static Answer answered(AnswerValue value) {
        return new Answer(Status.ANSWERED, value, true);
    }

    public static Answer declined() {
        return new Answer(Status.DECLINED, null, true);
    }

    public static Answer notReached() {
        return new Answer(Status.NOT_REACHED, null, true);
    }

    public Answer withShared(boolean isShared) {
        return new Answer(status, value, isShared);
    }

    public boolean isAnswered() {
        return status == Status.ANSWERED;
    }
}
