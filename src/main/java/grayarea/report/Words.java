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

    Words(QuestionBank bank, String language) {
        this.bank = bank;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // not ResourceBundle.getBundle(name, locale): on a Spanish system it would give Spanish for
        // English
        this.texts = Message.bundle("grayarea.report.report", locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(1);
    }

    String get(String key) {
        return texts.getString(key);
    }

    String format(String key, Object... args) {
        return ReportBlock.format(texts, key, args);
    }

    String t(Text text) {
        return text.in(language);
    }
}
