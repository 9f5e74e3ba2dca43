package grayarea.ui.quiz;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
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
import java.util.Set;
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
 * One person's quiz: the bank, the perspectives asked, every answer and note, the step they are
 * on. A solo quiz asks one perspective; a partner's turn in couple mode asks about their own
 * behaviour, then their partner's, then the boundary map. When there is a store, every change
 * is saved at once (atomically); without one (a private session) nothing is written.
 */
public final class QuizState {

    /** One page of the wizard: a section, asked from a perspective. */
    public record Step(Section section, String perspective) {
    }

    private final QuestionBank bank;
    private final Path bankFile;
    private final HandOutFile.Opened handOut;
    private final List<String> perspectives;
    private String language;
    private final String respondent;
    private final QuizStore store;
    private final List<Step> steps;
    private final Map<String, List<String>> order;
    private final ObservableMap<String, Answer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> notes = FXCollections.observableMap(new LinkedHashMap<>());
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final Instant startedAt;
    private boolean saving = true;

    /** A solo quiz from one perspective (null for a bank without perspectives). */
    public QuizState(QuestionBank bank, Path bankFile, String perspective, String language, QuizStore store) {
        this(bank, bankFile, Collections.singletonList(perspective), language, null, store, Map.of(), Instant.now());
    }

    /**
     * @param perspectives the perspectives asked, in order (a couple's turn: "self", then "partner")
     * @param order        per {@link #orderKey}, the order to show a section's questions in; may be empty
     * @param store        where to autosave, or null to write nothing
     */
    public QuizState(QuestionBank bank, Path bankFile, List<String> perspectives, String language, String respondent,
                     QuizStore store, Map<String, List<String>> order, Instant startedAt) {
        this(bank, bankFile, perspectives, language, respondent, store, order, startedAt, null);
    }

    /**
     * A quiz from a therapist's hand-out: only the sections it asks (safety sections always), its
     * bank; {@code bankFile} is then the hand-out file, so a resumed quiz reads it again.
     */
    public static QuizState fromHandOut(HandOutFile.Opened handOut, String perspective, String language, QuizStore store) {
        return new QuizState(handOut.bank(), handOut.file(), Collections.singletonList(perspective), language,
                handOut.handOut().clientCode(), store, Map.of(), Instant.now(), handOut);
    }

    private QuizState(QuestionBank bank, Path bankFile, List<String> perspectives, String language, String respondent,
                      QuizStore store, Map<String, List<String>> order, Instant startedAt, HandOutFile.Opened handOut) {
        this.handOut = handOut;
        this.bank = bank;
        this.bankFile = bankFile;
        this.perspectives = Collections.unmodifiableList(new ArrayList<>(perspectives));
        this.language = bank.languages().contains(language) ? language : bank.languages().get(0);
        this.respondent = respondent;
        this.store = store;
        this.startedAt = startedAt;
        this.order = Map.copyOf(order);
        this.steps = stepsFor(bank, this.perspectives).stream()
                .filter(step -> handOut == null || handOut.handOut().asks(bank, step.section())).toList();
        answers.addListener((MapChangeListener<String, Answer>) c -> autosave());
        notes.addListener((MapChangeListener<String, String>) c -> autosave());
        step.addListener((obs, old, now) -> autosave());
        finished.addListener((obs, old, now) -> autosave());
    }

    /**
     * The pages: with one perspective, every section that asks something from it, in bank order.
     * With several, each perspective's sections in turn (a question worded the same for every
     * perspective is asked only the first time), then the boundary map once at the end.
     */
    static List<Step> stepsFor(QuestionBank bank, List<String> perspectives) {
        List<Step> steps = new ArrayList<>();
        if (perspectives.size() == 1) {
            String perspective = perspectives.get(0);
            for (Section section : bank.sections()) {
                if (!section.questionsFor(perspective).isEmpty()) {
                    steps.add(new Step(section, perspective));
                }
            }
            return steps;
        }
        for (String perspective : perspectives) {
            for (Section section : bank.sections()) {
                if (!section.isBoundaryMap() && !askedIn(bank, section, perspective, perspectives).isEmpty()) {
                    steps.add(new Step(section, perspective));
                }
            }
        }
        for (Section section : bank.sections()) {
            if (section.isBoundaryMap() && !section.questionsFor(perspectives.get(0)).isEmpty()) {
                steps.add(new Step(section, perspectives.get(0)));
            }
        }
        return steps;
    }

    private static List<Question> askedIn(QuestionBank bank, Section section, String perspective, List<String> all) {
        int index = all.indexOf(perspective);
        List<Question> asked = new ArrayList<>();
        for (Question q : section.questionsFor(perspective)) {
            if (q.type() == QuestionType.BOUNDARY) {
                continue;
            }
            boolean sameWording = q.textFor().isEmpty();
            boolean askedEarlier = all.subList(0, index).stream().anyMatch(q::appliesTo);
            if (!(sameWording && askedEarlier)) {
                asked.add(q);
            }
        }
        return asked;
    }

