package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.quiz.Quiz;
import grayarea.quiz.QuizSaver;
import grayarea.quiz.Step;
import grayarea.scoring.Result;
import grayarea.session.HandOutFile;
import grayarea.session.SoloSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The window's view of one person's quiz: the JavaFX-free {@link Quiz} (step planning, answers,
 * autosave: docs/decisions/0026) seen through properties and observable maps that pages bind to.
 * The quiz is the one truth: what a page writes into a property or map here goes to the quiz, which
 * saves it, and what the quiz says changed comes back here, so pages and listeners see the same
 * values as before the quiz moved out of the ui.
 */
public final class QuizState {

    private final Quiz quiz;
    private final List<Step> steps;
    private final ObservableMap<String, Answer> answers =
            FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> notes =
            FXCollections.observableMap(new LinkedHashMap<>());
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();

    /** A solo quiz from one perspective (null for a bank without perspectives). */
    public QuizState(
            QuestionBank bank,
            Path bankFile,
            String perspective,
            String language,
            QuizStore store) {
        this(
                bank,
                bankFile,
                Collections.singletonList(perspective),
                language,
                null,
                store,
                Map.of(),
                Instant.now());
    }

    /**
     * @param perspectives the perspectives asked, in order (a couple's turn: "self", then
     *     "partner")
     * @param order per {@link #orderKey}, the order to show a section's questions in; may be empty
     * @param store where to autosave, or null to write nothing
     */
    public QuizState(
            QuestionBank bank,
            Path bankFile,
            List<String> perspectives,
            String language,
            String respondent,
            QuizStore store,
            Map<String, List<String>> order,
            Instant startedAt) {
        this(
                store,
                saver ->
                        new Quiz(
                                bank,
                                bankFile,
                                perspectives,
                                language,
                                respondent,
                                saver,
                                order,
                                startedAt));
    }

    /**
     * The quiz made by {@code make} with a saver that saves this state to {@code store} (none
     * without a store).
     */
    private QuizState(QuizStore store, Function<QuizSaver, Quiz> make) {
        this.quiz =
                make.apply(
                        store == null
                                ? null
                                : new QuizSaver() {
                                    @Override
                                    public void save(Quiz saved) throws IOException {
                                        store.save(QuizState.this);
                                    }

                                    @Override
                                    public void delete() throws IOException {
                                        store.delete();
                                    }
                                });
        this.steps = quiz.steps();
        mirror();
        quiz.addListener(
                new Quiz.Listener() {
                    @Override
                    public void answerChanged(String key) {
                        copy(quiz.answers(), answers, key);
                    }

                    @Override
                    public void noteChanged(String id) {
                        copy(quiz.notes(), notes, id);
                    }

                    @Override
                    public void stepChanged(int now) {
                        step.set(now);
                    }

                    @Override
                    public void finishedChanged(boolean now) {
                        finished.set(now);
                    }

                    @Override
                    public void saveProblemChanged(String problem) {
                        saveError.set(problem);
                    }
                });
        // what a page writes here goes to the quiz (which saves it and tells back, changing nothing
        // more)
        answers.addListener(
                (MapChangeListener<String, Answer>)
                        c ->
                                quiz.putAnswer(
                                        c.getKey(),
                                        c.wasAdded()
                                                ? c.getValueAdded()
                                                : answers.get(c.getKey())));
        notes.addListener(
                (MapChangeListener<String, String>)
                        c ->
                                quiz.setNote(
                                        c.getKey(),
                                        c.wasAdded() ? c.getValueAdded() : notes.get(c.getKey())));
        step.addListener((obs, old, now) -> quiz.setStep(now.intValue()));
        finished.addListener((obs, old, now) -> quiz.setFinished(now));
    }

    private void mirror() {
        answers.putAll(quiz.answers());
        notes.putAll(quiz.notes());
        step.set(quiz.step());
        finished.set(quiz.finished());
        saveError.set(quiz.saveProblem());
    }

    private static <V> void copy(Map<String, V> from, ObservableMap<String, V> to, String key) {
        V value = from.get(key);
        if (value == null) {
            to.remove(key);
        } else if (!Objects.equals(to.get(key), value)) {
            to.put(key, value);
        }
    }

