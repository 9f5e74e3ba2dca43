package grayarea.bank;

/**
 * A named score, how it is formed from its items, what happens to missing items, and how the formed
 * score is rounded before it is banded and shown.
 */
public record Dimension(
        String id,
        Text label,
        Text description,
        Formation formation,
        MissingRule missing,
        Integer maxMissing,
        Rounding rounding) {

    public Dimension(
            String id,
            Text label,
            Text description,
            Formation formation,
            MissingRule missing,
            Integer maxMissing) {
        this(id, label, description, formation, missing, maxMissing, Rounding.NONE);
    }

    /** How a formed score is rounded; whatever shows the score shows the rounded value. */
    public enum Rounding {
        /** kept as formed */
        NONE("none"),
        /** to the nearest whole number, a half going up (13.5 becomes 14) */
        HALF_UP("half-up"),
        /** down to a whole number (13.9 becomes 13) */
        FLOOR("floor");

        /** How far below a half or a whole a formed score may fall and still count as it. */
        private static final double TOLERANCE = 1e-9;

        private final String json;

        Rounding(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        /**
         * The value rounded. A score a sum of fractions leaves a hair below a half or a whole (such
         * as 13.499999999999998 for 13.5) counts as that half or whole.
         */
        public double apply(double value) {
            return switch (this) {
                case NONE -> value;
                case HALF_UP -> Math.floor(value + 0.5 + TOLERANCE);
                case FLOOR -> Math.floor(value + TOLERANCE);
            };
        }

        public static Rounding fromJson(String value) {
            for (Rounding r : values()) {
                if (r.json.equals(value)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    /** How the item points become the score. */
    public enum Formation {
        /** the points added up */
        SUM("sum"),
        /** the points averaged over the items counted */
        MEAN("mean"),
        /** where the points lie between the lowest and highest possible, 0 to 100 */
        PERCENT_OF_MAX("percentOfMax");

        private final String json;

        Formation(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Formation fromJson(String value) {
            for (Formation f : values()) {
                if (f.json.equals(value)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    /** What a missing (declined or unreached) item counts as. */
    public enum MissingRule {
        /** left out: the score is formed from the answered items only */
        SKIP("skip"),
        /** a sum is scaled up to all items, as many standard questionnaires do */
        PRORATE("prorate"),
        /** counted as the item's lowest possible points */
        LOWEST("lowest");

        private final String json;

        MissingRule(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static MissingRule fromJson(String value) {
            for (MissingRule r : values()) {
                if (r.json.equals(value)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }
}
