package grayarea.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import grayarea.bank.Visibility;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.HandOutFile;
import grayarea.session.SoloSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One person's quiz: the bank, the perspectives asked, every answer and note, the step they are on.
 * When there is a {@link QuizSaver}, every change is saved at once, before anyone watching hears of
 * it; without one (a private session) nothing is written. A save that fails is told to the {@link
 * Listener}s ({@link #saveProblem()}), and the answers stay in memory.
 *
 * <p>No JavaFX here: the window observes a quiz through a listener (grayarea.ui.quiz.QuizState),
 * and tests drive one without a window. Not thread-safe: one thread (the window's) uses it.
 */
public final class Quiz {

    /** What watches a quiz: told after each change, once it was saved (or failed to be). */
    public interface Listener {

        /**
         * An answer was given, changed or cleared; {@code key} is {@link #key}(part, question id).
         */
        default void answerChanged(String key) {}

        /** A note to a reflection prompt was written, changed or removed. */
        default void noteChanged(String id) {}

        default void stepChanged(int step) {}

        default void finishedChanged(boolean finished) {}

        /** The last save failed with this problem, or (null) succeeded again. */
        default void saveProblemChanged(String problem) {}
    }

    private final QuestionBank bank;
    private final Path bankFile;
    private final HandOutFile.Opened handOut;
    private final List<String> perspectives;
    private String language;
    private final String respondent;
    private final QuizSaver saver;
    private final List<Step> steps;
    private final Map<String, List<String>> order;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final Instant startedAt;
    private int step;
    private boolean finished;
    private String saveProblem;
    private boolean saving = true;

    /** A solo quiz from one perspective (null for a bank without perspectives). */
    public Quiz(
            QuestionBank bank,
            Path bankFile,
            String perspective,
            String language,
            QuizSaver saver) {
        this(
                bank,
                bankFile,
                Collections.singletonList(perspective),
                language,
                null,
                saver,
                Map.of(),
                Instant.now());
    }

    /**
     * @param perspectives the perspectives asked, in order (a couple's turn: "self", then
     *     "partner")
     * @param order per {@link #orderKey}, the order to show a section's questions in; may be empty
     * @param saver where to autosave, or null to write nothing
     */
    public Quiz(
            QuestionBank bank,
            Path bankFile,
            List<String> perspectives,
            String language,
            String respondent,
            QuizSaver saver,
            Map<String, List<String>> order,
            Instant startedAt) {
        this(bank, bankFile, perspectives, language, respondent, saver, order, startedAt, null);
    }

    /**
     * A quiz from a therapist's hand-out: only the sections it asks (safety sections always), its
     * bank; {@code bankFile} is then the hand-out file, so a resumed quiz reads it again.
     */
    public static Quiz fromHandOut(
            HandOutFile.Opened handOut, String perspective, String language, QuizSaver saver) {
        return new Quiz(
                handOut.bank(),
                handOut.file(),
                Collections.singletonList(perspective),
                language,
                handOut.handOut().clientCode(),
                saver,
                Map.of(),
                Instant.now(),
                handOut);
    }

    /**
     * A quiz restored from an autosaved session, from a hand-out when {@code handOut} is not null.
     */
    public static Quiz resume(
            QuestionBank bank, SoloSession saved, QuizSaver saver, HandOutFile.Opened handOut) {
        Quiz quiz =
                new Quiz(
                        bank,
                        saved.bankFile(),
                        Collections.singletonList(saved.perspective()),
                        saved.answers().language(),
                        saved.answers().respondent(),
                        saver,
                        saved.answers().order(),
                        saved.answers().createdAt() == null
                                ? Instant.now()
                                : saved.answers().createdAt(),
                        handOut);
        quiz.restore(saved.answers(), saved.notes(), saved.step(), saved.finished());
        return quiz;
    }

    private Quiz(
            QuestionBank bank,
            Path bankFile,
            List<String> perspectives,
            String language,
            String respondent,
            QuizSaver saver,
            Map<String, List<String>> order,
            Instant startedAt,
            HandOutFile.Opened handOut) {
        this.handOut = handOut;
        this.bank = bank;
        this.bankFile = bankFile;
        this.perspectives = Collections.unmodifiableList(new ArrayList<>(perspectives));
        this.language = bank.languages().contains(language) ? language : bank.languages().get(0);
        this.respondent = respondent;
        this.saver = saver;
        this.startedAt = startedAt;
        this.order = Map.copyOf(order);
        this.steps =
                QuizPlan.stepsFor(bank, this.perspectives).stream()
                        .filter(at -> handOut == null || handOut.handOut().asks(at.section()))
                        .toList();
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Puts saved answers back, without saving them again one by one (watchers hear of each). Each
     * answer goes back where it was; an answer asked once for several parts that a part lacks (a
     * turn saved before answers were recorded in each part) is copied there from the part that has
     * it.
     */
    public void restore(
            AnswerSheet sheet, Map<String, String> savedNotes, int savedStep, boolean wasFinished) {
        boolean wasSaving = saving;
        saving = false;
        try {
            sheet.parts()
                    .forEach(
                            (part, partAnswers) ->
                                    partAnswers.forEach(
                                            (id, answer) -> {
                                                if (answer.status() != Answer.Status.NOT_REACHED) {
                                                    put(List.of(key(part, id)), answer);
                                                }
                                            }));
            for (String key : List.copyOf(answers.keySet())) {
                Answer given = answers.get(key);
                put(copiesOf(key).stream().filter(k -> !answers.containsKey(k)).toList(), given);
            }
            savedNotes.forEach(this::setNote);
            setStep(Math.min(savedStep, steps.size()));
            setFinished(wasFinished);
        } finally {
            saving = wasSaving;
        }
    }

    public static String key(String part, String questionId) {
        return part + "/" + questionId;
    }

    /** The key of a section's question order in the sheet: the part, a dot, the section id. */
    public static String orderKey(String part, String sectionId) {
        return part + "." + sectionId;
    }

    public QuestionBank bank() {
        return bank;
    }

    public Path bankFile() {
        return bankFile;
    }

    /** The therapist's hand-out this quiz comes from, if it does. */
    public Optional<HandOutFile.Opened> handOut() {
        return Optional.ofNullable(handOut);
    }

    /** The (first) perspective asked: a solo quiz's only one. */
    public String perspective() {
        return perspectives.get(0);
    }

    public List<String> perspectives() {
        return perspectives;
    }

    public String language() {
        return language;
    }

    /** Shows the bank's texts in another of its languages from now on (and saves the sheet so). */
    public void setLanguage(String wanted) {
        if (bank.languages().contains(wanted) && !wanted.equals(language)) {
            language = wanted;
            autosave();
        }
    }

    public String respondent() {
        return respondent;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The part of the sheet a question's answer is read from, on this step. */
    public String partOf(Step at, Question question) {
        return question.partFor(at.perspective());
    }

    /**
     * Every part of the sheet a question's answer on this step goes in: its own part, and for a
     * question worded the same for every perspective, asked once in a couple's turn, the part of
     * every perspective that asks it ({@link QuizPlan#partsOf}).
     */
    public List<String> partsOf(Step at, Question question) {
        return QuizPlan.partsOf(bank.sectionOf(question), question, at.perspective(), perspectives);
    }

    /** The questions a step asks, in the order this person sees them. */
    public List<Question> questionsOf(Step at) {
        return QuizPlan.questionsOf(at, perspectives, order);
    }

    /** Every answer given so far, by {@link #key}; read-only. */
    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    public Answer answer(Step at, Question question) {
        return answers.get(key(partOf(at, question), question.id()));
    }

    public void setAnswer(Step at, Question question, Answer answer) {
        putAnswer(key(partOf(at, question), question.id()), answer);
    }

    public void clearAnswer(Step at, Question question) {
        putAnswer(key(partOf(at, question), question.id()), null);
    }

    /**
     * Gives (or, with null, clears) the answer under a {@link #key}, and under the key of every
     * other part the same answer goes in ({@link #partsOf}); saves once and tells of each key that
     * changed.
     */
    public void putAnswer(String key, Answer answer) {
        put(copiesOf(key), answer);
    }

    private void put(List<String> keys, Answer answer) {
        List<String> changedKeys = new ArrayList<>();
        for (String key : keys) {
            Answer old = answer == null ? answers.remove(key) : answers.put(key, answer);
            if (!Objects.equals(old, answer)) {
                changedKeys.add(key);
            }
        }
        if (!changedKeys.isEmpty()) {
            changed(l -> changedKeys.forEach(l::answerChanged));
        }
    }

    /** The key itself and the keys of the other parts the same answer goes in, in quiz order. */
    private List<String> copiesOf(String key) {
        int slash = key.indexOf('/');
        String part = slash < 0 ? null : key.substring(0, slash);
        Question question = slash < 0 ? null : bank.question(key.substring(slash + 1)).orElse(null);
        if (question == null || !perspectives.contains(part)) {
            return List.of(key);
        }
        List<String> parts =
                QuizPlan.partsOf(bank.sectionOf(question), question, part, perspectives);
        return parts.contains(part)
                ? parts.stream().map(p -> key(p, question.id())).toList()
                : List.of(key);
    }

    /** The private notes to reflection prompts, by prompt id; read-only. */
    public Map<String, String> notes() {
        return Collections.unmodifiableMap(notes);
    }

    /**
     * Writes (or, with null, removes) the note to a reflection prompt; saves and tells when it
     * changed.
     */
    public void setNote(String id, String text) {
        String old = text == null ? notes.remove(id) : notes.put(id, text);
        if (!Objects.equals(old, text)) {
            changed(l -> l.noteChanged(id));
        }
    }

    /** The step showing: 0 for the first page, {@code steps().size()} for the review. */
    public int step() {
        return step;
    }

    public void setStep(int now) {
        if (now != step) {
            step = now;
            changed(l -> l.stepChanged(now));
        }
    }

    /** Whether the person went on to their result. */
    public boolean finished() {
        return finished;
    }

    public void setFinished(boolean now) {
        if (now != finished) {
            finished = now;
            changed(l -> l.finishedChanged(now));
        }
    }

    /** Why the last save failed, or null when it did not (or nothing is saved). */
    public String saveProblem() {
        return saveProblem;
    }

    public boolean keepsProgress() {
        return saver != null;
    }

    /** Whether the question is shown on that step, given the answers so far. */
    public boolean isShown(Step at, Question question) {
        return Visibility.isShown(question, partAnswers(partOf(at, question)));
    }

    /** The answers of one part, with answers to hidden questions dropped. */
    private Map<String, Answer> partAnswers(String part) {
        Map<String, Answer> raw = new LinkedHashMap<>();
        for (Question q : bank.questionsInPart(part)) {
            Answer a = answers.get(key(part, q.id()));
            if (a != null) {
                raw.put(q.id(), a);
            }
        }
        return Visibility.dropHidden(bank, part, raw);
    }

    /**
     * The answer sheet: every question shown, answered, declined, or not reached, in each part it
     * goes in, in bank order; answers to hidden questions are dropped.
     */
    public AnswerSheet toSheet() {
        // the parts in the order the steps first reach them, each with the questions it holds
        Map<String, Set<String>> asked = new LinkedHashMap<>();
        for (Step at : steps) {
            for (Question question : questionsOf(at)) {
                for (String part : partsOf(at, question)) {
                    asked.computeIfAbsent(part, p -> new HashSet<>()).add(question.id());
                }
            }
        }
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        asked.forEach(
                (part, ids) -> {
                    Map<String, Answer> kept = partAnswers(part);
                    for (Section section : bank.sections()) {
                        for (Question question : section.questions()) {
                            if (!ids.contains(question.id())
                                    || !Visibility.isShown(question, kept)) {
                                continue;
                            }
                            Answer answer = kept.get(question.id());
                            parts.computeIfAbsent(part, p -> new LinkedHashMap<>())
                                    .put(
                                            question.id(),
                                            answer != null ? answer : Answer.notReached());
                        }
                    }
                });
        return new AnswerSheet(bank.ref(), respondent, language, startedAt, parts, order);
    }

    public Result score() {
        return new ScoringEngine(bank).score(toSheet());
    }

    /** The quiz as a solo session file holds it. */
    public SoloSession toSession() {
        return new SoloSession(
                bankFile, perspective(), step, toSheet(), notes, finished, Instant.now());
    }

    /**
     * Removes what was saved and stops saving (the answers in memory go when the window moves on).
     */
    public void deleteSaved() throws IOException {
        saving = false;
        if (saver != null) {
            saver.delete();
        }
    }

    private void changed(Consumer<Listener> tell) {
        autosave();
        for (Listener listener : List.copyOf(listeners)) {
            tell.accept(listener);
        }
    }

    private void autosave() {
        if (saver == null || !saving) {
            return;
        }
        String problem;
        try {
            saver.save(this);
            problem = null;
        } catch (IOException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (!Objects.equals(problem, saveProblem)) {
            saveProblem = problem;
            String told = problem;
            listeners.forEach(l -> l.saveProblemChanged(told));
        }
    }
}
