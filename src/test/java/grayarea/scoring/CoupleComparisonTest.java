package grayarea.scoring;

import static grayarea.bank.AnswerValue.Rating.CROSSES_LINE;
import static grayarea.bank.AnswerValue.Rating.DEPENDS;
import static grayarea.bank.AnswerValue.Rating.FINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import grayarea.TestBanks;
import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.AnswerValue;
import grayarea.bank.AnswerValue.Rating;
import grayarea.bank.BankLoader;
import grayarea.bank.ConversationPrompt.Topic;
import grayarea.bank.QuestionBank;
import grayarea.bank.Sharing;
import grayarea.scoring.Comparison.Agreement;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.Partner;
import grayarea.scoring.Comparison.PerceptionGap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The couple comparison on hand-made sheets whose results are worked out by hand in the comments.
 */
class CoupleComparisonTest {

    static final QuestionBank BANK = CoupleBank.load();

    static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    static Answer text(String text) {
        return Answer.answered(new AnswerValue.FreeText(text));
    }

    static Answer line(Rating me, Rating partner) {
        return Answer.answered(new AnswerValue.BoundaryRating(me, partner));
    }

    static Answer unshared(Answer answer) {
        return answer.withShared(false);
    }

    /**
     * A sheet to the couple test bank: parts given as part, question, answer, part, question,
     * answer...
     */
    static final class Sheet {
        private final Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        private final String respondent;

        Sheet(String respondent) {
            this.respondent = respondent;
        }

        Sheet put(String part, String question, Answer answer) {
            parts.computeIfAbsent(part, p -> new LinkedHashMap<>()).put(question, answer);
            return this;
        }

        AnswerSheet build() {
            return new AnswerSheet(
                    BANK.ref(),
                    respondent,
                    "en",
                    Instant.parse("2026-11-28T10:00:00Z"),
                    parts,
                    Map.of());
        }
    }

    /**
     * The first partner (A). About themself: f-flirt sometimes (1), f-hide never (0), f-lock
     * sometimes (1), talked no (so talk-went is hidden), f-warm often (2). About B: f-flirt never,
     * f-flirt left out (so B's "flirt" as A sees it cannot be formed: no item may be missing),
     * f-hide never, f-lock never, talked yes, talk-went sometimes, f-warm often. Boundaries:
     * flirting (fine, crosses-line), hiding (crosses-line, crosses-line), comparing (depends,
     * depends) but not shared.
     */
    static Sheet first() {
        return new Sheet("Alex")
                .put("self", "f-flirt", choice("sometimes"))
                .put("self", "f-hide", choice("never"))
                .put("self", "f-lock", choice("sometimes"))
                .put("self", "talked", choice("no"))
                .put("self", "f-warm", choice("often"))
                .put("partner", "f-flirt", unshared(choice("never")))
                .put("partner", "f-hide", choice("never"))
                .put("partner", "f-lock", choice("never"))
                .put("partner", "talked", choice("yes"))
                .put("partner", "talk-went", choice("sometimes"))
                .put("partner", "f-warm", choice("often"))
                .put("boundaries", "b-flirting", line(FINE, CROSSES_LINE))
                .put("boundaries", "b-hiding", line(CROSSES_LINE, CROSSES_LINE))
                .put("boundaries", "b-comparing", unshared(line(DEPENDS, DEPENDS)));
    }

    /**
     * The second partner (B). About themself: f-flirt never, f-hide never, f-lock never, talked
     * yes, talk-went sometimes (reversed: 2 - 1 = 1 warmth), f-warm often (2). About A: f-flirt
     * often (2), f-hide sometimes (1), f-lock sometimes (1), talked no, f-warm sometimes (1).
     * Boundaries: flirting (depends, fine), hiding (crosses-line, crosses-line), comparing (fine,
     * depends).
     */
    static Sheet second() {
        return new Sheet("Sam")
                .put("self", "f-flirt", choice("never"))
                .put("self", "f-hide", choice("never"))
                .put("self", "f-lock", choice("never"))
                .put("self", "talked", choice("yes"))
                .put("self", "talk-went", choice("sometimes"))
                .put("self", "f-warm", choice("often"))
                .put("partner", "f-flirt", choice("often"))
                .put("partner", "f-hide", choice("sometimes"))
                .put("partner", "f-lock", choice("sometimes"))
                .put("partner", "talked", choice("no"))
                .put("partner", "f-warm", choice("sometimes"))
                .put("boundaries", "b-flirting", line(DEPENDS, FINE))
                .put("boundaries", "b-hiding", line(CROSSES_LINE, CROSSES_LINE))
                .put("boundaries", "b-comparing", line(FINE, DEPENDS));
    }

