package grayarea.bank;

/**
 * Wording that belongs to one bank, shown in place of the app's neutral defaults. Each is {@link
 * Text#EMPTY} when the bank leaves it to the app.
 *
 * @param resultFooter closes every report of a result, such as what may help next
 * @param comparisonUnavailable shown to a couple when their answers cannot be compared
 * @param fillIn stands for a help resource the therapist is to complete
 * @param resultFooterSafety closes a report of a result in place of {@code resultFooter} when a
 *     safety flag was raised (then, when empty, the bank adds no closing words at all)
 */
public record BankTexts(
        Text resultFooter, Text comparisonUnavailable, Text fillIn, Text resultFooterSafety) {

    public static final BankTexts NONE =
            new BankTexts(Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY);

    public BankTexts(Text resultFooter, Text comparisonUnavailable, Text fillIn) {
        this(resultFooter, comparisonUnavailable, fillIn, Text.EMPTY);
    }

    /**
     * The bank's closing words for a result: with a safety flag raised only {@code
     * resultFooterSafety} (a footer may suggest talking together), otherwise {@code resultFooter}.
     */
    public Text resultFooter(boolean safety) {
        return safety ? resultFooterSafety : resultFooter;
    }
}
