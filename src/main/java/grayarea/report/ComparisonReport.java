package grayarea.report;

import grayarea.bank.AnswerValue.Rating;
import grayarea.bank.ConversationPrompt;
import grayarea.bank.Dimension;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Text;
import grayarea.report.ReportBlock.Kind;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.Comparison;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.Partner;
import grayarea.scoring.Comparison.PerceptionGap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A couple's comparison in plain, warm words, in the order two people should meet it: that it is
 * not a score, where their lines meet and differ, their double standards, how each sees what the
 * other does, where to start talking, and what was left out. When the comparison is not available
 * it says only that, with no hint of why or whose. The same blocks can become a PDF later, as
 * {@link TextReport}'s do.
 */
public final class ComparisonReport {

    /**
     * Gaps smaller than this share of the range (5 points of 100) count as seeing it about the
     * same.
     */
    static final double ALIKE = 0.05;

    private final QuestionBank bank;
    private final Words words;

    public ComparisonReport(QuestionBank bank, String language) {
        this.words = new Words(bank, language);
        this.bank = bank;
    }

    /**
     * The comparison as plain text.
     *
     * @param firstName the first partner's label (null or blank: "Partner A")
     * @param secondName the second partner's label (null or blank: "Partner B")
     */
    public String render(Comparison comparison, String firstName, String secondName) {
        return ReportBlock.toText(blocks(comparison, firstName, secondName));
    }

    /** The neutral message shown when the comparison is not available. */
    public String notAvailableMessage() {
        Text own = bank.texts().comparisonUnavailable();
        return own.isEmpty()
                ? words.get("couple.notAvailable")
                : words.get("couple.notAvailable") + " " + words.t(own);
    }

    /** The comparison as blocks, in reading order. */
    public List<ReportBlock> blocks(Comparison comparison, String firstName, String secondName) {
        List<ReportBlock> out = new ArrayList<>();
        if (!comparison.available()) {
            add(out, Kind.PARAGRAPH, notAvailableMessage());
            return out;
        }
        Names names = names(firstName, secondName);
        add(out, Kind.TITLE, format("couple.title", t(bank.about().title())));
        add(out, Kind.PARAGRAPH, format("couple.partners", names.first(), names.second()));
        add(out, Kind.PARAGRAPH, words.get("couple.framing"));

        if (!comparison.boundaries().isEmpty()) {
            add(out, Kind.HEADING, words.get("couple.boundaries"));
            for (BoundaryAgreement b : comparison.boundaries()) {
                add(out, Kind.BULLET, boundaryLine(b, names));
            }
        }

        add(out, Kind.HEADING, words.get("couple.doubleStandards"));
        if (comparison.doubleStandards().isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("couple.doubleStandards.none"));
        } else {
            for (DoubleStandard d : comparison.doubleStandards()) {
                add(out, Kind.BULLET, doubleStandardLine(d, names));
            }
            add(out, Kind.PARAGRAPH, words.get("couple.doubleStandards.note"));
        }

        add(out, Kind.HEADING, words.get("couple.gaps"));
        List<PerceptionGap> gaps =
                comparison.perceptionGaps().stream().filter(g -> g.size() >= ALIKE).toList();
        long alike = comparison.perceptionGaps().size() - gaps.size();
        if (comparison.perceptionGaps().isEmpty()) {
            add(out, Kind.PARAGRAPH, words.get("couple.gaps.none"));
        } else {
            for (PerceptionGap gap : gaps) {
                add(out, Kind.BULLET, gapLine(gap, names));
            }
            if (alike > 0) {
                add(
                        out,
                        Kind.PARAGRAPH,
                        format(
                                gaps.isEmpty() ? "couple.gaps.allAlike" : "couple.gaps.alike",
                                alike));
            }
            if (!gaps.isEmpty()) {
                add(out, Kind.PARAGRAPH, words.get("couple.gaps.note"));
            }
        }

        if (!comparison.starters().isEmpty()) {
            add(out, Kind.HEADING, words.get("couple.starters"));
            for (ConversationStarter starter : comparison.starters()) {
                add(out, Kind.BULLET, starterText(starter));
            }
        }

