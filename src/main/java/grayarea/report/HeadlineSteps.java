package grayarea.report;

import grayarea.bank.BandRule;
import grayarea.bank.Coverage;
import grayarea.bank.QuestionBank;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "How this result came about", worded once for every place that says it (the result page, the
 * text, PDF and printed report, the command line): step by step in the order they apply. First
 * whether enough was answered ("N of M questions answered", where M leaves out answers set aside as
 * "not sure" or "doesn't apply", which get a line of their own) with, when it was not enough, the
 * questions left unanswered; then, without a band, the answers that stand out; with one, each band
 * rule that fired (raising the band, or quietly "also standing out" when it did not) and the band
 * of the score on its own with its (rounded) number.
 *
 * <p>A safety flag that withholds the band is the caller's to heed: then no step is shown at all.
 */
public final class HeadlineSteps {

    /**
     * One step, and the lines it rests on beneath it: "question — answer", a question left
     * unanswered, or a score (none for a step that stands on its own).
     */
    public record Step(String text, List<String> lines) {

        public Step {
            lines = List.copyOf(lines);
        }

        Step(String text) {
            this(text, List.of());
        }
    }

    private final QuestionBank bank;
    private final Words words;

    public HeadlineSteps(QuestionBank bank, String language) {
        this(bank, new Words(bank, language));
    }

    /**
     * Steps worded in the app's {@code language} that quote the bank's texts (questions, answers,
     * band and rule labels) in {@code bankLanguage}, as the result page does when the bank has no
     * texts in the app's language.
     */
    public HeadlineSteps(QuestionBank bank, String language, String bankLanguage) {
        this(bank, new Words(bank, language, bankLanguage));
    }

    HeadlineSteps(QuestionBank bank, Words words) {
        this.bank = bank;
        this.words = words;
    }

    /**
     * The steps of a part's headline; empty when there is nothing to explain beyond the band itself
     * (no coverage rule, no band rule fired, no rounding).
     */
    public List<Step> of(PartResult part) {
        Headline headline = part.headline();
        if (headline == null) {
            return List.of();
        }
        Score primary = part.score(bank.primary().dimension()).orElse(null);
        boolean rounded = primary != null && primary.rounded();
        Headline.CoverageCheck coverage = headline.coverage();
        if (coverage == null && headline.rules().isEmpty() && !rounded) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        if (coverage != null && coverage.answered() + coverage.missing() == 0) {
            // nothing to count: every question was "not sure" or "doesn't apply"
            steps.add(new Step(words.format("steps.coverage.allSetAside", coverage.setAside())));
        } else if (coverage != null) {
            int asked = coverage.answered() + coverage.missing() + coverage.setAside();
            steps.add(
                    new Step(
                            coverage.met()
                                    ? words.format("steps.coverage.met", coverage.answered(), asked)
                                    : words.format(
                                            "steps.coverage.notMet",
                                            coverage.answered(),
                                            asked,
                                            needed(coverage))));
        }
        if (coverage != null) {
            if (coverage.setAside() > 0 && coverage.answered() + coverage.missing() > 0) {
                steps.add(new Step(words.format("steps.setAside", coverage.setAside())));
            }
            if (!coverage.met() && !coverage.unanswered().isEmpty()) {
                List<String> questions = new ArrayList<>();
                for (String id : coverage.unanswered()) {
                    bank.question(id)
                            .ifPresent(q -> questions.add(words.t(q.textFor(part.part()))));
                }
                steps.add(new Step(words.get("steps.unanswered"), questions));
            }
        }
        if (headline.status() != Headline.Status.BAND) {
            List<String> standOut = new ArrayList<>();
            for (Headline.FiredRule rule : headline.rules()) {
                for (String line : ruleLines(part, rule)) {
                    if (!standOut.contains(line)) {
                        standOut.add(line);
                    }
                }
            }
            if (!standOut.isEmpty()) {
                steps.add(new Step(words.get("steps.standOut"), standOut));
            }
            return steps;
        }
        for (Headline.FiredRule rule : headline.rules()) {
            steps.add(
                    new Step(
                            words.format(
                                    rule.raised() ? "steps.raised" : "steps.alsoStandingOut",
                                    bandLabel(rule.band()),
                                    ruleLabel(rule)),
                            ruleLines(part, rule)));
        }
        if (headline.scoreBand() != null && primary != null && primary.computable()) {
            steps.add(
                    new Step(
                            words.format(
                                    "steps.score",
                                    words.dimensionLabel(primary.dimension()),
                                    words.value(primary),
                                    bandLabel(headline.scoreBand()))));
        }
        return steps;
    }

    /** What a fired band rule rests on: each answer as "question — answer", or its score. */
    private List<String> ruleLines(PartResult part, Headline.FiredRule fired) {
        if (fired.score() != null) {
            String dimension =
                    rule(fired)
                            .map(r -> words.dimensionLabel(r.when().dimension()))
                            .orElse(words.dimensionLabel(bank.primary().dimension()));
            return List.of(
                    words.format("score.line", dimension, words.numbers.format(fired.score())));
        }
        List<String> lines = new ArrayList<>();
        for (WhyItem item : fired.answers()) {
            bank.question(item.question())
                    .ifPresent(
                            q ->
                                    lines.add(
                                            words.format(
                                                    "answer.line",
                                                    words.t(q.textFor(part.part())),
                                                    words.answerLabel(q, item.answer()))));
        }
        return lines;
    }

    private Optional<BandRule> rule(Headline.FiredRule fired) {
        return bank.primary().bandRules().stream()
                .filter(r -> r.id().equals(fired.rule()))
                .findFirst();
    }

    private String ruleLabel(Headline.FiredRule fired) {
        return rule(fired).map(r -> words.t(r.label())).orElse(fired.rule());
    }

    private String bandLabel(String id) {
        return bank.primary().band(id).map(b -> words.t(b.label())).orElse(id);
    }

    /** How many answers the bank's coverage rule needs for this part's items. */
    private int needed(Headline.CoverageCheck coverage) {
        Coverage rule = bank.primary().coverage();
        return rule == null ? 0 : rule.needed(coverage.answered(), coverage.missing());
    }
}