    static Comparison compare(Sheet a, Sheet b) {
        return CoupleComparison.compare(BANK, a.build(), b.build());
    }

    @Nested
    class BoundaryAgreementTest {

        @Test
        void flirtingIsAMismatchWhenTheSecondDoesIt() {
            // when A does it: A's "if I did it" fine against B's "if my partner did it" fine: both
            // fine.
            // when B does it: B's "if I did it" depends against A's "if my partner did it" crosses
            // a line:
            // a mismatch of one step (1 against 2). General line: A's crosses against B's fine:
            // mismatch.
            BoundaryAgreement flirting =
                    compare(first(), second()).boundary("flirting").orElseThrow();
            assertThat(flirting.kind()).isEqualTo(Agreement.MISMATCH);
            assertThat(flirting.whenFirstDoesIt()).isEqualTo(Agreement.BOTH_FINE);
            assertThat(flirting.whenSecondDoesIt()).isEqualTo(Agreement.MISMATCH);
            assertThat(flirting.generalLine()).isEqualTo(Agreement.MISMATCH);
            assertThat(flirting.difference()).isEqualTo(1);
            assertThat(flirting.first())
                    .isEqualTo(new AnswerValue.BoundaryRating(FINE, CROSSES_LINE));
            assertThat(flirting.second()).isEqualTo(new AnswerValue.BoundaryRating(DEPENDS, FINE));
        }

        @Test
        void hidingCrossesALineForBoth() {
            BoundaryAgreement hiding = compare(first(), second()).boundary("hiding").orElseThrow();
            assertThat(hiding.kind()).isEqualTo(Agreement.BOTH_CROSSES_LINE);
            assertThat(hiding.difference()).isZero();
        }

        @Test
        void aRatingLeftOutIsNotSharedAndNeverGuessed() {
            // A left comparing out: the pair is "not shared", and B's rating is not shown beside it
            // either
            BoundaryAgreement comparing =
                    compare(first(), second()).boundary("comparing").orElseThrow();
            assertThat(comparing.kind()).isEqualTo(Agreement.NOT_SHARED);
            assertThat(comparing.first()).isNull();
            assertThat(comparing.second()).isNull();
            assertThat(comparing.whenFirstDoesIt()).isNull();
            assertThat(comparing.difference()).isZero();
        }

        @Test
        void theBoundariesComeInBankOrder() {
            assertThat(compare(first(), second()).boundaries())
                    .extracting(BoundaryAgreement::behaviour)
                    .containsExactly("flirting", "hiding", "comparing");
        }

        @Test
        void allFourFineIsBothFineAndAllFourDependsIsAgreement() {
            Sheet a =
                    new Sheet("A")
                            .put("boundaries", "b-flirting", line(FINE, FINE))
                            .put("boundaries", "b-hiding", line(DEPENDS, DEPENDS));
            Sheet b =
                    new Sheet("B")
                            .put("boundaries", "b-flirting", line(FINE, FINE))
                            .put("boundaries", "b-hiding", line(DEPENDS, DEPENDS));
            Comparison c = compare(a, b);
            assertThat(c.boundary("flirting").orElseThrow().kind()).isEqualTo(Agreement.BOTH_FINE);
            assertThat(c.boundary("hiding").orElseThrow().kind()).isEqualTo(Agreement.AGREEMENT);
        }