    /**
     * A quiz from a therapist's hand-out: only the sections it asks (safety sections always), its
     * bank; {@code bankFile} is then the hand-out file, so a resumed quiz reads it again.
     */
    public static QuizState fromHandOut(
            HandOutFile.Opened handOut, String perspective, String language, QuizStore store) {
        return new QuizState(
                store, saver -> Quiz.fromHandOut(handOut, perspective, language, saver));
    }

    /** A solo quiz restored from an autosaved session, saving on to the same store. */
    public static QuizState resume(QuestionBank bank, SoloSession saved, QuizStore store) {
        return resume(bank, saved, store, null);
    }

    /**
     * A quiz restored from an autosaved session, from a hand-out when {@code handOut} is not null.
     */
    public static QuizState resume(
            QuestionBank bank, SoloSession saved, QuizStore store, HandOutFile.Opened handOut) {
        return new QuizState(store, saver -> Quiz.resume(bank, saved, saver, handOut));
    }

    /** The quiz itself, without JavaFX. */
    public Quiz quiz() {
        return quiz;
    }

    /** Puts saved answers back, without saving them again one by one. */
    public void restore(
            AnswerSheet sheet, Map<String, String> savedNotes, int savedStep, boolean wasFinished) {
        quiz.restore(sheet, savedNotes, savedStep, wasFinished);
    }

    public static String key(String part, String questionId) {
        return Quiz.key(part, questionId);
    }

    /** The key of a section's question order in the sheet: the part, a dot, the section id. */
    public static String orderKey(String part, String sectionId) {
        return Quiz.orderKey(part, sectionId);
    }

    public QuestionBank bank() {
        return quiz.bank();
    }

    public Path bankFile() {
        return quiz.bankFile();
    }

    /** The therapist's hand-out this quiz comes from, if it does. */
    public Optional<HandOutFile.Opened> handOut() {
        return quiz.handOut();
    }

    /** The (first) perspective asked: a solo quiz's only one. */
    public String perspective() {
        return quiz.perspective();
    }

    public List<String> perspectives() {
        return quiz.perspectives();
    }

    public String language() {
        return quiz.language();
    }

    /** Shows the bank's texts in another of its languages from now on (and saves the sheet so). */
    public void setLanguage(String wanted) {
        quiz.setLanguage(wanted);
    }

    public String respondent() {
        return quiz.respondent();
    }

    public List<Step> steps() {
        return steps;
    }

    /** The part of the sheet a question's answer is read from, on this step. */
    public String partOf(Step at, Question question) {
        return quiz.partOf(at, question);
    }

    /**
     * Every part of the sheet a question's answer on this step goes in (a question asked once for
     * several perspectives: each of their parts).
     */
    public List<String> partsOf(Step at, Question question) {
        return quiz.partsOf(at, question);
    }

    /** The questions a step asks, in the order this person sees them. */
    public List<Question> questionsOf(Step at) {
        return quiz.questionsOf(at);
    }

    public ObservableMap<String, Answer> answers() {
        return answers;
    }

    public Answer answer(Step at, Question question) {
        return quiz.answer(at, question);
    }

    public void setAnswer(Step at, Question question, Answer answer) {
        quiz.setAnswer(at, question, answer);
    }

    public void clearAnswer(Step at, Question question) {
        quiz.clearAnswer(at, question);
    }

    public ObservableMap<String, String> notes() {
        return notes;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public boolean keepsProgress() {
        return quiz.keepsProgress();
    }

    /** Whether the question is shown on that step, given the answers so far. */
    public boolean isShown(Step at, Question question) {
        return quiz.isShown(at, question);
    }

    /**
     * The answer sheet: every question shown, answered, declined, or not reached; answers to hidden
     * questions are dropped.
     */
    public AnswerSheet toSheet() {
        return quiz.toSheet();
    }

    public Result score() {
        return quiz.score();
    }

    public SoloSession toSession() {
        return quiz.toSession();
    }

    /**
     * Removes what was saved and stops saving (the answers in memory go when the window moves on).
     */
    public void deleteSaved() throws IOException {
        quiz.deleteSaved();
    }
}
