package grayarea.bank;

import java.util.List;

/** What was answered to one question. */
public sealed interface AnswerValue {

    /** One option of a single-choice, scale or yes/no question. */
    record Choice(String option) implements AnswerValue {}

    /** The ticked options of a checklist, in the bank's order; may be empty. */
    record Choices(List<String> options) implements AnswerValue {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** A free-text reflection. Never scored. */
    record FreeText(String text) implements AnswerValue {}

    /** A boundary rating: how okay the behaviour is if I did it, and if my partner did it. */
    record BoundaryRating(Rating ifIDid, Rating ifPartnerDid) implements AnswerValue {}

    /** fine / depends / crosses a line. */
    enum Rating {
        FINE("fine"),
        DEPENDS("depends"),
        CROSSES_LINE("crosses-line");

        private final String json;

        Rating(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        /** 0 fine, 1 depends, 2 crosses a line: the higher, the stricter. */
        public int strictness() {
            return ordinal();
        }

        public static Rating fromJson(String value) {
            for (Rating r : values()) {
                if (r.json.equals(value)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }
}
