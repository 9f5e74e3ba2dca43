package grayarea.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Section;
import grayarea.session.SavedFiles;
import grayarea.session.SessionStore;
import grayarea.session.SoloSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz without a window: its pages, and that every change is saved before anyone watching hears
 * of it.
 */
class QuizTest {

    private static final QuestionBank BANK = BankLoader.defaultBank();

    @TempDir Path folder;

    /** Saves the quiz to session.json, as the solo quiz in the window does. */
    private QuizSaver sessionFile(SessionStore store) {
        return new QuizSaver() {
            @Override
            public void save(Quiz quiz) throws IOException {
                store.save(quiz.toSession());
            }

            @Override
            public void delete() throws IOException {
                store.delete();
            }
        };
    }

    private static SoloSession read(SessionStore store) {
        SavedFiles.Found<SoloSession> found = store.load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
        return ((SavedFiles.Found.Contents<SoloSession>) found).value();
    }

    private static Question first(Quiz quiz, Step at, QuestionType type) {
        return quiz.questionsOf(at).stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static Answer choice(Question question, int index) {
        return Answer.answered(new AnswerValue.Choice(question.options().get(index).id()));
    }

    @Test
    void aSoloQuizAsksEverySectionThatHasQuestionsForItsPerspectiveInBankOrder() {
        Quiz quiz = new Quiz(BANK, null, "partner", "en", null);
        List<String> expected =
                BANK.sections().stream()
                        .filter(s -> !s.questionsFor("partner").isEmpty())
                        .map(Section::id)
                        .toList();
        assertThat(quiz.steps())
                .extracting(s -> s.section().id())
                .containsExactlyElementsOf(expected)
                .contains("behaviours", "safety");
        assertThat(quiz.steps()).allMatch(s -> s.perspective().equals("partner"));
        // the self-only question is not asked about a partner
        Step gut =
                quiz.steps().stream()
                        .filter(s -> s.section().id().equals("gut-check"))
                        .findFirst()
                        .orElseThrow();
        assertThat(quiz.questionsOf(gut))
                .extracting(Question::id)
                .doesNotContain("gut-if-reversed");
    }

    @Test
    void aCouplesTurnAsksAboutThemselvesThenTheirPartnerThenTheBoundaryMapOnce() {
        Quiz quiz =
                new Quiz(
                        BANK,
                        null,
                        List.of("self", "partner"),
                        "en",
                        null,
                        null,
                        Map.of(),
                        Instant.now());
        List<String> perspectives = quiz.steps().stream().map(Step::perspective).toList();
        int firstPartner = perspectives.indexOf("partner");
        assertThat(firstPartner).isPositive();
        assertThat(perspectives.subList(0, firstPartner)).containsOnly("self");
        List<Step> boundary =
                quiz.steps().stream().filter(s -> s.section().isBoundaryMap()).toList();
        assertThat(boundary).hasSize(1);
        assertThat(quiz.steps().get(quiz.steps().size() - 1)).isEqualTo(boundary.get(0));
        for (Step at : quiz.steps()) {
            if (!at.section().isBoundaryMap()) {
                assertThat(quiz.questionsOf(at)).noneMatch(q -> q.type() == QuestionType.BOUNDARY);
            }
        }
    }

    @Test
    void aSectionsShuffledOrderIsKeptAndQuestionsItDoesNotNameFollowInBankOrder() {
        Section behaviours = BANK.sections().get(0);
        List<String> ids = behaviours.questionsFor("partner").stream().map(Question::id).toList();
        List<String> shuffled = new ArrayList<>(List.of(ids.get(2), ids.get(0)));
        Quiz quiz =
                new Quiz(
                        BANK,
                        null,
                        List.of("partner"),
                        "en",
                        null,
                        null,
                        Map.of(Quiz.orderKey("partner", behaviours.id()), shuffled),
                        Instant.now());
        List<String> seen =
                quiz.questionsOf(quiz.steps().get(0)).stream().map(Question::id).toList();
        assertThat(seen.subList(0, 2)).containsExactly(ids.get(2), ids.get(0));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen.subList(2, seen.size()))
                .isSortedAccordingTo((a, b) -> Integer.compare(ids.indexOf(a), ids.indexOf(b)));
    }