    /** A solo quiz restored from an autosaved session, saving on to the same store. */
    public static QuizState resume(QuestionBank bank, SoloSession saved, QuizStore store) {
        return resume(bank, saved, store, null);
    }

    /** A quiz restored from an autosaved session, from a hand-out when {@code handOut} is not null. */
    public static QuizState resume(QuestionBank bank, SoloSession saved, QuizStore store, HandOutFile.Opened handOut) {
        QuizState state = new QuizState(bank, saved.bankFile(), Collections.singletonList(saved.perspective()),
                saved.answers().language(), saved.answers().respondent(), store, saved.answers().order(),
                saved.answers().createdAt() == null ? Instant.now() : saved.answers().createdAt(), handOut);
        state.restore(saved.answers(), saved.notes(), saved.step(), saved.finished());
        return state;
    }

    /** Puts saved answers back, without saving them again one by one. */
    public void restore(AnswerSheet sheet, Map<String, String> savedNotes, int savedStep, boolean wasFinished) {
        boolean wasSaving = saving;
        saving = false;
        try {
            sheet.parts().forEach((part, partAnswers) -> partAnswers.forEach((id, answer) -> {
                if (answer.status() != Answer.Status.NOT_REACHED) {
                    answers.put(key(part, id), answer);
                }
            }));
            notes.putAll(savedNotes);
            step.set(Math.min(savedStep, steps.size()));
            finished.set(wasFinished);
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
    public java.util.Optional<HandOutFile.Opened> handOut() {
        return java.util.Optional.ofNullable(handOut);
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

    /** The part of the sheet a question's answer goes in, on this step. */
    public String partOf(Step at, Question question) {
        return question.partFor(at.perspective());
    }

    /** The questions a step asks, in the order this person sees them. */
    public List<Question> questionsOf(Step at) {
        List<Question> asked = perspectives.size() == 1
                ? at.section().questionsFor(at.perspective())
                : at.section().isBoundaryMap() ? at.section().questionsFor(at.perspective())
                : askedIn(bank, at.section(), at.perspective(), perspectives);
        String part = asked.isEmpty() ? at.perspective() : partOf(at, asked.get(0));
        List<String> shuffled = order.get(orderKey(part, at.section().id()));
        if (shuffled == null) {
            return asked;
        }
        List<Question> ordered = new ArrayList<>();
        for (String id : shuffled) {
            asked.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(ordered::add);
        }
        asked.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return ordered;
    }

    public ObservableMap<String, Answer> answers() {
        return answers;
    }

    public Answer answer(Step at, Question question) {
        return answers.get(key(partOf(at, question), question.id()));
    }

    public void setAnswer(Step at, Question question, Answer answer) {
        answers.put(key(partOf(at, question), question.id()), answer);
    }

    public void clearAnswer(Step at, Question question) {
        answers.remove(key(partOf(at, question), question.id()));
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

    /** Whether the question is shown on that step, given the answers so far. */
    public boolean isShown(Step at, Question question) {
        String part = partOf(at, question);
        return Visibility.isShown(question, partAnswers(part));
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
     * The answer sheet: every question shown, answered, declined, or not reached; answers to
     * hidden questions are dropped.
     */
    public AnswerSheet toSheet() {
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        Map<String, Map<String, Answer>> keptByPart = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        for (Step at : steps) {
            for (Question question : bankOrder(at)) {
                String part = partOf(at, question);
                if (!done.add(key(part, question.id()))) {
                    continue;
                }
                Map<String, Answer> kept = keptByPart.computeIfAbsent(part, this::partAnswers);
                if (!Visibility.isShown(question, kept)) {
                    continue;
                }
                Answer answer = kept.get(question.id());
                parts.computeIfAbsent(part, p -> new LinkedHashMap<>())
                        .put(question.id(), answer != null ? answer : Answer.notReached());
            }
        }
        return new AnswerSheet(bank.ref(), respondent, language, startedAt, parts, order);
    }

    private List<Question> bankOrder(Step at) {
        List<Question> shown = questionsOf(at);
        return at.section().questions().stream().filter(shown::contains).toList();
    }

    public Result score() {
        return new ScoringEngine(bank).score(toSheet());
    }

    public SoloSession toSession() {
        return new SoloSession(bankFile, perspective(), step.get(), toSheet(), notes, finished.get(), Instant.now());
    }

    private void autosave() {
        if (store == null || !saving) {
            return;
        }
        try {
            store.save(this);
            saveError.set(null);
        } catch (IOException e) {
            saveError.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Removes what was saved and stops saving (the answers in memory go when the window moves on). */
    public void deleteSaved() throws IOException {
        saving = false;
        if (store != null) {
            store.delete();
        }
    }
}
