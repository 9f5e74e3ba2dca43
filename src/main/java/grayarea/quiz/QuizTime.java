package grayarea.quiz;

import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Section;
import grayarea.session.HandOutFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How long a quiz takes, as the welcome page says it: the questions the quiz shows ({@link
 * QuizPlan}'s pages for those perspectives; a question shown only after some answer counted as
 * asked) times a typical time for each kind of question, rounded up to whole minutes (decision
 * 0034). Pure: no state, no JavaFX, no files.
 */
public final class QuizTime {

    /** Seconds to read and answer one question of a kind (decision 0034). */
    public static final int SINGLE_SECONDS = 10;

    public static final int SCALE_SECONDS = 10;
    public static final int YES_NO_SECONDS = 6;

    /** A boundary rating is two ratings of one behavior: "if I did it", "if my partner did it". */
    public static final int BOUNDARY_SECONDS = 12;

    public static final int CHECKLIST_SECONDS = 20;

    /** Free text that may be left empty: many people skip it, so it adds nothing. */
    public static final int OPTIONAL_TEXT_SECONDS = 0;

    /** Free text that must be written before going on. */
    public static final int REQUIRED_TEXT_SECONDS = 60;

    /**
     * The perspectives of a partner's turn in couple mode, in the order the turn asks them (as
     * grayarea.ui.couple.CoupleFlow does).
     */
    public static final List<String> COUPLE_TURN = List.of("self", "partner");

    private QuizTime() {}

    /**
     * An estimate.
     *
     * @param questions how many questions the quiz shows, conditional ones included
     * @param seconds their typical times added up
     */
    public record Estimate(int questions, int seconds) {

        /** The seconds rounded up to whole minutes, and never less than one. */
        public int minutes() {
            return Math.max(1, (seconds + 59) / 60);
        }
    }

    /** The typical seconds a question takes. */
    public static int secondsFor(Question question) {
        QuestionType type = question.type();
        return switch (type) {
            case SINGLE -> SINGLE_SECONDS;
            case SCALE -> SCALE_SECONDS;
            case YES_NO -> YES_NO_SECONDS;
            case BOUNDARY -> BOUNDARY_SECONDS;
            case CHECKLIST -> CHECKLIST_SECONDS;
            case TEXT -> question.required() ? REQUIRED_TEXT_SECONDS : OPTIONAL_TEXT_SECONDS;
        };
    }

    /**
     * A solo quiz from one perspective (null for a bank without perspectives), every section asked.
     */
    public static Estimate solo(QuestionBank bank, String perspective) {
        return of(bank, Collections.singletonList(perspective), section -> true);
    }

    /**
     * A partner's turn in couple mode: each perspective in turn (a question worded alike for both
     * asked once), then the boundary map once.
     */
    public static Estimate turn(QuestionBank bank, List<String> perspectives) {
        return of(bank, perspectives, section -> true);
    }

    /**
     * A therapist's hand-out from a perspective: only the sections it asks (safety sections
     * always).
     */
    public static Estimate handOut(HandOutFile.Opened handOut, String perspective) {
        return of(
                handOut.bank(),
                Collections.singletonList(perspective),
                section -> handOut.handOut().asks(section));
    }

    /** The questions shown on the pages of those sections that are asked, in the order shown. */
    public static List<Question> questionsShown(
            QuestionBank bank, List<String> perspectives, Predicate<Section> asked) {
        List<Question> shown = new ArrayList<>();
        for (Step step : QuizPlan.stepsFor(bank, perspectives)) {
            if (asked.test(step.section())) {
                // every question of the page, those shown only after some answer too
                shown.addAll(QuizPlan.questionsOf(step, perspectives, Map.of()));
            }
        }
        return shown;
    }

    static Estimate of(QuestionBank bank, List<String> perspectives, Predicate<Section> asked) {
        List<Question> shown = questionsShown(bank, perspectives, asked);
        int seconds = shown.stream().mapToInt(QuizTime::secondsFor).sum();
        return new Estimate(shown.size(), seconds);
    }
}