    @Test
    void everyAnswerNoteAndStepIsInTheFileBeforeAnyoneWatchingHearsOfIt() throws IOException {
        SessionStore store = new SessionStore(folder);
        Quiz quiz = new Quiz(BANK, null, "partner", "en", sessionFile(store));
        Step at = quiz.steps().get(0);
        Question question = first(quiz, at, QuestionType.SCALE);
        List<String> heard = new ArrayList<>();
        quiz.addListener(
                new Quiz.Listener() {
                    @Override
                    public void answerChanged(String key) {
                        Answer saved =
                                read(store).answers().parts().get("partner").get(question.id());
                        heard.add("answer " + key + " saved as " + saved.status());
                    }

                    @Override
                    public void noteChanged(String id) {
                        heard.add("note " + id + " saved as " + read(store).notes().get(id));
                    }

                    @Override
                    public void stepChanged(int step) {
                        heard.add("step " + step + " saved as " + read(store).step());
                    }

                    @Override
                    public void finishedChanged(boolean finished) {
                        heard.add("finished saved as " + read(store).finished());
                    }
                });

        quiz.setAnswer(at, question, choice(question, 1));
        quiz.setAnswer(
                at, question, choice(question, 1)); // the same again: nothing changed, nothing said
        quiz.setNote("r1", "my own words");
        quiz.setStep(1);
        quiz.setFinished(true);
        quiz.clearAnswer(at, question);

        assertThat(heard)
                .containsExactly(
                        "answer partner/" + question.id() + " saved as ANSWERED",
                        "note r1 saved as my own words",
                        "step 1 saved as 1",
                        "finished saved as true",
                        "answer partner/" + question.id() + " saved as NOT_REACHED");
        SoloSession saved = read(store);
        assertThat(saved.answers().parts().get("partner").get(question.id()).status())
                .isEqualTo(Answer.Status.NOT_REACHED);
        assertThat(saved.notes()).containsEntry("r1", "my own words");
        assertThat(saved.finished()).isTrue();
    }

    @Test
    void aSaveThatFailsIsToldAndTheAnswersStayUntilTheNextSaveWorks() {
        List<String> problems = new ArrayList<>();
        boolean[] diskFull = {true};
        List<Map<String, Answer>> written = new ArrayList<>();
        QuizSaver saver =
                new QuizSaver() {
                    @Override
                    public void save(Quiz quiz) throws IOException {
                        if (diskFull[0]) {
                            throw new IOException("No space left on device");
                        }
                        written.add(Map.copyOf(quiz.answers()));
                    }

                    @Override
                    public void delete() {}
                };
        Quiz quiz = new Quiz(BANK, null, "partner", "en", saver);
        quiz.addListener(
                new Quiz.Listener() {
                    @Override
                    public void saveProblemChanged(String problem) {
                        problems.add(String.valueOf(problem));
                    }
                });
        Step at = quiz.steps().get(0);
        List<Question> questions = quiz.questionsOf(at);

        quiz.setAnswer(at, questions.get(0), choice(questions.get(0), 0));
        quiz.setAnswer(at, questions.get(1), choice(questions.get(1), 0));
        assertThat(quiz.saveProblem()).isEqualTo("No space left on device");
        assertThat(written).isEmpty();
        diskFull[0] = false;
        quiz.setAnswer(at, questions.get(2), choice(questions.get(2), 0));

        assertThat(problems).containsExactly("No space left on device", "null");
        assertThat(quiz.saveProblem()).isNull();
        assertThat(written).hasSize(1);
        assertThat(written.get(0))
                .containsOnlyKeys(
                        "partner/" + questions.get(0).id(),
                        "partner/" + questions.get(1).id(),
                        "partner/" + questions.get(2).id());
    }

    @Test
    void aQuizWithoutASaverWritesNothingAndAResumedOneIsNotSavedAgainWhileRestoring()
            throws IOException {
        Quiz unsaved = new Quiz(BANK, null, "partner", "en", null);
        Step at = unsaved.steps().get(0);
        Question question = first(unsaved, at, QuestionType.SCALE);
        unsaved.setAnswer(at, question, choice(question, 2));
        unsaved.setStep(2);
        assertThat(unsaved.keepsProgress()).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }

        int[] saves = {0};
        Quiz resumed =
                Quiz.resume(
                        BANK,
                        unsaved.toSession(),
                        new QuizSaver() {
                            @Override
                            public void save(Quiz quiz) {
                                saves[0]++;
                            }

                            @Override
                            public void delete() {}
                        },
                        null);
        assertThat(saves[0]).isZero();
        assertThat(resumed.step()).isEqualTo(2);
        assertThat(resumed.answer(at, question)).isEqualTo(choice(question, 2));
        resumed.setStep(3);
        assertThat(saves[0]).isEqualTo(1);
    }

    @Test
    void deletingWhatWasSavedStopsSaving() throws IOException {
        SessionStore store = new SessionStore(folder);
        Quiz quiz = new Quiz(BANK, null, "partner", "en", sessionFile(store));
        quiz.setStep(1);
        assertThat(store.file()).exists();

        quiz.deleteSaved();
        quiz.setStep(2);

        assertThat(store.file()).doesNotExist();
    }
}
