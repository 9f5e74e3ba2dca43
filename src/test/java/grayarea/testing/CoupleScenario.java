package grayarea.testing;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.quiz.Quiz;
import grayarea.quiz.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A couple's two turns to the default bank's version 1.0.0, each answered through the quiz model as
 * the window would (a "self" part, a "partner" part, the boundary map), with answers chosen so the
 * scores can be worked out by hand (CoupleTurnTest, CoupleCompareTest).
 *
 * <p>Alex, about themself: flirty messages rarely, social media sometimes, other behaviours never;
 * talked about it (yes), a little defensive, not dismissed, a little attention elsewhere; open
 * friendships very much, no secrecy very much, closeness somewhat; habits: knows friends, talked
 * limits; fine in front of the partner (yes), fine if reversed (yes); gut a little. About Sam:
 * flirty sometimes, social media often, hidden messages rarely, the rest never; never talked about
 * it (no); attention elsewhere somewhat; no secrecy a little, closeness somewhat; not fine in front
 * of Alex (no); gut somewhat. Asked once for both: strain somewhat, a need overlooked a little,
 * bond weakened not at all, open talk very much, a private note, both safety questions no.
 *
 * <p>Sam's turn mirrors it: Sam answers about themself as Alex did about Sam (and would not be fine
 * if reversed: no), and about Alex as Alex did about themself; but asked once for both: strain very
 * much, a need overlooked somewhat, bond weakened a little, open talk a little.
 */
public final class CoupleScenario {

    /**
     * The default bank's version 1.0.0, by path: the one line to change when it moves to {@code
     * questions/micro-cheating-1.0.0.json}.
     */
    public static final Path MICRO_CHEATING_1_0_0 = Path.of("questions/micro-cheating-1.0.0.json");

    /** A couple's turn: about themself, then about their partner. */
    public static final List<String> TURN = List.of("self", "partner");

    /** Alex's private note, which must never leave Alex's turn. */
    public static final String ALEX_NOTE = "canary-3c1e-note for me only";

    private CoupleScenario() {}