        @Test
        void agreeingThatOneMayAndTheOtherMayNotIsAgreementWithADifferentGeneralLine() {
            // A: fine for me, crosses a line for my partner; B: crosses a line for me, fine for my
            // partner.
            // When A does it: fine / fine. When B does it: crosses / crosses. They agree in both
            // directions,
            // yet ask different things of each other (general line: crosses against fine), and each
            // holds a
            // double standard, mirrored.
            Sheet a = new Sheet("A").put("boundaries", "b-flirting", line(FINE, CROSSES_LINE));
            Sheet b = new Sheet("B").put("boundaries", "b-flirting", line(CROSSES_LINE, FINE));
            Comparison c = compare(a, b);
            BoundaryAgreement flirting = c.boundary("flirting").orElseThrow();
            assertThat(flirting.kind()).isEqualTo(Agreement.AGREEMENT);
            assertThat(flirting.generalLine()).isEqualTo(Agreement.MISMATCH);
            assertThat(flirting.difference()).isZero();
            assertThat(c.doubleStandards())
                    .extracting(DoubleStandard::partner, DoubleStandard::lean)
                    .containsExactly(
                            tuple(Partner.FIRST, BoundaryReading.Lean.EASIER_ON_ME),
                            tuple(Partner.SECOND, BoundaryReading.Lean.EASIER_ON_PARTNER));
        }

        @Test
        void fineAgainstCrossesALineIsTheLargestDifference() {
            Sheet a = new Sheet("A").put("boundaries", "b-hiding", line(FINE, FINE));
            Sheet b =
                    new Sheet("B").put("boundaries", "b-hiding", line(CROSSES_LINE, CROSSES_LINE));
            BoundaryAgreement hiding = compare(a, b).boundary("hiding").orElseThrow();
            assertThat(hiding.kind()).isEqualTo(Agreement.MISMATCH);
            assertThat(hiding.difference()).isEqualTo(2);
        }

        @Test
        void aDeclinedOrMissingRatingIsNotAnswered() {
            Sheet a = new Sheet("A").put("boundaries", "b-flirting", Answer.declined());
            Sheet b = new Sheet("B").put("boundaries", "b-flirting", line(FINE, FINE));
            Comparison c = compare(a, b);
            assertThat(c.boundary("flirting").orElseThrow().kind())
                    .isEqualTo(Agreement.NOT_ANSWERED);
            assertThat(c.boundary("hiding").orElseThrow().kind()).isEqualTo(Agreement.NOT_ANSWERED);
            assertThat(c.boundary("flirting").orElseThrow().second()).isNull();
        }
    }

    @Nested
    class DoubleStandards {

        @Test
        void eachPartnersDoubleStandardsFromTheirOwnSharedRatings() {
            // A: flirting fine for me (0) against crosses a line for my partner (2): easier on me,
            // 2 steps;
            //    hiding the same line; comparing not shared, so not looked at.
            // B: flirting depends for me (1) against fine for my partner (0): easier on my partner,
            // 1 step;
            //    comparing fine for me (0) against depends (1): easier on me, 1 step. B's own
            // comparing
            //    rating is B's to share, so it counts although A left comparing out.
            Comparison c = compare(first(), second());
            assertThat(c.doubleStandards())
                    .extracting(
                            DoubleStandard::partner,
                            DoubleStandard::behaviour,
                            DoubleStandard::lean,
                            DoubleStandard::size)
                    .containsExactly(
                            tuple(Partner.FIRST, "flirting", BoundaryReading.Lean.EASIER_ON_ME, 2),
                            tuple(
                                    Partner.SECOND,
                                    "flirting",
                                    BoundaryReading.Lean.EASIER_ON_PARTNER,
                                    1),
                            tuple(
                                    Partner.SECOND,
                                    "comparing",
                                    BoundaryReading.Lean.EASIER_ON_ME,
                                    1));
            assertThat(c.doubleStandardsOf(Partner.FIRST)).hasSize(1);
        }

        @Test
        void anUnsharedRatingShowsNoDoubleStandard() {
            Sheet a =
                    new Sheet("A")
                            .put("boundaries", "b-flirting", unshared(line(FINE, CROSSES_LINE)));
            Sheet b = new Sheet("B").put("boundaries", "b-flirting", line(FINE, FINE));
            assertThat(compare(a, b).doubleStandards()).isEmpty();
        }
    }

    @Nested
    class PerceptionGaps {

