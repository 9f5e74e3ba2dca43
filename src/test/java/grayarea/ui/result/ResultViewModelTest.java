package grayarea.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Answer;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import grayarea.quiz.Step;
import grayarea.session.ResultFile;
import grayarea.session.SessionStore;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.quiz.SoloStore;
import grayarea.ui.toolkit.BackgroundWork;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The result page's view model without a window: what it says, and what the files it writes hold.
 */
class ResultViewModelTest {

    private static final QuestionBank BANK = BankLoader.defaultBank();
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    @TempDir Path folder;

    private final List<FilePicker.Request> asked = new ArrayList<>();

    /**
     * Answers every shown question with its first option (or some words), saving to session.json.
     */
    private QuizState answered(SessionStore store) {
        QuizState state = new QuizState(BANK, null, "partner", "en", new SoloStore(store));
        for (Step step : state.steps()) {
            for (Question question : state.questionsOf(step)) {
                if (!state.isShown(step, question)) {
                    continue;
                }
                switch (question.type()) {
                    case TEXT ->
                            state.setAnswer(
                                    step,
                                    question,
                                    Answer.answered(new AnswerValue.FreeText("words")));
                    case CHECKLIST ->
                            state.setAnswer(
                                    step,
                                    question,
                                    Answer.answered(new AnswerValue.Choices(List.of())));
                    case BOUNDARY ->
                            state.setAnswer(
                                    step,
                                    question,
                                    Answer.answered(
                                            new AnswerValue.BoundaryRating(
                                                    AnswerValue.Rating.FINE,
                                                    AnswerValue.Rating.FINE)));
                    default ->
                            state.setAnswer(
                                    step,
                                    question,
                                    Answer.answered(
                                            new AnswerValue.Choice(
                                                    question.options().get(0).id())));
                }
            }
        }
        return state;
    }

    private ResultViewModel model(QuizState state, Path picked) {
        return model(
                state,
                picked,
                new BackgroundWork(
                        work -> {
                            throw new AssertionError("no background work expected");
                        }));
    }

    private ResultViewModel model(QuizState state, Path picked, BackgroundWork background) {
        FilePicker files =
                new FilePicker() {
                    @Override
                    public Optional<Path> open(Request request) {
                        asked.add(request);
                        return Optional.ofNullable(picked);
                    }

                    @Override
                    public Optional<Path> save(Request request) {
                        asked.add(request);
                        return Optional.ofNullable(picked);
                    }
                };
        // nothing here runs in the background: a test that did would wait on the window's thread
        return new ResultViewModel(state, TEXTS, new HashSet<>(), files, background);
    }

    /**
     * The PDF holds the notes as they were when it was asked for: they are copied on the window's
     * thread, and the background work never reads the session's JavaFX maps.
     */
    @Test
    void thePdfHoldsTheNotesAsTheyWereWhenItWasAskedFor() throws Exception {
        // the work is a JavaFX Task: it tells its state through the toolkit
        FxToolkit.registerPrimaryStage();
        Path pdf = folder.resolve("report.pdf");
        List<Runnable> held = new ArrayList<>();
        ResultViewModel model =
                model(
                        answered(new SessionStore(folder.resolve("data"))),
                        pdf,
                        new BackgroundWork(held::add));
        Reflection reflection = model.reflections().get(0);
        model.setNote(reflection, "Sunday walks");

        model.savePdfAsked();
        assertThat(held).hasSize(1);
        model.setNote(reflection, "Monday rain");
        held.get(0).run();

        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Sunday walks")
                    .doesNotContain("Monday rain");
        }
    }

    @Test
    void savingTheResultAsksWhereWritesTheFileAndSaysSo() throws Exception {
        Path file = folder.resolve("mine.json");
        ResultViewModel model = model(answered(new SessionStore(folder.resolve("data"))), file);
        assertThat(model.statusProperty().get()).isEmpty();

        model.saveResultAsked();

        assertThat(asked)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.suggestedName()).isEqualTo("result.json");
                            assertThat(r.extension()).isEqualTo("json");
                        });
        assertThat(model.statusProperty().get()).isEqualTo("Saved to " + file + ".");
        assertThat(ResultFile.read(file).complete()).as("without private answers").isFalse();
    }

    @Test
    void cancellingTheFileDialogWritesAndSaysNothing() throws IOException {
        ResultViewModel model = model(answered(new SessionStore(folder.resolve("data"))), null);
        model.saveResultAsked();
        model.saveForTherapistAsked(false);
        assertThat(asked).hasSize(2);
        assertThat(model.statusProperty().get()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("data");
        }
    }

    @Test
    void aProblemSavingIsSaidInWordsAndTheNoteIsKeptInTheSession() throws IOException {
        SessionStore store = new SessionStore(folder.resolve("data"));
        Path inTheWay = Files.createDirectories(folder.resolve("taken.json").resolve("inside"));
        ResultViewModel model = model(answered(store), inTheWay.getParent());
        model.saveResultAsked();
        assertThat(model.statusProperty().get()).startsWith("The result could not be saved: ");

        Reflection reflection = model.reflections().get(0);
        model.setNote(reflection, "Sunday");
        assertThat(Files.readString(store.file())).contains("Sunday");
        assertThat(model.note(reflection)).isEqualTo("Sunday");
        model.setNote(reflection, "  ");
        assertThat(model.note(reflection)).isEmpty();
        assertThat(Files.readString(store.file())).doesNotContain("Sunday");
    }

    @Test
    void startingOverDeletesTheSavedSessionAndTheQuestionSaysWhatIsLost() throws IOException {
        SessionStore store = new SessionStore(folder.resolve("data"));
        ResultViewModel model = model(answered(store), null);
        assertThat(model.startOverDetail(false))
                .isEqualTo(TEXTS.get("result.startOver.confirm.detail"));
        assertThat(store.file()).exists();

        assertThat(model.deleteSaved()).isTrue();

        assertThat(store.file()).doesNotExist();
        ResultViewModel unsaved = model(new QuizState(BANK, null, "partner", "en", null), null);
        assertThat(unsaved.startOverDetail(false))
                .isEqualTo(TEXTS.get("result.startOver.confirm.detail.private"));
        assertThat(unsaved.deleteDetail())
                .isEqualTo(TEXTS.get("result.safety.confirm.detail.private"));
    }
}
