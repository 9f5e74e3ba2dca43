package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import grayarea.bank.Visibility;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.SessionStore;
import grayarea.session.SoloSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * One person's quiz: the bank, the perspective, every answer and note, the step they are on.
 * When the person keeps progress on this computer, every change is saved at once (atomically);
 * in a private session nothing is written.
 */
public final class QuizState {

    private final QuestionBank bank;
    private final Path bankFile;
    private final String perspective;
    private final String language;
    private final SessionStore store;
    private final List<Section> steps;
    private final ObservableMap<String, Answer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> notes = FXCollections.observableMap(new LinkedHashMap<>());
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final Instant startedAt;
    private boolean saving = true;

    /**
     * @param store where to autosave, or null for a private session that writes nothing
     */
    public QuizState(QuestionBank bank, Path bankFile, String perspective, String language, SessionStore store) {
        this(bank, bankFile, perspective, language, store, Instant.now());
    }

    private QuizState(QuestionBank bank, Path bankFile, String perspective, String language, SessionStore store,
                      Instant startedAt) {
        this.bank = bank;
        this.bankFile = bankFile;
        this.perspective = perspective;
        this.language = bank.languages().contains(language) ? language : bank.languages().get(0);
        this.store = store;
        this.startedAt = startedAt;
        this.steps = bank.sections().stream().filter(s -> !s.questionsFor(perspective).isEmpty()).toList();
        answers.addListener((MapChangeListener<String, Answer>) c -> autosave());
        notes.addListener((MapChangeListener<String, String>) c -> autosave());
        step.addListener((obs, old, now) -> autosave());
        finished.addListener((obs, old, now) -> autosave());
    }

    /** A quiz restored from an autosaved session, saving on to the same store. */
    public static QuizState resume(QuestionBank bank, SoloSession saved, SessionStore store) {
        QuizState state = new QuizState(bank, saved.bankFile(), saved.perspective(), saved.answers().language(), store,
                saved.answers().createdAt() == null ? Instant.now() : saved.answers().createdAt());
        saved.answers().parts().values().forEach(part -> part.forEach((id, answer) -> {
            if (answer.status() != Answer.Status.NOT_REACHED) {
                state.answers.put(id, answer);
            }
        }));
        state.notes.putAll(saved.notes());
        state.step.set(Math.min(saved.step(), state.steps.size()));
        state.finished.set(saved.finished());
        return state;
    }

    public QuestionBank bank() {
        return bank;
    }

    public Path bankFile() {
        return bankFile;
    }

    public String perspective() {
        return perspective;
    }

    public String language() {
        return language;
    }

    /** The sections asked from this perspective, in order: the wizard's steps. */
    public List<Section> steps() {
        return steps;
    }

    public List<Question> questionsOf(Section section) {
        return section.questionsFor(perspective);
    }

    public ObservableMap<String, Answer> answers() {
        return answers;
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
        return store != null;
    }

    /** The part of the sheet this question's answer belongs to. */
    public String partOf(Question question) {
        return question.partFor(perspective);
    }

    /** Whether the question is shown, given the answers so far. */
    public boolean isShown(Question question) {
        return Visibility.isShown(question, partAnswers(partOf(question)));
    }

    /** The answers of one part, with answers to hidden questions dropped. */
    private Map<String, Answer> partAnswers(String part) {
        Map<String, Answer> raw = new LinkedHashMap<>();
        for (Question q : bank.questionsInPart(part)) {
            Answer a = answers.get(q.id());
            if (a != null) {
                raw.put(q.id(), a);
            }
        }
        return Visibility.dropHidden(bank, part, raw);
    }

    /**
     * The answer sheet: every question shown from this perspective, answered, declined, or not
     * reached; answers to hidden questions are dropped.
     */
    public AnswerSheet toSheet() {
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        Map<String, Map<String, Answer>> keptByPart = new LinkedHashMap<>();
        for (Section section : steps) {
            for (Question question : questionsOf(section)) {
                String part = partOf(question);
                Map<String, Answer> kept = keptByPart.computeIfAbsent(part, this::partAnswers);
                if (!Visibility.isShown(question, kept)) {
                    continue;
                }
                Answer answer = kept.get(question.id());
                parts.computeIfAbsent(part, p -> new LinkedHashMap<>())
                        .put(question.id(), answer != null ? answer : Answer.notReached());
            }
        }
        return new AnswerSheet(bank.ref(), null, language, startedAt, parts, Map.of());
    }

    public Result score() {
        return new ScoringEngine(bank).score(toSheet());
    }

    public SoloSession toSession() {
        return new SoloSession(bankFile, perspective, step.get(), toSheet(), notes, finished.get(), Instant.now());
    }

    private void autosave() {
        if (store == null || !saving) {
            return;
        }
        try {
            store.save(toSession());
            saveError.set(null);
        } catch (IOException e) {
            saveError.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Removes the autosaved file and stops saving (the answers in memory go when the window moves on). */
    public void deleteSaved() throws IOException {
        saving = false;
        if (store != null) {
            store.delete();
        }
    }
}
