package grayarea.bank;

/**
 * Wording that belongs to one bank, shown in place of the app's neutral defaults. Each is {@link
 * Text#EMPTY} when the bank leaves it to the app.
 *
 * @param resultFooter closes every report of a result, such as what may help next
 * @param comparisonUnavailable shown to a couple when their answers cannot be compared
 * @param fillIn stands for a help resource the therapist is to complete
 */
public record BankTexts(Text resultFooter, Text comparisonUnavailable, Text fillIn) {

    public static final BankTexts NONE = new BankTexts(Text.EMPTY, Text.EMPTY, Text.EMPTY);
}