    /** Version 1.0.0 of the default bank, loaded from {@link #MICRO_CHEATING_1_0_0}. */
    public static QuestionBank bank() {
        try {
            QuestionBank bank = BankLoader.load(MICRO_CHEATING_1_0_0);
            if (!bank.version().equals("1.0.0")) {
                throw new IllegalStateException(
                        MICRO_CHEATING_1_0_0 + " holds " + bank.version() + ", not 1.0.0");
            }
            return bank;
        } catch (ProblemsException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    /** A new couple's turn to the bank, kept in memory only. */
    public static Quiz turn(QuestionBank bank, String respondent) {
        return new Quiz(
                bank,
                null,
                TURN,
                "en",
                respondent,
                null,
                Map.of(),
                Instant.parse("2026-12-07T20:00:00Z"));
    }

    /** Alex's whole turn, answered page by page as shown. */
    public static Quiz alex(QuestionBank bank) {
        return answered(turn(bank, "Alex"), CoupleScenario::alexAnswer);
    }

    /** Sam's whole turn, answered page by page as shown. */
    public static Quiz sam(QuestionBank bank) {
        return answered(turn(bank, "Sam"), CoupleScenario::samAnswer);
    }

    public static AnswerSheet alexSheet(QuestionBank bank) {
        return alex(bank).toSheet();
    }

    public static AnswerSheet samSheet(QuestionBank bank) {
        return sam(bank).toSheet();
    }

    /**
     * The turn's sheet with one answer left out of what is shared, as the sharing page leaves it
     * out: in every part it is recorded in.
     */
    public static AnswerSheet leavingOut(Quiz quiz, String questionId) {
        AnswerSheet sheet = quiz.toSheet();
        for (Step at : quiz.steps()) {
            for (Question question : quiz.questionsOf(at)) {
                if (!question.id().equals(questionId)) {
                    continue;
                }
                for (String part : quiz.partsOf(at, question)) {
                    Map<String, Answer> answers = new LinkedHashMap<>(sheet.part(part));
                    answers.put(questionId, answers.get(questionId).withShared(false));
                    sheet = sheet.withPart(part, answers);
                }
            }
        }
        return sheet;
    }

    /** What someone answers to a question on a page asked from a perspective. */
    public interface Plan {
        Answer answer(String perspective, Question question);
    }

    /**
     * Every page in turn, every question shown answered by the plan (a condition met shows more).
     */
    public static Quiz answered(Quiz quiz, Plan plan) {
        for (Step at : quiz.steps()) {
            for (Question question : quiz.questionsOf(at)) {
                if (quiz.isShown(at, question)) {
                    quiz.setAnswer(at, question, plan.answer(at.perspective(), question));
                }
            }
            quiz.setStep(quiz.step() + 1);
        }
        return quiz;
    }

    public static Answer alexAnswer(String perspective, Question question) {
        String id = question.id();
        return switch (id) {
            case "raising-strain" -> choice("somewhat");
            case "connection-need-overlooked" -> choice("a-little");
            case "connection-weakened" -> choice("not-at-all");
            case "connection-open-talk" -> choice("very-much");
            case "connection-note" -> Answer.answered(new AnswerValue.FreeText(ALEX_NOTE));
            case "safety-afraid", "safety-checked" -> choice("no");
            case "reassure-open-friendships" -> choice("very-much");
            case "reassure-habits" ->
                    Answer.answered(
                            new AnswerValue.Choices(List.of("know-friends", "talked-limits")));
            default -> perspective.equals("self") ? aboutAlex(question) : aboutSam(question);
        };
    }

    public static Answer samAnswer(String perspective, Question question) {
        String id = question.id();
        return switch (id) {
            case "raising-strain" -> choice("very-much");
            case "connection-need-overlooked" -> choice("somewhat");
            case "connection-weakened" -> choice("a-little");
            case "connection-open-talk" -> choice("a-little");
            case "connection-note", "safety-afraid", "safety-checked" ->
                    alexAnswer(perspective, question);
            case "reassure-open-friendships", "reassure-habits" ->
                    alexAnswer(perspective, question);
            default -> perspective.equals("self") ? aboutSam(question) : aboutAlex(question);
        };
    }

    /** Answers about Alex's behaviour (Alex's own; Sam's view of Alex). */
    private static Answer aboutAlex(Question question) {
        return switch (question.id()) {
            case "freq-flirty-messages" -> choice("rarely");
            case "freq-social-media-focus" -> choice("sometimes");
            case "freq-disguised-contact", "freq-hidden-messages", "freq-comparing" ->
                    choice("never");
            case "raising-talked", "gut-in-front", "gut-if-reversed" -> choice("yes");
            case "raising-defensive", "raising-attention-elsewhere", "gut-feeling" ->
                    choice("a-little");
            case "raising-dismissed" -> choice("not-at-all");
            case "reassure-no-secrecy" -> choice("very-much");
            case "reassure-closeness-intact" -> choice("somewhat");
            default -> boundary(question);
        };
    }

    /** Answers about Sam's behaviour (Alex's view of Sam; Sam's own). */
    private static Answer aboutSam(Question question) {
        return switch (question.id()) {
            case "freq-flirty-messages" -> choice("sometimes");
            case "freq-social-media-focus" -> choice("often");
            case "freq-hidden-messages" -> choice("rarely");
            case "freq-disguised-contact", "freq-comparing" -> choice("never");
            case "raising-talked", "gut-in-front", "gut-if-reversed" -> choice("no");
            case "raising-attention-elsewhere", "gut-feeling", "reassure-closeness-intact" ->
                    choice("somewhat");
            case "reassure-no-secrecy" -> choice("a-little");
            default -> boundary(question);
        };
    }

    private static Answer boundary(Question question) {
        if (!question.id().startsWith("boundary-")) {
            throw new IllegalArgumentException("no plan for " + question.id());
        }
        return Answer.answered(
                new AnswerValue.BoundaryRating(
                        AnswerValue.Rating.DEPENDS, AnswerValue.Rating.DEPENDS));
    }

    private static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }
}