        @Test
        void gapsPerDimensionLargestFirst() {
            // About A: flirt: A's own f-flirt sometimes = 1 of 2 = 50; B sees often = 100: size
            // 50/100 = 0.5.
            //   secrecy (sum): A's own never + sometimes = 1; B sees sometimes + sometimes = 2;
            // range 2 + 2 = 4:
            //   size 1/4 = 0.25.
            //   warmth (mean): A's own f-warm often = 2 (talk-went hidden: talked no); B sees
            // f-warm
            //   sometimes = 1 (talked no); range: mean spread of one item = 2: size 1/2 = 0.5.
            // About B: flirt: A left f-flirt out, and no flirt item may be missing: no gap.
            //   secrecy: B's own 0 + 0 = 0; A sees 0 + 0 = 0: size 0.
            //   warmth: B's own (talk-went sometimes reversed = 1, f-warm often = 2) mean 1.5; A
            // sees the
            //   same: size 0.
            // Largest first; equal sizes keep A before B, then bank order (flirt, secrecy, warmth).
            List<PerceptionGap> gaps = compare(first(), second()).perceptionGaps();
            assertThat(gaps)
                    .extracting(PerceptionGap::about, PerceptionGap::dimension)
                    .containsExactly(
                            tuple(Partner.FIRST, "flirt"),
                            tuple(Partner.FIRST, "warmth"),
                            tuple(Partner.FIRST, "secrecy"),
                            tuple(Partner.SECOND, "secrecy"),
                            tuple(Partner.SECOND, "warmth"));
            PerceptionGap flirt = gaps.get(0);
            assertThat(flirt.ownView()).isEqualTo(50.0, within(1e-9));
            assertThat(flirt.partnerView()).isEqualTo(100.0, within(1e-9));
            assertThat(flirt.difference()).isEqualTo(50.0, within(1e-9));
            assertThat(flirt.size()).isEqualTo(0.5, within(1e-9));
            PerceptionGap warmth = gaps.get(1);
            assertThat(warmth.ownView()).isEqualTo(2.0, within(1e-9));
            assertThat(warmth.partnerView()).isEqualTo(1.0, within(1e-9));
            assertThat(warmth.difference()).isEqualTo(-1.0, within(1e-9));
            assertThat(warmth.size()).isEqualTo(0.5, within(1e-9));
            PerceptionGap secrecy = gaps.get(2);
            assertThat(secrecy.ownView()).isEqualTo(1.0, within(1e-9));
            assertThat(secrecy.partnerView()).isEqualTo(2.0, within(1e-9));
            assertThat(secrecy.size()).isEqualTo(0.25, within(1e-9));
            assertThat(gaps.get(4).ownView()).isEqualTo(1.5, within(1e-9));
            assertThat(gaps.get(3).size()).isZero();
        }

        @Test
        void noGapWithoutBothParts() {
            Sheet a = new Sheet("A").put("self", "f-flirt", choice("often"));
            Sheet b = new Sheet("B").put("self", "f-flirt", choice("never"));
            assertThat(compare(a, b).perceptionGaps()).isEmpty();
        }

        @Test
        void theRangesOfEachFormation() {
            assertThat(CoupleComparison.range(BANK, BANK.dimension("flirt").orElseThrow()))
                    .isEqualTo(100);
            assertThat(CoupleComparison.range(BANK, BANK.dimension("secrecy").orElseThrow()))
                    .isEqualTo(4);
            assertThat(CoupleComparison.range(BANK, BANK.dimension("warmth").orElseThrow()))
                    .isEqualTo(2);
        }
    }

    @Nested
    class ConversationStarters {

