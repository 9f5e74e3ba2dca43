package grayarea.bank;

import java.util.List;

/**
 * The lowest and highest value a dimension's formed score can take, over every perspective, every
 * condition and every allowed pattern of missing answers. Bands are checked against it.
 */
public final class ScoreBounds {

    private ScoreBounds() {}

    /** The range as {lowest, highest}. */
    public static double[] of(QuestionBank bank, Dimension dimension) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (String perspective : bank.perspectiveIds()) {
            List<Question> items =
                    bank.questionsInPart(perspective == null ? Parts.MAIN : perspective).stream()
                            .filter(q -> q.scoresOn(dimension.id()))
                            .toList();
            if (items.isEmpty()) {
                continue;
            }
            double[] range = forItems(items, dimension);
            lowest = Math.min(lowest, range[0]);
            highest = Math.max(highest, range[1]);
        }
        if (lowest == Double.POSITIVE_INFINITY) {
            return new double[] {0, 0};
        }
        return new double[] {lowest, highest};
    }

    private static double[] forItems(List<Question> items, Dimension dimension) {
        String id = dimension.id();
        switch (dimension.formation()) {
            case PERCENT_OF_MAX:
                return new double[] {0, 100};
            case MEAN:
                return new double[] {
                    items.stream().mapToDouble(q -> q.minScore(id)).min().orElse(0),
                    items.stream().mapToDouble(q -> q.maxScore(id)).max().orElse(0)
                };
            case SUM:
            default:
                if (dimension.missing() == Dimension.MissingRule.PRORATE) {
                    int n = items.size();
                    return new double[] {
                        n * items.stream().mapToDouble(q -> q.minScore(id)).min().orElse(0),
                        n * items.stream().mapToDouble(q -> q.maxScore(id)).max().orElse(0)
                    };
                }
                double low = 0;
                double high = 0;
                for (Question q : items) {
                    // an item that can be left out (skipped, or hidden by a condition) may add
                    // nothing
                    boolean alwaysCounted =
                            dimension.missing() == Dimension.MissingRule.LOWEST
                                    && q.showIf() == null;
                    low += alwaysCounted ? q.minScore(id) : Math.min(0, q.minScore(id));
                    high += alwaysCounted ? q.maxScore(id) : Math.max(0, q.maxScore(id));
                }
                return new double[] {low, high};
        }
    }
}
