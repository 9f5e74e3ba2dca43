package grayarea.scoring;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue.BoundaryRating;
import grayarea.bank.Behaviour;
import grayarea.bank.ConversationPrompt;
import grayarea.bank.ConversationPrompt.Topic;
import grayarea.bank.Dimension;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.scoring.Comparison.Agreement;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.Partner;
import grayarea.scoring.Comparison.PerceptionGap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two partners' turns (couple mode). Pure and deterministic.
 *
 * <p>First the <b>safety gate</b>: when either partner's full answers raise a safety flag, the
 * result is {@link Comparison#notAvailable()}, which carries nothing, not even whose turn closed
 * it. Otherwise only the <b>shared</b> answers are compared ({@link Sharing}): nothing private,
 * nothing left out, and "not shared" is never guessed. See docs/safety.md.
 *
 * <p>What is compared (the definitions are on the records in {@link Comparison}):
 *
 * <ul>
 *   <li>boundary agreement per behaviour: each partner's "if I did it" against the other's "if my
 *       partner did it", in both directions, plus their general line;
 *   <li>each partner's double standards, from their own boundary ratings;
 *   <li>perception gaps per dimension: a partner's "self" score against the other's "partner"
 *       score, both formed from shared answers only;
 *   <li>conversation starters: the {@value #STARTERS} largest differences, at most one per
 *       behaviour or dimension, each with one of the bank's prompts of the matching topic.
 * </ul>
 */
public final class CoupleComparison {

    /** The part holding a partner's answers about their own behaviour. */
    public static final String SELF = "self";

    /** The part holding a partner's answers about the other partner's behaviour. */
    public static final String PARTNER = "partner";

    /** How many conversation starters a comparison offers at most. */
    public static final int STARTERS = 3;

    /**
     * The smallest perception gap, as a share of the dimension's range, that becomes a conversation
     * starter (20 points of 100). Smaller gaps are still listed in the comparison.
     */
    public static final double MIN_GAP_FOR_STARTER = 0.2;

    private CoupleComparison() {}

    /** Whether this full sheet closes the safety gate: it raises at least one safety flag. */
    public static boolean closesGate(QuestionBank bank, AnswerSheet fullSheet) {
        return new ScoringEngine(bank).score(fullSheet).safety();
    }

    /** Compares two full sheets, with conversation starters in the bank's first language. */
    public static Comparison compare(QuestionBank bank, AnswerSheet first, AnswerSheet second) {
        return compare(bank, first, second, bank.languages().get(0));
    }

    /** Compares two full sheets: the gate on the full sheets, then the shared answers. */
    public static Comparison compare(
            QuestionBank bank, AnswerSheet first, AnswerSheet second, String language) {
        return compare(
                bank, ComparisonTurn.of(bank, first), ComparisonTurn.of(bank, second), language);
    }

    /**
     * Compares two prepared turns (as read from turn files). A turn that closed the gate closes it
     * here; the shared sheets are shared again (so a hand-edited file cannot carry a private answer
     * in) and checked once more for safety flags.
     */
    public static Comparison compare(
            QuestionBank bank, ComparisonTurn first, ComparisonTurn second, String language) {
        for (ComparisonTurn turn : List.of(first, second)) {
            if (!turn.bank().equals(bank.ref())) {
                throw new IllegalArgumentException(
                        "a turn to " + turn.bank() + " compared with the bank " + bank.ref());
            }
        }
        if (!first.available() || !second.available()) {
            return Comparison.notAvailable();
        }
        Sharing.Shared a = reshare(bank, first.shared());
        Sharing.Shared b = reshare(bank, second.shared());
        ScoringEngine engine = new ScoringEngine(bank);
        Result ra = engine.score(a.sheet());
        Result rb = engine.score(b.sheet());
        if (ra.safety() || rb.safety()) {
            return Comparison.notAvailable();
        }
        List<BoundaryAgreement> boundaries = boundaries(bank, a, b);
        List<DoubleStandard> doubleStandards = new ArrayList<>();
        ra.doubleStandards()
                .forEach(r -> doubleStandards.add(new DoubleStandard(Partner.FIRST, r)));
        rb.doubleStandards()
                .forEach(r -> doubleStandards.add(new DoubleStandard(Partner.SECOND, r)));
        List<PerceptionGap> gaps = new ArrayList<>();
        gaps.addAll(gaps(bank, Partner.FIRST, ra, rb));
        gaps.addAll(gaps(bank, Partner.SECOND, rb, ra));
        // largest first; equal sizes keep the order above: the first partner's, then dimensions in
        // bank order
        gaps.sort(Comparator.comparingDouble(PerceptionGap::size).reversed());
        List<ConversationStarter> starters =
                new Starters(bank, language).choose(boundaries, doubleStandards, gaps);
        return new Comparison(
                true, boundaries, doubleStandards, gaps, starters, a.notShared(), b.notShared());
    }

    /** The shared sheet shared once more, with what its author had left out kept as not shared. */
    private static Sharing.Shared reshare(QuestionBank bank, Sharing.Shared shared) {
        Sharing.Shared again = Sharing.share(bank, shared.sheet());
        Map<String, Set<String>> notShared = new LinkedHashMap<>();
        shared.notShared().forEach((part, ids) -> notShared.put(part, new LinkedHashSet<>(ids)));
        again.notShared()
                .forEach(
                        (part, ids) ->
                                notShared
                                        .computeIfAbsent(part, p -> new LinkedHashSet<>())
                                        .addAll(ids));
        // only questions the bank asks in that part, and nothing private, are ever listed
        Set<String> never = Sharing.neverShared(bank);
        notShared.forEach(
                (part, ids) -> {
                    Set<String> asked = new HashSet<>();
                    bank.questionsInPart(part).forEach(q -> asked.add(q.id()));
                    ids.removeIf(id -> never.contains(id) || !asked.contains(id));
                });
        return new Sharing.Shared(again.sheet(), notShared);
    }

    private static List<BoundaryAgreement> boundaries(
            QuestionBank bank, Sharing.Shared a, Sharing.Shared b) {
        List<BoundaryAgreement> out = new ArrayList<>();
        for (Question question : bank.questionsInPart(Parts.BOUNDARIES)) {
            if (Sharing.neverShared(bank).contains(question.id())) {
                continue;
            }
            BoundaryRating first = rating(a.sheet(), question);
            BoundaryRating second = rating(b.sheet(), question);
            Agreement kind;
            if (a.isNotShared(Parts.BOUNDARIES, question.id())
                    || b.isNotShared(Parts.BOUNDARIES, question.id())) {
                kind = Agreement.NOT_SHARED;
                first = null;
                second = null;
            } else if (first == null || second == null) {
                kind = Agreement.NOT_ANSWERED;
                first = null;
                second = null;
            } else {
                Agreement whenFirst = Agreement.of(first.ifIDid(), second.ifPartnerDid());
                Agreement whenSecond = Agreement.of(second.ifIDid(), first.ifPartnerDid());
                if (!whenFirst.agrees() || !whenSecond.agrees()) {
                    kind = Agreement.MISMATCH;
                } else {
                    kind = whenFirst == whenSecond ? whenFirst : Agreement.AGREEMENT;
                }
            }
            out.add(
                    new BoundaryAgreement(
                            question.behaviour(), question.id(), first, second, kind));
        }
        return out;
    }

    private static BoundaryRating rating(AnswerSheet sheet, Question question) {
        Answer answer = sheet.part(Parts.BOUNDARIES).get(question.id());
        return answer != null && answer.value() instanceof BoundaryRating rating ? rating : null;
    }

    /**
     * How {@code about}'s own "self" answers and the other's "partner" answers score each
     * dimension.
     */
    private static List<PerceptionGap> gaps(
            QuestionBank bank, Partner about, Result own, Result other) {
        List<PerceptionGap> out = new ArrayList<>();
        Optional<PartResult> self = own.part(SELF);
        Optional<PartResult> seen = other.part(PARTNER);
        if (self.isEmpty() || seen.isEmpty()) {
            return out;
        }
        for (Dimension dimension : bank.dimensions()) {
            Score mine = self.get().score(dimension.id()).orElse(null);
            Score theirs = seen.get().score(dimension.id()).orElse(null);
            if (mine == null || theirs == null || !mine.computable() || !theirs.computable()) {
                continue;
            }
            double range = range(bank, dimension);
            double size =
                    range > 0 ? Math.min(1.0, Math.abs(theirs.value() - mine.value()) / range) : 0;
            out.add(new PerceptionGap(about, dimension.id(), mine.value(), theirs.value(), size));
        }
        return out;
    }

    /**
     * The whole range a dimension's score can take, to put gaps on different dimensions on one
     * scale: 100 for a share of the maximum; for a sum, the spread of all its items together; for a
     * mean, the average spread of one item. The larger of the "self" and "partner" parts' ranges.
     */
    static double range(QuestionBank bank, Dimension dimension) {
        if (dimension.formation() == Dimension.Formation.PERCENT_OF_MAX) {
            return 100;
        }
        double widest = 0;
        for (String part : List.of(SELF, PARTNER)) {
            List<Question> items =
                    bank.questionsInPart(part).stream()
                            .filter(q -> q.scoresOn(dimension.id()))
                            .toList();
            double spread =
                    items.stream()
                            .mapToDouble(
                                    q -> q.maxScore(dimension.id()) - q.minScore(dimension.id()))
                            .sum();
            if (dimension.formation() == Dimension.Formation.MEAN && !items.isEmpty()) {
                spread /= items.size();
            }
            widest = Math.max(widest, spread);
        }
        return widest;
    }

    /** Picks the starters: the largest differences first, then lines both partners share. */
    private static final class Starters {

        /** A difference that might become a starter; {@code rank} orders topics of equal size. */
        private record Candidate(
                Topic topic,
                String behaviour,
                String dimension,
                Partner partner,
                double size,
                int rank) {
            String subject() {
                return behaviour != null ? "b:" + behaviour : "d:" + dimension;
            }
        }

        private final QuestionBank bank;
        private final String language;
        private final Set<String> usedPrompts = new HashSet<>();

        Starters(QuestionBank bank, String language) {
            this.bank = bank;
            this.language = language;
        }

        List<ConversationStarter> choose(
                List<BoundaryAgreement> boundaries,
                List<DoubleStandard> doubleStandards,
                List<PerceptionGap> gaps) {
            List<Candidate> candidates = new ArrayList<>();
            for (BoundaryAgreement b : boundaries) {
                if (b.kind() == Agreement.MISMATCH) {
                    candidates.add(
                            new Candidate(
                                    Topic.BOUNDARY_MISMATCH,
                                    b.behaviour(),
                                    null,
                                    null,
                                    b.difference() / 2.0,
                                    0));
                }
            }
            for (DoubleStandard d : doubleStandards) {
                candidates.add(
                        new Candidate(
                                Topic.DOUBLE_STANDARD,
                                d.behaviour(),
                                null,
                                d.partner(),
                                d.size() / 2.0,
                                1));
            }
            for (PerceptionGap g : gaps) {
                if (g.size() >= MIN_GAP_FOR_STARTER) {
                    candidates.add(
                            new Candidate(
                                    Topic.PERCEPTION_GAP,
                                    null,
                                    g.dimension(),
                                    g.about(),
                                    g.size(),
                                    2));
                }
            }
            // largest first; then mismatches, double standards, gaps; then the order built above
            // (bank order)
            candidates.sort(
                    Comparator.comparingDouble(Candidate::size)
                            .reversed()
                            .thenComparingInt(Candidate::rank));
            List<ConversationStarter> out = new ArrayList<>();
            Set<String> subjects = new HashSet<>();
            for (Candidate c : candidates) {
                if (out.size() < STARTERS && subjects.add(c.subject())) {
                    starter(c).ifPresent(out::add);
                }
            }
            for (BoundaryAgreement b : boundaries) {
                if (out.size() < STARTERS
                        && b.kind() == Agreement.BOTH_CROSSES_LINE
                        && subjects.add("b:" + b.behaviour())) {
                    starter(new Candidate(Topic.SHARED_LINE, b.behaviour(), null, null, 0, 3))
                            .ifPresent(out::add);
                }
            }
            if (out.isEmpty()) {
                starter(new Candidate(Topic.GENERAL, null, null, null, 0, 4)).ifPresent(out::add);
            }
            return out;
        }

        private Optional<ConversationStarter> starter(Candidate c) {
            ConversationPrompt prompt = pick(c.topic(), c.behaviour());
            if (prompt == null && c.topic() != Topic.GENERAL) {
                prompt = pick(Topic.GENERAL, c.behaviour());
            }
            if (prompt == null) {
                return Optional.empty();
            }
            usedPrompts.add(prompt.id());
            String subject = "";
            if (c.behaviour() != null) {
                subject =
                        bank.behaviour(c.behaviour())
                                .map(Behaviour::label)
                                .map(l -> l.in(language))
                                .orElse(c.behaviour());
            } else if (c.dimension() != null) {
                subject =
                        bank.dimension(c.dimension())
                                .map(Dimension::label)
                                .map(l -> l.in(language))
                                .orElse(c.dimension());
            }
            String text =
                    prompt.text()
                            .in(language)
                            .replace(ConversationPrompt.BEHAVIOUR_PLACEHOLDER, subject);
            return Optional.of(
                    new ConversationStarter(
                            c.topic(),
                            prompt.id(),
                            c.behaviour(),
                            c.dimension(),
                            c.partner(),
                            c.size(),
                            text));
        }

        /**
         * The prompt for a topic: one written for that very behaviour if the bank has one, else one
         * written for no behaviour; among several, the first in bank order not used yet in this
         * comparison, else the first. A prompt that needs a behaviour is never used without a
         * subject.
         */
        private ConversationPrompt pick(Topic topic, String behaviour) {
            List<ConversationPrompt> matching = List.of();
            if (behaviour != null) {
                matching =
                        bank.conversationPrompts().stream()
                                .filter(p -> p.topic() == topic && behaviour.equals(p.behaviour()))
                                .toList();
            }
            if (matching.isEmpty()) {
                matching =
                        bank.conversationPrompts().stream()
                                .filter(p -> p.topic() == topic && p.behaviour() == null)
                                .toList();
            }
            if (topic == Topic.GENERAL && behaviour == null) {
                matching =
                        matching.stream()
                                .filter(
                                        p ->
                                                p.text().byLanguage().values().stream()
                                                        .noneMatch(
                                                                t ->
                                                                        t.contains(
                                                                                ConversationPrompt
                                                                                        .BEHAVIOUR_PLACEHOLDER)))
                                .toList();
            }
            return matching.stream()
                    .filter(p -> !usedPrompts.contains(p.id()))
                    .findFirst()
                    .orElse(matching.isEmpty() ? null : matching.get(0));
        }
    }
}
