package grayarea.report;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.Band;
import grayarea.bank.Dimension;
import grayarea.bank.Flag;
import grayarea.bank.GutCheck;
import grayarea.bank.HelpResource;
import grayarea.bank.Option;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import grayarea.bank.Text;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A result as plain text, in the order a person should meet it: safety and help first when a
 * safety flag was raised, then the band and its explanation, the scores, the why, reflections,
 * gut checks, the boundary map, and always the reminder that it is not a diagnosis.
 */
public final class TextReport {

    private final QuestionBank bank;
    private final String language;
    private final ResourceBundle texts;
    private final NumberFormat numbers;

    public TextReport(QuestionBank bank, String language) {
        this.bank = bank;
        this.language = language;
        Locale locale = Locale.forLanguageTag(language);
        this.texts = ResourceBundle.getBundle("grayarea.report.report", locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(1);
    }

    public String render(AnswerSheet sheet, Result result) {
        StringBuilder out = new StringBuilder();
        line(out, "title", t(bank.about().title()));
        line(out, "bank", bank.id(), bank.version());
        if (sheet.respondent() != null && !sheet.respondent().isBlank()) {
            line(out, "respondent", sheet.respondent());
        }
        if (result.safety()) {
            out.append('\n');
            line(out, "safety");
            for (String flagId : result.flags()) {
                bank.flag(flagId).filter(Flag::safety).ifPresent(f -> {
                    if (!f.message().isEmpty()) {
                        out.append(t(f.message())).append('\n');
                    }
                });
            }
            resources(out);
        }
        for (PartResult part : result.parts()) {
            out.append('\n');
            part(out, part);
        }
        if (!bank.gutChecks().isEmpty()) {
            out.append('\n');
            line(out, "gutChecks");
            for (GutCheck check : bank.gutChecks()) {
                out.append("- ").append(t(check.text())).append('\n');
            }
        }
        if (!result.boundaries().isEmpty()) {
            out.append('\n');
            line(out, "boundaries");
            for (BoundaryReading reading : result.boundaries()) {
                String behaviour = bank.behaviour(reading.behaviour()).map(b -> t(b.label())).orElse(reading.behaviour());
                String key = switch (reading.lean()) {
                    case SAME -> "boundary.same";
                    case EASIER_ON_ME -> "boundary.easierOnMe";
                    case EASIER_ON_PARTNER -> "boundary.easierOnPartner";
                };
                line(out, key, behaviour, rating(reading.ifIDid()), rating(reading.ifPartnerDid()));
            }
        }
        if (!result.safety() && !bank.resources().isEmpty()) {
            out.append('\n');
            resources(out);
        }
        out.append('\n');
        line(out, "notDiagnosis");
        return out.toString();
    }

    private void part(StringBuilder out, PartResult part) {
        String title = bank.perspective(part.part()).map(p -> t(p.label())).orElse(texts.getString("part.main"));
        out.append(title).append('\n');
        if (part.band() == null) {
            line(out, "result.unavailable");
        } else {
            Band band = bank.primary().bands().stream().filter(b -> b.id().equals(part.band())).findFirst().orElseThrow();
            line(out, "result", t(band.label()));
            out.append(t(band.explanation())).append('\n');
        }
        line(out, "scores");
        for (Score score : part.scores()) {
            Dimension dimension = bank.dimension(score.dimension()).orElseThrow();
            String value;
            if (!score.computable()) {
                value = texts.getString("score.unavailable");
            } else if (dimension.formation() == Dimension.Formation.PERCENT_OF_MAX) {
                value = format("score.percent", numbers.format(score.value()));
            } else {
                value = numbers.format(score.value());
            }
            out.append("  ").append(format("score.line", t(dimension.label()), value)).append(' ')
                    .append(format("score.counted", score.counted(), score.missing())).append('\n');
        }
        if (!part.why().isEmpty()) {
            line(out, "why");
            for (WhyItem item : part.why()) {
                Question question = bank.question(item.question()).orElseThrow();
                line(out, "why.line", t(question.textFor(part.part())), answerLabel(question, item.answer()),
                        numbers.format(item.points()));
            }
        }
        if (!part.reflections().isEmpty()) {
            line(out, "reflections");
            for (String id : part.reflections()) {
                bank.reflections().stream().filter(r -> r.id().equals(id)).map(Reflection::text)
                        .forEach(text -> out.append("- ").append(t(text)).append('\n'));
            }
        }
    }

    private String answerLabel(Question question, String answer) {
        StringBuilder labels = new StringBuilder();
        for (String id : answer.split(",")) {
            Option option = question.option(id).orElse(null);
            String label;
            if (option == null) {
                label = id;
            } else if (option.label().isEmpty()) {
                label = texts.getString("answer." + id);
            } else {
                label = t(option.label());
            }
            if (labels.length() > 0) {
                labels.append("; ");
            }
            labels.append(label);
        }
        return labels.toString();
    }

    private void resources(StringBuilder out) {
        line(out, "resources");
        for (HelpResource resource : bank.resources()) {
            if (resource.fillIn()) {
                line(out, "resource.fillIn", t(resource.name()), t(resource.region()));
            } else {
                line(out, "resource.line", t(resource.name()), t(resource.region()), t(resource.contact()));
            }
        }
        if (!bank.resourcesNote().isEmpty()) {
            out.append(t(bank.resourcesNote())).append('\n');
        }
    }

    private String rating(AnswerValue.Rating rating) {
        return texts.getString("rating." + rating.json());
    }

    private String t(Text text) {
        return text.in(language);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    private void line(StringBuilder out, String key, Object... args) {
        out.append(args.length == 0 ? texts.getString(key) : format(key, args)).append('\n');
    }
}
