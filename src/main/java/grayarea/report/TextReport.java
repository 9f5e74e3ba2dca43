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
import grayarea.report.ReportBlock.Kind;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A result in the order a person should meet it: safety and help first when a safety flag was
 * raised, then the band and its explanation, the scores, the why, reflections (with private notes),
 * gut checks, the boundary map, and always the reminder that it is not a diagnosis. The same blocks
 * become plain text here and a PDF in {@link PdfReport}.
 */
public final class TextReport {

    private final QuestionBank bank;
    private final Words words;

    public TextReport(QuestionBank bank, String language) {
        this.words = new Words(bank, language);
        this.bank = bank;
    }

    public String render(AnswerSheet sheet, Result result) {
        return render(sheet, result, Map.of());
    }

    /** The report as plain text. */
    public String render(AnswerSheet sheet, Result result, Map<String, String> notes) {
        return ReportBlock.toText(blocks(sheet, result, notes));
    }

    /** The report as blocks, in reading order. */
    public List<ReportBlock> blocks(AnswerSheet sheet, Result result, Map<String, String> notes) {
        List<ReportBlock> out = new ArrayList<>();
        add(out, Kind.TITLE, format("title", t(bank.about().title())));
        add(out, Kind.PARAGRAPH, format("bank", bank.id(), bank.version()));
        if (sheet.respondent() != null && !sheet.respondent().isBlank()) {
            add(out, Kind.PARAGRAPH, format("respondent", sheet.respondent()));
        }
        if (result.safety()) {
            add(out, Kind.HEADING, words.get("safety"));
            for (String flagId : result.flags()) {
                bank.flag(flagId)
                        .filter(Flag::safety)
                        .filter(f -> !f.message().isEmpty())
                        .ifPresent(f -> add(out, Kind.PARAGRAPH, t(f.message())));
            }
            resources(out);
        }
        for (PartResult part : result.parts()) {
            part(out, part, notes);
        }
        if (!bank.gutChecks().isEmpty()) {
            add(out, Kind.HEADING, words.get("gutChecks"));
            for (GutCheck check : bank.gutChecks()) {
                add(out, Kind.BULLET, t(check.text()));
            }
        }
        if (!result.boundaries().isEmpty()) {
            add(out, Kind.HEADING, words.get("boundaries"));
            for (BoundaryReading reading : result.boundaries()) {
                add(out, Kind.BULLET, boundaryLine(reading));
            }
        }
        if (!result.safety() && !bank.resources().isEmpty()) {
            resources(out);
        }
        add(out, Kind.PARAGRAPH, "");
        add(out, Kind.PARAGRAPH, words.get("notDiagnosis"));
        return out;
    }

    private void part(List<ReportBlock> out, PartResult part, Map<String, String> notes) {
        String title =
                bank.perspective(part.part()).map(p -> t(p.label())).orElse(words.get("part.main"));
        add(out, Kind.HEADING, title);
        if (part.band() == null) {
            add(out, Kind.PARAGRAPH, words.get("result.unavailable"));
        } else {
            Band band =
                    bank.primary().bands().stream()
                            .filter(b -> b.id().equals(part.band()))
                            .findFirst()
                            .orElseThrow();
            add(out, Kind.PARAGRAPH, format("result", t(band.label())));
            add(out, Kind.PARAGRAPH, t(band.explanation()));
        }
        add(out, Kind.PARAGRAPH, words.get("scores"));
        for (Score score : part.scores()) {
            add(out, Kind.BULLET, scoreLine(score));
        }
        if (!part.why().isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("why"));
            for (WhyItem item : part.why()) {
                Question question = bank.question(item.question()).orElseThrow();
                add(
                        out,
                        Kind.BULLET,
                        format(
                                "why.line",
                                t(question.textFor(part.part())),
                                answerLabel(question, item.answer()),
                                words.numbers.format(item.points())));
            }
        }
        if (!part.reflections().isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("reflections"));
            for (String id : part.reflections()) {
                for (Reflection reflection : bank.reflections()) {
                    if (reflection.id().equals(id)) {
                        add(out, Kind.BULLET, t(reflection.text()));
                        String note = notes.get(id);
                        if (note != null && !note.isBlank()) {
                            add(out, Kind.NOTE, format("note", note));
                        }
                    }
                }
            }
        }
    }

    /** A score as a line such as "Overall concern: 52.6 of 100 (13 answered, 1 not answered)". */
    public String scoreLine(Score score) {
        Dimension dimension = bank.dimension(score.dimension()).orElseThrow();
        String value;
        if (!score.computable()) {
            value = words.get("score.unavailable");
        } else if (dimension.formation() == Dimension.Formation.PERCENT_OF_MAX) {
            value = format("score.percent", words.numbers.format(score.value()));
        } else {
            value = words.numbers.format(score.value());
        }
        return format("score.line", t(dimension.label()), value)
                + " "
                + format("score.counted", score.counted(), score.missing());
    }

    /** A boundary reading in words. */
    public String boundaryLine(BoundaryReading reading) {
        String behaviour =
                bank.behaviour(reading.behaviour())
                        .map(b -> t(b.label()))
                        .orElse(reading.behaviour());
        String key =
                switch (reading.lean()) {
                    case SAME -> "boundary.same";
                    case EASIER_ON_ME -> "boundary.easierOnMe";
                    case EASIER_ON_PARTNER -> "boundary.easierOnPartner";
                };
        return format(key, behaviour, rating(reading.ifIDid()), rating(reading.ifPartnerDid()));
    }

    private String answerLabel(Question question, String answer) {
        List<String> labels = new ArrayList<>();
        for (String id : answer.split(",")) {
            Option option = question.option(id).orElse(null);
            if (option == null) {
                labels.add(id);
            } else if (option.label().isEmpty()) {
                labels.add(words.get("answer." + id));
            } else {
                labels.add(t(option.label()));
            }
        }
        return String.join("; ", labels);
    }

    private void resources(List<ReportBlock> out) {
        add(out, Kind.HEADING, words.get("resources"));
        for (HelpResource resource : bank.resources()) {
            add(
                    out,
                    Kind.BULLET,
                    resource.fillIn()
                            ? format("resource.fillIn", t(resource.name()), t(resource.region()))
                            : format(
                                    "resource.line",
                                    t(resource.name()),
                                    t(resource.region()),
                                    t(resource.contact())));
        }
        if (!bank.resourcesNote().isEmpty()) {
            add(out, Kind.PARAGRAPH, t(bank.resourcesNote()));
        }
    }

    private String rating(AnswerValue.Rating rating) {
        return words.get("rating." + rating.json());
    }

    private String t(Text text) {
        return words.t(text);
    }

    private String format(String key, Object... args) {
        return words.format(key, args);
    }

    private static void add(List<ReportBlock> out, Kind kind, String text) {
        out.add(new ReportBlock(kind, text));
    }
}