        @Test
        void theThreeLargestDifferencesOnePerSubject() {
            // candidates, as a share of their whole range:
            //   A's double standard on flirting: 2 steps of 2 = 1.0
            //   mismatch on flirting: 1 step of 2 = 0.5      (flirting already taken: skipped)
            //   B's double standard on flirting: 0.5          (skipped)
            //   B's double standard on comparing: 0.5
            //   gap on flirt about A 0.5, on warmth about A 0.5, on secrecy about A 0.25
            // Equal sizes: mismatches, then double standards, then gaps. So: A's flirting double
            // standard,
            // B's comparing double standard, the flirt gap. There is one double-standard prompt:
            // both use it.
            List<ConversationStarter> starters = compare(first(), second()).starters();
            assertThat(starters)
                    .extracting(
                            ConversationStarter::topic,
                            ConversationStarter::prompt,
                            ConversationStarter::partner)
                    .containsExactly(
                            tuple(Topic.DOUBLE_STANDARD, "ds-any", Partner.FIRST),
                            tuple(Topic.DOUBLE_STANDARD, "ds-any", Partner.SECOND),
                            tuple(Topic.PERCEPTION_GAP, "gap-any", Partner.FIRST));
            assertThat(starters)
                    .extracting(ConversationStarter::text)
                    .containsExactly(
                            "Flirting feels different by who does it.",
                            "Comparing feels different by who does it.",
                            "You see Flirtatious contact differently.");
            assertThat(starters)
                    .extracting(ConversationStarter::size)
                    .containsExactly(1.0, 0.5, 0.5);
            assertThat(starters.get(2).dimension()).isEqualTo("flirt");
            assertThat(starters.get(2).behaviour()).isNull();
        }

        @Test
        void aPromptForTheBehaviourItselfComesFirstThenUnusedGeneralOnesThenSharedLines() {
            // flirting: A fine/fine, B crosses/crosses: 2 steps, size 1.0, with the flirting
            // prompt;
            // hiding: A depends/depends, B fine/fine: size 0.5, the first general mismatch prompt;
            // comparing: A fine/fine, B depends/depends: size 0.5, the next general mismatch prompt
            // unused yet.
            Sheet a =
                    new Sheet("A")
                            .put("boundaries", "b-flirting", line(FINE, FINE))
                            .put("boundaries", "b-hiding", line(DEPENDS, DEPENDS))
                            .put("boundaries", "b-comparing", line(FINE, FINE));
            Sheet b =
                    new Sheet("B")
                            .put("boundaries", "b-flirting", line(CROSSES_LINE, CROSSES_LINE))
                            .put("boundaries", "b-hiding", line(FINE, FINE))
                            .put("boundaries", "b-comparing", line(DEPENDS, DEPENDS));
            assertThat(compare(a, b).starters())
                    .extracting(ConversationStarter::prompt, ConversationStarter::text)
                    .containsExactly(
                            tuple("mm-flirting", "Where does friendly end?"),
                            tuple("mm-any", "Your lines differ on Hiding messages."),
                            tuple("mm-any-2", "Talk about Comparing once more."));
        }

        @Test
        void withFewDifferencesSharedLinesFillIn() {
            Sheet a =
                    new Sheet("A")
                            .put("boundaries", "b-flirting", line(FINE, FINE))
                            .put("boundaries", "b-hiding", line(CROSSES_LINE, CROSSES_LINE));
            Sheet b =
                    new Sheet("B")
                            .put("boundaries", "b-flirting", line(DEPENDS, DEPENDS))
                            .put("boundaries", "b-hiding", line(CROSSES_LINE, CROSSES_LINE));
            assertThat(compare(a, b).starters())
                    .extracting(ConversationStarter::topic, ConversationStarter::text)
                    .containsExactly(
                            tuple(Topic.BOUNDARY_MISMATCH, "Where does friendly end?"),
                            tuple(Topic.SHARED_LINE, "You both draw a line at Hiding messages."));
        }

        @Test
        void withNoDifferenceAtAllAGeneralPrompt() {
            Sheet a = new Sheet("A").put("boundaries", "b-flirting", line(FINE, FINE));
            Sheet b = new Sheet("B").put("boundaries", "b-flirting", line(FINE, FINE));
            assertThat(compare(a, b).starters())
                    .extracting(ConversationStarter::topic, ConversationStarter::text)
                    .containsExactly(tuple(Topic.GENERAL, "Pick a calm moment."));
        }

        @Test
        void smallGapsAreListedButStartNoConversation() {
            // only f-flirt is answered, so only flirt forms, and only about A: A's own sometimes =
            // 50, B sees
            // sometimes = 50: a gap of size 0, listed; below MIN_GAP_FOR_STARTER, so the general
            // prompt.
            Sheet a = new Sheet("A").put("self", "f-flirt", choice("sometimes"));
            Sheet b = new Sheet("B").put("partner", "f-flirt", choice("sometimes"));
            Comparison c = compare(a, b);
            assertThat(c.perceptionGaps())
                    .extracting(PerceptionGap::dimension, PerceptionGap::size)
                    .containsExactly(tuple("flirt", 0.0));
            assertThat(c.starters())
                    .extracting(ConversationStarter::topic)
                    .containsExactly(Topic.GENERAL);
        }

