package grayarea.bank;

/** A named score, how it is formed from its items, and what happens to missing items. */
public record Dimension(
        String id,
        Text label,
        Text description,
        Formation formation,
        MissingRule missing,
        Integer maxMissing) {

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