        add(out, Kind.HEADING, words.get("couple.notSharedHeading"));
        int first = count(comparison.notShared(Partner.FIRST));
        int second = count(comparison.notShared(Partner.SECOND));
        if (first == 0 && second == 0) {
            add(out, Kind.PARAGRAPH, words.get("couple.notShared.none"));
        } else {
            if (first > 0) {
                add(out, Kind.BULLET, format("couple.notShared", names.first(), first));
            }
            if (second > 0) {
                add(out, Kind.BULLET, format("couple.notShared", names.second(), second));
            }
            add(out, Kind.PARAGRAPH, words.get("couple.notShared.note"));
        }
        add(out, Kind.PARAGRAPH, "");
        // a comparison is made only when neither partner raised a safety flag
        add(out, Kind.PARAGRAPH, words.footer(false));
        return out;
    }

    /** Both partners' lines on one behaviour, in words. */
    public String boundaryLine(BoundaryAgreement b, String firstName, String secondName) {
        return boundaryLine(b, names(firstName, secondName));
    }

    private String boundaryLine(BoundaryAgreement b, Names names) {
        String behaviour = behaviourLabel(b.behaviour());
        return switch (b.kind()) {
            case BOTH_FINE -> format("couple.boundary.both-fine", behaviour);
            case BOTH_CROSSES_LINE -> format("couple.boundary.both-crosses-line", behaviour);
            case AGREEMENT ->
                    format(
                            "couple.boundary.agreement",
                            behaviour,
                            names.first(),
                            says(b.first().ifIDid()),
                            names.second(),
                            says(b.second().ifIDid()));
            case MISMATCH ->
                    format(
                            "couple.boundary.mismatch",
                            behaviour,
                            names.first(),
                            says(b.first().ifIDid()),
                            names.second(),
                            says(b.second().ifPartnerDid()),
                            says(b.second().ifIDid()),
                            says(b.first().ifPartnerDid()));
            case NOT_SHARED -> format("couple.boundary.not-shared", behaviour);
            case NOT_ANSWERED -> format("couple.boundary.not-answered", behaviour);
        };
    }

    /** One partner's double standard, in words. */
    public String doubleStandardLine(DoubleStandard d, String firstName, String secondName) {
        return doubleStandardLine(d, names(firstName, secondName));
    }

    private String doubleStandardLine(DoubleStandard d, Names names) {
        String holder = names.of(d.partner());
        String other = names.of(d.partner().other());
        String key =
                d.lean() == BoundaryReading.Lean.EASIER_ON_ME
                        ? "couple.double.easierOnMe"
                        : "couple.double.easierOnPartner";
        return format(
                key,
                behaviourLabel(d.behaviour()),
                holder,
                rating(d.reading().ifIDid()),
                other,
                rating(d.reading().ifPartnerDid()));
    }

    /** A perception gap, in words. */
    public String gapLine(PerceptionGap gap, String firstName, String secondName) {
        return gapLine(gap, names(firstName, secondName));
    }

    private String gapLine(PerceptionGap gap, Names names) {
        Dimension dimension = bank.dimension(gap.dimension()).orElseThrow();
        return format(
                "couple.gap",
                t(dimension.label()),
                names.of(gap.about()),
                value(dimension, gap.ownView()),
                names.of(gap.about().other()),
                value(dimension, gap.partnerView()));
    }

    /**
     * A starter's prompt in this report's words.language (the comparison may have been made in
     * another).
     */
    public String starterText(ConversationStarter starter) {
        ConversationPrompt prompt =
                bank.conversationPrompts().stream()
                        .filter(p -> p.id().equals(starter.prompt()))
                        .findFirst()
                        .orElse(null);
        if (prompt == null) {
            return starter.text();
        }
        String subject = "";
        if (starter.behaviour() != null) {
            subject = behaviourLabel(starter.behaviour());
        } else if (starter.dimension() != null) {
            subject =
                    bank.dimension(starter.dimension())
                            .map(d -> t(d.label()))
                            .orElse(starter.dimension());
        }
        return t(prompt.text()).replace(ConversationPrompt.BEHAVIOUR_PLACEHOLDER, subject);
    }

    private String value(Dimension dimension, double value) {
        return dimension.formation() == Dimension.Formation.PERCENT_OF_MAX
                ? format("score.percent", words.numbers.format(value))
                : words.numbers.format(value);
    }

    private String behaviourLabel(String behaviour) {
        return behaviour == null
                ? ""
                : bank.behaviour(behaviour).map(b -> t(b.label())).orElse(behaviour);
    }

    private String says(Rating rating) {
        return words.get("couple.rating." + rating.json());
    }

    private String rating(Rating rating) {
        return words.get("rating." + rating.json());
    }

    /**
     * How many answers a partner left out. A question worded the same for every perspective is
     * asked once in a turn and recorded in each part (docs/decisions/0035): left out, it is one
     * answer, however many parts list it.
     */
    private int count(Map<String, Set<String>> notShared) {
        Set<String> answers = new HashSet<>();
        notShared.forEach(
                (part, ids) ->
                        ids.forEach(id -> answers.add(askedOnce(id) ? id : part + "/" + id)));
        return answers.size();
    }

    private boolean askedOnce(String id) {
        return bank.question(id)
                .map(q -> q.type() != QuestionType.BOUNDARY && q.textFor().isEmpty())
                .orElse(false);
    }

    /**
     * The two labels; a default for a missing one, and both defaults when they are the same (they
     * must be told apart).
     */
    private Names names(String first, String second) {
        String a = first == null || first.isBlank() ? words.get("couple.first") : first.strip();
        String b = second == null || second.isBlank() ? words.get("couple.second") : second.strip();
        return a.equals(b)
                ? new Names(words.get("couple.first"), words.get("couple.second"))
                : new Names(a, b);
    }

    private record Names(String first, String second) {
        String of(Partner partner) {
            return partner == Partner.FIRST ? first : second;
        }
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
