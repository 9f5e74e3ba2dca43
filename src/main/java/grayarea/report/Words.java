package grayarea.report;

import grayarea.bank.Message;
import grayarea.bank.QuestionBank;
import grayarea.bank.Text;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report's language: the bank's texts in it, the report bundle, and numbers as that language
 * writes them.
 */
final class Words {

    final QuestionBank bank;
    final String language;
    final Locale locale;
    final ResourceBundle texts;
    final NumberFormat numbers;

    /** For a score before rounding: two decimals, so that "13.71, rounded to 14" reads right. */
    final NumberFormat precise;

    Words(QuestionBank bank, String language) {
        this.bank = bank;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // not ResourceBundle.getBundle(name, locale): on a Spanish system it would give Spanish for
        // English
        this.texts = Message.bundle("grayarea.report.report", locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(1);
        this.precise = NumberFormat.getNumberInstance(locale);
        this.precise.setMaximumFractionDigits(2);
    }

    String get(String key) {
        return texts.getString(key);
    }

    String format(String key, Object... args) {
        return ReportBlock.format(texts, key, args);
    }

    /**
     * The closing words of a report: the app's own neutral sentence, then the bank's, when it gives
     * one.
     */
    String footer() {
        Text own = bank == null ? Text.EMPTY : bank.texts().resultFooter();
        return own.isEmpty() ? get("notDiagnosis") : get("notDiagnosis") + " " + t(own);
    }

    /** What stands in a help resource's contact that the therapist is to fill in. */
    String fillIn() {
        Text own = bank == null ? Text.EMPTY : bank.texts().fillIn();
        return own.isEmpty() ? get("resource.fillIn") : t(own);
    }

    String t(Text text) {
        return text.in(language);
    }
}
