package grayarea.report;

import grayarea.bank.Dimension;
import grayarea.bank.Message;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Text;
import grayarea.scoring.Score;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
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

    /** The language the bank's own texts are quoted in: the report's, unless said otherwise. */
    private final String bankLanguage;

    Words(QuestionBank bank, String language) {
        this(bank, language, language);
    }

    Words(QuestionBank bank, String language, String bankLanguage) {
        this.bank = bank;
        this.language = language;
        this.bankLanguage = bankLanguage;
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
     * one; with a safety flag raised, only the bank's {@code resultFooterSafety} (its usual footer
     * may suggest talking together).
     */
    String footer(boolean safety) {
        Text own = bank == null ? Text.EMPTY : bank.texts().resultFooter(safety);
        return own.isEmpty() ? get("notDiagnosis") : get("notDiagnosis") + " " + t(own);
    }

    /** What stands in a help resource's contact that the therapist is to fill in. */
    String fillIn() {
        Text own = bank == null ? Text.EMPTY : bank.texts().fillIn();
        return own.isEmpty() ? get("resource.fillIn") : t(own);
    }

    String t(Text text) {
        return text.in(bankLanguage);
    }

    /**
     * The labels of the options chosen (ids joined by ","), such as "Often" or "Yes; No"; for a
     * free-text question, the text itself.
     */
    String answerLabel(Question question, String answer) {
        if (question.type() == QuestionType.TEXT) {
            return answer;
        }
        List<String> labels = new ArrayList<>();
        for (String id : answer.split(",")) {
            Option option = question.option(id).orElse(null);
            if (option == null) {
                labels.add(id);
            } else if (option.label().isEmpty()) {
                labels.add(get("answer." + id));
            } else {
                labels.add(t(option.label()));
            }
        }
        return String.join("; ", labels);
    }

    /** A dimension's label, or its id when the bank has no such dimension. */
    String dimensionLabel(String dimension) {
        return bank.dimension(dimension).map(d -> t(d.label())).orElse(dimension);
    }

    /**
     * The shown value of a formed score: rounded, saying so when rounding changed it ("13.71,
     * rounded to 14"), and "of 100" for a share of the maximum.
     */
    String value(Score score) {
        Dimension dimension = bank.dimension(score.dimension()).orElseThrow();
        String shown = numbers.format(score.value());
        if (score.rounded()) {
            shown = format("score.rounded", precise.format(score.unrounded()), shown);
        }
        return dimension.formation() == Dimension.Formation.PERCENT_OF_MAX
                ? format("score.percent", shown)
                : shown;
    }
}