        @Test
        void theDefaultBankInSpanishReplacesTheBehaviourWithItsSpanishLabel() {
            QuestionBank bank = BankLoader.loadDefault();
            AnswerSheet a =
                    new AnswerSheet(
                            bank.ref(),
                            "A",
                            "es",
                            null,
                            Map.of(
                                    "boundaries",
                                    Map.of("boundary-hidden-messages", line(FINE, FINE))),
                            Map.of());
            AnswerSheet b =
                    new AnswerSheet(
                            bank.ref(),
                            "B",
                            "es",
                            null,
                            Map.of(
                                    "boundaries",
                                    Map.of(
                                            "boundary-hidden-messages", line(DEPENDS, DEPENDS),
                                            "boundary-comparing", line(DEPENDS, DEPENDS))),
                            Map.of());
            List<ConversationStarter> starters =
                    CoupleComparison.compare(bank, a, b, "es").starters();
            // hidden-messages has its own mismatch prompt (privacy-or-secrecy), with no placeholder
            assertThat(starters)
                    .extracting(ConversationStarter::prompt)
                    .containsExactly("privacy-or-secrecy");
            assertThat(starters.get(0).text())
                    .startsWith("La privacidad y el secreto no son lo mismo.");
        }
    }

    @Nested
    class SafetyGate {

        @Test
        void aSafetyFlagInTheFirstTurnClosesTheGateAndCarriesNothing() {
            Comparison c = compare(first().put("self", "q-fear", choice("yes")), second());
            assertThat(c.available()).isFalse();
            assertThat(c).isSameAs(Comparison.notAvailable());
            assertThat(c.boundaries()).isEmpty();
            assertThat(c.doubleStandards()).isEmpty();
            assertThat(c.perceptionGaps()).isEmpty();
            assertThat(c.starters()).isEmpty();
            assertThat(c.firstNotShared()).isEmpty();
            assertThat(c.secondNotShared()).isEmpty();
            assertThat(c.toString()).isEqualTo("Comparison[not available]");
        }

        @Test
        void itDoesNotTellWhoseTurnClosedIt() {
            Comparison byFirst = compare(first().put("partner", "q-fear", choice("yes")), second());
            Comparison bySecond = compare(first(), second().put("self", "q-fear", choice("yes")));
            Comparison byBoth =
                    compare(
                            first().put("self", "q-fear", choice("yes")),
                            second().put("self", "q-fear", choice("yes")));
            assertThat(byFirst).isEqualTo(bySecond).isEqualTo(byBoth);
            assertThat(byFirst.toString()).isEqualTo(bySecond.toString());
        }

        @Test
        void theGateReadsTheFullSheetSoLeavingTheFlagOutDoesNotOpenIt() {
            Comparison c =
                    compare(first().put("self", "q-fear", unshared(choice("yes"))), second());
            assertThat(c.available()).isFalse();
        }

        @Test
        void aFlagThatIsNotAboutSafetyLeavesItOpen() {
            // f-flirt "often" raises curious-flag, which is not a safety flag (B's partner part has
            // it)
            Comparison c = compare(first(), second());
            assertThat(c.available()).isTrue();
        }

        @Test
        void closesGateOnOneSheet() {
            assertThat(
                            CoupleComparison.closesGate(
                                    BANK, first().put("self", "q-fear", choice("yes")).build()))
                    .isTrue();
            assertThat(
                            CoupleComparison.closesGate(
                                    BANK, first().put("self", "q-fear", choice("no")).build()))
                    .isFalse();
            assertThat(
                            ComparisonTurn.of(
                                    BANK, first().put("self", "q-fear", choice("yes")).build()))
                    .satisfies(
                            t -> {
                                assertThat(t.available()).isFalse();
                                assertThat(t.shared()).isNull();
                            });
        }

