package grayarea.report;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.Band;
import grayarea.bank.Flag;
import grayarea.bank.GutCheck;
import grayarea.bank.HelpDirectory;
import grayarea.bank.HelpResource;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import grayarea.bank.Text;
import grayarea.report.ReportBlock.Kind;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.ContextAnswer;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import grayarea.session.HelpList;
import grayarea.session.PracticeProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A result in the order a person should meet it: when a safety flag was raised, the flag's message,
 * the safety reflection and the help first (with no band at all when the flag withholds it, and
 * nothing that suggests talking together: docs/decisions/0033), then each part's headline and how
 * it came about (in the words of {@link HeadlineSteps}, which the result page shares), the scores,
 * the why, reflections (with private notes), the person's own context answers, gut checks, the
 * boundary map, and always the reminder that it is not a diagnosis. The same blocks become plain
 * text here and a PDF in {@link PdfReport}.
 *
 * <p>Only {@link #screenBlocks} (the person's own screen) says that a safety question was left
 * unanswered; {@link #blocks} is for anything that leaves the screen (a PDF, paper, a therapist's
 * client pages) and never does.
 */
public final class TextReport {

    private final QuestionBank bank;
    private final Words words;
    private final HeadlineSteps steps;
    private final HelpList help;

    /** A report whose help lines are those for the system's country ({@link HelpList}). */
    public TextReport(QuestionBank bank, String language) {
        this(bank, language, HelpList.systemCountry());
    }

    /**
     * A report whose help lines are those for a region: a country code, or anything else for the
     * emergency advice alone.
     */
    public TextReport(QuestionBank bank, String language, String region) {
        this(bank, language, HelpList.of(HelpDirectory.bundled(), bank, region));
    }

    /** A report with these help lines (a hand-out's, with the therapist's own). */
    public TextReport(QuestionBank bank, String language, HelpList help) {
        this.words = new Words(bank, language);
        this.bank = bank;
        this.steps = new HeadlineSteps(bank, words);
        this.help = help;
    }

    /** The help lines this report shows. */
    public HelpList help() {
        return help;
    }

    public String render(AnswerSheet sheet, Result result) {
        return render(sheet, result, Map.of());
    }

    /** The report as plain text, for a file or paper: nothing about safety questions left out. */
    public String render(AnswerSheet sheet, Result result, Map<String, String> notes) {
        return ReportBlock.toText(blocks(sheet, result, notes));
    }

    /** The report as plain text for the person's own screen (such as {@code score}). */
    public String renderOnScreen(AnswerSheet sheet, Result result) {
        return ReportBlock.toText(screenBlocks(sheet, result, Map.of()));
    }

    /**
     * The report as blocks, in reading order, for a file or paper (a PDF, a print, a therapist's
     * client pages): it never says whether a safety question was left unanswered.
     */
    public List<ReportBlock> blocks(AnswerSheet sheet, Result result, Map<String, String> notes) {
        return blocks(sheet, result, notes, false);
    }

    /**
     * The report as blocks for the person's own screen: as {@link #blocks}, and, when a safety
     * question was left unanswered, a gentle line (which never names the question) with the help
     * resources.
     */
    public List<ReportBlock> screenBlocks(
            AnswerSheet sheet, Result result, Map<String, String> notes) {
        return blocks(sheet, result, notes, true);
    }

    private List<ReportBlock> blocks(
            AnswerSheet sheet, Result result, Map<String, String> notes, boolean onScreen) {
        List<ReportBlock> out = new ArrayList<>();
        add(out, Kind.TITLE, format("title", t(bank.about().title())));
        add(out, Kind.PARAGRAPH, format("bank", bank.id(), bank.version()));
        if (sheet.respondent() != null && !sheet.respondent().isBlank()) {
            add(out, Kind.PARAGRAPH, format("respondent", sheet.respondent()));
        }
        boolean gentle = onScreen && !result.safetyUnanswered().isEmpty();
        if (result.safety()) {
            add(out, Kind.HEADING, words.get("safety"));
            for (String flagId : result.flags()) {
                bank.flag(flagId)
                        .filter(Flag::safety)
                        .filter(f -> !f.message().isEmpty())
                        .ifPresent(f -> add(out, Kind.PARAGRAPH, t(f.message())));
            }
            // the safety reflection follows the flag's message, before the help and any score
            for (String id : result.safetyReflections(bank)) {
                reflection(out, id, notes, Kind.PARAGRAPH);
            }
            resources(out, gentle);
        }
        boolean withheld = result.bandWithheld(bank);
        // a couple's answer asked once (worded the same for both views) is in both parts: said once
        Set<ContextAnswer> told = new HashSet<>();
        for (PartResult part : result.parts()) {
            part(out, result, part, notes, withheld, told);
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
        if (!result.safety() && (!help.lines().isEmpty() || gentle)) {
            resources(out, gentle);
        }
        add(out, Kind.PARAGRAPH, "");
        add(out, Kind.PARAGRAPH, words.footer(result.safety()));
        return out;
    }

    private void part(
            List<ReportBlock> out,
            Result result,
            PartResult part,
            Map<String, String> notes,
            boolean withheld,
            Set<ContextAnswer> told) {
        String title =
                bank.perspective(part.part()).map(p -> t(p.label())).orElse(words.get("part.main"));
        add(out, Kind.HEADING, title);
        if (withheld) {
            // a safety flag asks that no band be shown: the help above comes first, and nothing of
            // the answers follows, as on the result page
            add(out, Kind.PARAGRAPH, words.get("result.withheld"));
            return;
        }
        headline(out, result, part);
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
        List<String> reflections = result.otherReflections(bank, part);
        if (!reflections.isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("reflections"));
            for (String id : reflections) {
                reflection(out, id, notes, Kind.BULLET);
            }
        }
        List<ContextAnswer> context =
                part.context().stream()
                        .filter(
                                c ->
                                        bank.question(c.question())
                                                .map(q -> !q.textFor().isEmpty() || told.add(c))
                                                .orElse(true))
                        .toList();
        if (!context.isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("context"));
            for (ContextAnswer answer : context) {
                bank.question(answer.question())
                        .ifPresent(
                                q ->
                                        add(
                                                out,
                                                Kind.BULLET,
                                                format(
                                                        "answer.line",
                                                        t(q.textFor(part.part())),
                                                        answerLabel(q, answer.answer()))));
            }
        }
    }

    /** A reflection prompt, with the person's private note to it beneath when there is one. */
    private void reflection(
            List<ReportBlock> out, String id, Map<String, String> notes, Kind kind) {
        for (Reflection reflection : bank.reflections()) {
            if (reflection.id().equals(id)) {
                add(out, kind, t(reflection.text()));
                String note = notes.get(id);
                if (note != null && !note.isBlank()) {
                    add(out, Kind.NOTE, format("note", note));
                }
            }
        }
    }

    /**
     * The headline, then how it came about ({@link HeadlineSteps}): each step a bullet, with the
     * answers or questions it rests on indented beneath it.
     */
    private void headline(List<ReportBlock> out, Result result, PartResult part) {
        Headline headline = part.headline();
        if (headline != null && headline.status() == Headline.Status.NOT_ENOUGH_ANSWERED) {
            add(out, Kind.PARAGRAPH, words.get("result.notEnough"));
        } else if (part.band() == null) {
            add(out, Kind.PARAGRAPH, words.get("result.unavailable"));
        } else {
            Band band = bank.primary().band(part.band()).orElseThrow();
            add(out, Kind.PARAGRAPH, format("result", t(band.label())));
            if (result.showsExplanation(band)) {
                add(out, Kind.PARAGRAPH, t(band.explanation()));
            }
        }
        List<HeadlineSteps.Step> steps = this.steps.of(part);
        if (steps.isEmpty()) {
            return;
        }
        add(out, Kind.PARAGRAPH, words.get("how"));
        for (HeadlineSteps.Step step : steps) {
            add(out, Kind.BULLET, step.text());
            step.lines().forEach(line -> add(out, Kind.NOTE, line));
        }
    }

    /**
     * A score as a line such as "Overall concern: 52.6 of 100 (13 answered, 1 not answered)": the
     * rounded value the band was taken from ("13.7, rounded to 14" when rounding changed it), and
     * beyond the answered items only the counts that are not zero.
     */
    public String scoreLine(Score score) {
        String value = score.computable() ? value(score) : words.get("score.unavailable");
        return format("score.line", dimensionLabel(score), value) + " " + counts(score);
    }

    private String dimensionLabel(Score score) {
        return words.dimensionLabel(score.dimension());
    }

    private String value(Score score) {
        return words.value(score);
    }

    private String counts(Score score) {
        List<String> parts = new ArrayList<>();
        parts.add(format("score.answered", score.counted()));
        if (score.missing() > 0) {
            parts.add(format("score.missing", score.missing()));
        }
        if (score.notSure() > 0) {
            parts.add(format("score.notSure", score.notSure()));
        }
        if (score.notApplicable() > 0) {
            parts.add(format("score.notApplicable", score.notApplicable()));
        }
        return format("score.counted", String.join(words.get("score.separator"), parts));
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
        return words.answerLabel(question, answer);
    }

    private void resources(List<ReportBlock> out, boolean gentle) {
        add(out, Kind.HEADING, words.get("resources"));
        if (gentle) {
            // never names or quotes the question: someone may be looking over the person's shoulder
            add(out, Kind.PARAGRAPH, words.get("safetyUnanswered"));
        }
        add(out, Kind.PARAGRAPH, helpPlace());
        for (String line : helpLines()) {
            add(out, Kind.BULLET, line);
        }
        if (!help.note().isEmpty() && !t(help.note()).isBlank()) {
            add(out, Kind.PARAGRAPH, t(help.note()));
        }
    }

    /** The place the help lines are for: "Help for: United States", or "Wherever you are:". */
    public String helpPlace() {
        return help.country()
                .map(c -> format("resources.for", t(c)))
                .orElseGet(() -> words.get("resources.for.elsewhere"));
    }

    /**
     * The help lines in words, each with how to reach it and its notes (the Spanish notes of the
     * United States' lines say that they speak Spanish; Spain's 016 says what its call leaves in
     * the phone's log), then the therapist's own.
     */
    public List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        for (HelpResource resource : help.lines()) {
            lines.add(line(resource));
        }
        PracticeProfile practice = help.practice();
        for (PracticeProfile.LocalResource r : help.practiceLines()) {
            lines.add(
                    r.notes() == null
                            ? format(
                                    "resource.practice",
                                    r.name(),
                                    practice.therapistName(),
                                    r.contact())
                            : format(
                                    "resource.practice.notes",
                                    r.name(),
                                    practice.therapistName(),
                                    r.contact(),
                                    r.notes()));
        }
        return lines;
    }

    private String line(HelpResource resource) {
        if (resource.fillIn()) {
            return format(
                    "resource.line", t(resource.name()), t(resource.region()), words.fillIn());
        }
        if (resource.source() == null && !resource.emergency()) {
            // a bank's own line names its region, which may be another country's
            return resource.notes().isEmpty()
                    ? format(
                            "resource.line",
                            t(resource.name()),
                            t(resource.region()),
                            t(resource.contact()))
                    : format(
                            "resource.line.notes",
                            t(resource.name()),
                            t(resource.region()),
                            t(resource.contact()),
                            t(resource.notes()));
        }
        return resource.notes().isEmpty()
                ? format("resource.entry", t(resource.name()), t(resource.contact()))
                : format(
                        "resource.entry.notes",
                        t(resource.name()),
                        t(resource.contact()),
                        t(resource.notes()));
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