        @Test
        void aTurnThatClosedTheGateClosesItWhateverTheOtherTurn() {
            ComparisonTurn closed = ComparisonTurn.notAvailable(BANK.ref(), "Alex");
            ComparisonTurn open = ComparisonTurn.of(BANK, second().build());
            assertThat(CoupleComparison.compare(BANK, closed, open, "en").available()).isFalse();
            assertThat(CoupleComparison.compare(BANK, open, closed, "en").available()).isFalse();
        }
    }

    @Nested
    class SharedAnswersOnly {

        @Test
        void whatWasLeftOutIsListedPerPartner() {
            Comparison c = compare(first(), second());
            assertThat(c.firstNotShared())
                    .isEqualTo(
                            Map.of(
                                    "partner",
                                    Set.of("f-flirt"),
                                    "boundaries",
                                    Set.of("b-comparing")));
            assertThat(c.secondNotShared()).isEmpty();
            assertThat(c.notShared(Partner.FIRST)).isEqualTo(c.firstNotShared());
        }

        @Test
        void aHandMadeTurnCannotCarryAPrivateAnswerIn() {
            // a turn whose "shared" sheet still holds private answers (only a hand-edited file
            // could):
            // they are shared again before anything is compared, and never listed
            AnswerSheet sneaky =
                    first().put("self", "secret-note", text("SNEAKY"))
                            .put("self", "q-fear", choice("no"))
                            .build();
            ComparisonTurn turn =
                    new ComparisonTurn(
                            BANK.ref(),
                            "Alex",
                            new Sharing.Shared(sneaky, Map.of("self", Set.of("secret-note"))));
            Comparison c =
                    CoupleComparison.compare(
                            BANK, turn, ComparisonTurn.of(BANK, second().build()), "en");
            assertThat(c.toString()).doesNotContain("SNEAKY", "secret-note", "q-fear");
            assertThat(c.firstNotShared()).doesNotContainKey("self");
        }

        @Test
        void aPrivateAnswerChangesNothing() {
            Comparison plain = compare(first(), second());
            Comparison withPrivate =
                    compare(
                            first().put("self", "secret-note", text("secret"))
                                    .put("self", "q-fear", choice("no")),
                            second().put("partner", "secret-note", text("another")));
            assertThat(withPrivate).isEqualTo(plain);
        }
    }

    @Test
    void deterministicWhateverTheOrderOfTheAnswers() {
        Comparison once = compare(first(), second());
        assertThat(compare(first(), second())).isEqualTo(once);
        assertThat(
                        CoupleComparison.compare(
                                BANK, reversed(first().build()), reversed(second().build())))
                .isEqualTo(once);
    }

    @Test
    void theDefaultBankCoupleSamplesCompare() throws Exception {
        QuestionBank bank = TestBanks.released100();
        AnswerSheet a =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        AnswerSheet b =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-second.json"))
                        .sheet();
        Comparison c = CoupleComparison.compare(bank, a, b, "en");
        assertThat(c.available()).isTrue();
        assertThat(c.boundaries()).hasSize(5);
        assertThat(c.boundary("hidden-messages").orElseThrow().kind())
                .isEqualTo(Agreement.NOT_SHARED);
        assertThat(c.boundary("disguised-contact").orElseThrow().kind())
                .isEqualTo(Agreement.BOTH_CROSSES_LINE);
        assertThat(c.boundary("flirty-messages").orElseThrow().kind())
                .isEqualTo(Agreement.MISMATCH);
        assertThat(c.doubleStandards()).isNotEmpty();
        assertThat(c.perceptionGaps()).isNotEmpty();
        assertThat(c.starters()).hasSize(CoupleComparison.STARTERS);
        assertThat(c.toString())
                .doesNotContain("connection-note", "safety-afraid", "safety-checked");
    }

    private static AnswerSheet reversed(AnswerSheet sheet) {
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(sheet.parts().keySet());
        Collections.reverse(names);
        for (String part : names) {
            List<Map.Entry<String, Answer>> entries = new ArrayList<>(sheet.part(part).entrySet());
            Collections.reverse(entries);
            Map<String, Answer> answers = new LinkedHashMap<>();
            entries.forEach(e -> answers.put(e.getKey(), e.getValue()));
            parts.put(part, answers);
        }
        return new AnswerSheet(
                sheet.bank(),
                sheet.respondent(),
                sheet.language(),
                sheet.createdAt(),
                parts,
                sheet.order());
    }
}
