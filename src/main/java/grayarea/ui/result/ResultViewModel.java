package grayarea.ui.result;

import grayarea.bank.AnswerSheet;
import grayarea.bank.Band;
import grayarea.bank.Dimension;
import grayarea.bank.Flag;
import grayarea.bank.GutCheck;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.bank.Reflection;
import grayarea.bank.Text;
import grayarea.report.HeadlineSteps;
import grayarea.report.PdfReport;
import grayarea.report.TextReport;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import grayarea.session.AppVersion;
import grayarea.session.AtomicFiles;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.HelpList;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import grayarea.session.Vault;
import grayarea.session.crypto.TherapistPublicKey;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.toolkit.BackgroundWork;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.HelpLines;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the result page shows, worked out once from the quiz's answers, and all its file work:
 * saving the result, the PDF, the file for a therapist (sealed or without private answers), and
 * deleting the session. Slow work (sealing, the PDF) runs through {@link BackgroundWork}; what came
 * of it is said in {@link #statusProperty()}.
 */
public final class ResultViewModel {

    /** A score in words and, where it is a share of the maximum, as a bar from 0 to 100. */
    public record ScoreLine(String label, String value, Double percent) {}

    /**
     * One step of "How this result came about" ({@link HeadlineSteps.Step}), and what it rests on:
     * answers as "question — answer", questions left unanswered, or a score (none for a step that
     * stands on its own).
     */
    public record Step(String text, List<String> answers) {

        public Step {
            answers = List.copyOf(answers);
        }
    }

    private final QuizState state;
    private final Texts texts;
    private final QuestionBank bank;
    private final AnswerSheet sheet;
    private final Result result;
    private final PartResult part;
    private final NumberFormat numbers;

    private final Set<TherapistPublicKey> checkedKeys;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private FilePicker files;
    private BackgroundWork background;
    private HelpPlace helpPlace = HelpPlace.system();

    /** A result page whose key checks last only as long as it does (a waiting room's, tests). */
    public ResultViewModel(QuizState state, Texts texts) {
        this(state, texts, new HashSet<>());
    }

    /**
     * The result page of the window: files are chosen with {@code files}, and sealing and PDFs run
     * in {@code background}.
     */
    public ResultViewModel(
            QuizState state,
            Texts texts,
            Set<TherapistPublicKey> checkedKeys,
            FilePicker files,
            BackgroundWork background) {
        this(state, texts, checkedKeys);
        this.files = files;
        this.background = background;
    }

    /**
     * @param checkedKeys the therapists' keys whose fingerprint the person compared and confirmed
     *     in this run of the app ({@link grayarea.ui.toolkit.AppContext#checkedKeys()}); kept in
     *     memory only (docs/decisions/0018)
     */
    public ResultViewModel(QuizState state, Texts texts, Set<TherapistPublicKey> checkedKeys) {
        this.checkedKeys = checkedKeys;
        this.state = state;
        this.texts = texts;
        this.bank = state.bank();
        this.sheet = state.toSheet();
        this.result = state.score();
        this.part = result.headline().orElse(null);
        // one decimal, as every report writes a score: a score of 24.6 is not "25" beside a band
        // that starts at 25
        this.numbers = NumberFormat.getNumberInstance(texts.locale());
        this.numbers.setMaximumFractionDigits(1);
    }

    public Result result() {
        return result;
    }

    public QuizState state() {
        return state;
    }

    public boolean safety() {
        return result.safety();
    }

    /** The calm messages of the safety flags raised. */
    public List<String> safetyMessages() {
        List<String> messages = new ArrayList<>();
        for (String id : result.flags()) {
            bank.flag(id)
                    .filter(Flag::safety)
                    .filter(f -> !f.message().isEmpty())
                    .ifPresent(f -> messages.add(t(f.message())));
        }
        return messages;
    }

    /**
     * The country whose help lines the page shows (asked before the first result page, and switched
     * on the page itself).
     */
    public HelpPlace helpPlace() {
        return helpPlace;
    }

    /** The window's own place: the remembered country, and a choice that is remembered. */
    public void useHelpPlace(HelpPlace place) {
        this.helpPlace = place;
    }

    private PracticeProfile practice() {
        return handOut().map(h -> h.handOut().practice()).orElse(null);
    }

    /** What the help lines are, for the chosen country, with the therapist's hand-out's own. */
    public HelpList helpList() {
        return HelpLines.list(bank, practice(), helpPlace.region());
    }

    /**
     * The help lines for the chosen country: the app's checked ones with their notes, the bank's
     * own, then those the therapist's hand-out adds (or, when the therapist replaced the app's
     * list, the emergency entry and theirs).
     */
    public List<String> resources() {
        return HelpLines.of(bank, practice(), state.language(), helpPlace.region());
    }

    /** "Help for: United Kingdom", or "Wherever you are:". */
    public String helpFor() {
        return HelpLines.place(bank, state.language(), helpPlace.region());
    }

    /**
     * "Not a diagnosis", in the app's neutral words, then the bank's own closing words when it has
     * some (such as what may help next): with a safety flag raised, only its {@code
     * resultFooterSafety}, since its usual footer may suggest talking together.
     */
    public String notDiagnosis() {
        String neutral = texts.get("result.notDiagnosis");
        Text footer = bank.texts().resultFooter(result.safety());
        return footer.isEmpty() ? neutral : neutral + " " + t(footer);
    }

    public Optional<String> resourcesNote() {
        String note = HelpLines.note(bank, practice(), state.language(), helpPlace.region());
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    /** The headline band, or empty when there is none or a safety flag withholds it. */
    public Optional<Band> band() {
        if (part == null || part.band() == null || bandWithheld()) {
            return Optional.empty();
        }
        return bank.primary().band(part.band());
    }

    /**
     * Whether a raised safety flag asks that no band be shown: the page then leads with the flag's
     * message and the help alone.
     */
    public boolean bandWithheld() {
        return result.bandWithheld(bank);
    }

    /** Whether too few of the answers the bank names were given to place the result in a band. */
    public boolean notEnoughAnswered() {
        return headline().map(h -> h.status() == Headline.Status.NOT_ENOUGH_ANSWERED).orElse(false);
    }

    private Optional<Headline> headline() {
        return part == null ? Optional.empty() : Optional.ofNullable(part.headline());
    }

    public String bandHeadline() {
        if (bandWithheld()) {
            return texts.get("result.band.withheld");
        }
        if (notEnoughAnswered()) {
            return texts.get("result.band.notEnough");
        }
        return band().map(b -> texts.get("result.band", t(b.label())))
                .orElse(texts.get("result.band.unavailable"));
    }

    public Optional<String> bandExplanation() {
        if (notEnoughAnswered() && !bandWithheld()) {
            return Optional.of(texts.get("result.band.notEnough.detail"));
        }
        // with a safety flag raised, no explanation that suggests talking together
        return band().filter(result::showsExplanation).map(b -> t(b.explanation()));
    }

    /**
     * How the headline came about, step by step in the order they apply, in the same words as the
     * reports ({@link HeadlineSteps}): whether enough was answered, the band rules that fired (or,
     * without a band, the answers that stand out), and the band of the score on its own with its
     * (rounded) number. Empty when a safety flag withholds the band, or when there is nothing to
     * explain beyond the band itself: no coverage rule, no band rule fired, no rounding.
     */
    public List<Step> howItCameAbout() {
        if (part == null || bandWithheld()) {
            return List.of();
        }
        // worded in the page's language, quoting the bank in the language it is shown in
        return new HeadlineSteps(bank, texts.locale().toLanguageTag(), state.language())
                .of(part).stream().map(s -> new Step(s.text(), s.lines())).toList();
    }

    /** A question and the labels of the options chosen, as "question — answer". */
    private String answerLine(String questionId, String optionIds) {
        Optional<Question> found = bank.question(questionId);
        if (found.isEmpty()) {
            return questionId;
        }
        Question question = found.get();
        if (question.type() == QuestionType.TEXT) {
            return texts.get(
                    "result.why.line", t(question.textFor(state.perspective())), optionIds);
        }
        List<String> labels = new ArrayList<>();
        for (String id : optionIds.split(",")) {
            question.option(id)
                    .ifPresent(
                            o ->
                                    labels.add(
                                            o.label().isEmpty()
                                                    ? texts.get("answer." + id)
                                                    : t(o.label())));
        }
        return texts.get(
                "result.why.line",
                t(question.textFor(state.perspective())),
                String.join("; ", labels));
    }

    /**
     * "About your situation": the answers to questions that are never scored (such as how long a
     * relationship has lasted), as "question — answer"; private and safety questions are never
     * among them. Empty when a safety flag withholds the band.
     */
    public List<String> context() {
        if (part == null || bandWithheld()) {
            return List.of();
        }
        return part.context().stream().map(c -> answerLine(c.question(), c.answer())).toList();
    }

    /**
     * Whether a question about safety was left unanswered: the person's own page says so gently,
     * never naming the question, with the help there is. Only here: never in a comparison or
     * anything a partner sees.
     */
    public boolean safetyUnanswered() {
        return !result.safetyUnanswered().isEmpty();
    }

    public List<ScoreLine> scores() {
        List<ScoreLine> lines = new ArrayList<>();
        if (part == null) {
            return lines;
        }
        for (Score score : part.scores()) {
            Dimension dimension = bank.dimension(score.dimension()).orElseThrow();
            boolean percent = dimension.formation() == Dimension.Formation.PERCENT_OF_MAX;
            String value;
            if (!score.computable()) {
                value = texts.get("result.scores.unavailable");
            } else if (percent) {
                value = texts.get("result.scores.percent", numbers.format(score.value()));
            } else {
                value = texts.get("result.scores.value", numbers.format(score.value()));
            }
            List<String> setAside = new ArrayList<>();
            if (score.notSure() > 0) {
                setAside.add(texts.get("result.scores.notSure", score.notSure()));
            }
            if (score.notApplicable() > 0) {
                setAside.add(texts.get("result.scores.notApplicable", score.notApplicable()));
            }
            if (!setAside.isEmpty()) {
                value = texts.get("result.scores.setAside", value, String.join(", ", setAside));
            }
            lines.add(
                    new ScoreLine(
                            t(dimension.label()),
                            value,
                            percent && score.computable() ? score.value() : null));
        }
        return lines;
    }

    /** The answers that moved the result most, as "question — answer". */
    public List<String> why() {
        List<String> lines = new ArrayList<>();
        if (part == null) {
            return lines;
        }
        for (WhyItem item : part.why()) {
            lines.add(answerLine(item.question(), item.answer()));
        }
        return lines;
    }

    /**
     * The reflection prompts of the result, in bank order, without the safety reflections that come
     * first beside the flag's message ({@link #safetyReflections()}).
     */
    public List<Reflection> reflections() {
        if (part == null) {
            return List.of();
        }
        List<String> chosen = result.otherReflections(bank, part);
        return bank.reflections().stream().filter(r -> chosen.contains(r.id())).toList();
    }

    /**
     * With a safety flag raised, the safety reflections chosen (their rule names a safety flag):
     * shown right after the flag's message, before the help lines and any score.
     */
    public List<Reflection> safetyReflections() {
        List<String> chosen = result.safetyReflections(bank);
        return bank.reflections().stream().filter(r -> chosen.contains(r.id())).toList();
    }

    public List<GutCheck> gutChecks() {
        return bank.gutChecks();
    }

    /** The boundary map in words, the same words as the printed report. */
    public List<String> boundaries() {
        TextReport words = new TextReport(bank, state.language());
        return result.boundaries().stream().map(words::boundaryLine).toList();
    }

    public String t(Text text) {
        return text.in(state.language());
    }

    /**
     * Saves the result file with the answers and private notes. It is not sealed, so private
     * answers and safety flags are left out (docs/formats.md).
     */
    public void saveResult(Path file) throws IOException {
        ResultFile.save(
                file,
                ResultFile.withoutPrivate(
                        bank,
                        new ResultFile.Contents(
                                AppVersion.get(),
                                Instant.now(),
                                null,
                                result,
                                sheet,
                                state.notes(),
                                true)));
    }

    private Path waitingRoomFile;
    private String waitingRoomProblem;
    private boolean waitingRoom;

    /**
     * In a waiting room the result was saved for the therapist already: where, or what went wrong.
     */
    public void inWaitingRoom(Path savedTo, String problem) {
        waitingRoom = true;
        waitingRoomFile = savedTo;
        waitingRoomProblem = problem;
    }

    public boolean waitingRoom() {
        return waitingRoom;
    }

    /** What the client is told about the saved result in a waiting room. */
    public String waitingRoomMessage(String therapist) {
        return waitingRoomFile != null
                ? texts.get("result.waitingRoom.saved", therapist)
                : waitingRoomProblem;
    }

    /** The therapist's hand-out the quiz came from, if any. */
    public Optional<HandOutFile.Opened> handOut() {
        return state.handOut();
    }

    /** Whether the hand-out says the client sees a thank-you instead of the result. */
    public boolean thankYouOnly() {
        return handOut()
                .map(h -> h.handOut().clientSees() == HandOut.ClientSees.THANK_YOU)
                .orElse(false);
    }

    /**
     * Saves the file the client chose on the result page: sealed for the hand-out's key (only once
     * its fingerprint was confirmed, {@link #keyMatches()}), or plain without private answers and
     * safety flags.
     */
    public void saveForTherapist(Path file, boolean sealed) throws IOException {
        saveForTherapist(file, sealed, new LinkedHashMap<>(state.notes()));
    }

    /** The same with the notes copied on the FX thread: safe to run in the background. */
    private void saveForTherapist(Path file, boolean sealed, Map<String, String> notes)
            throws IOException {
        if (sealed && !keyChecked()) {
            throw new IllegalStateException(
                    "a result is sealed only for a key whose fingerprint was checked");
        }
        String code = handOut().map(h -> h.handOut().clientCode()).orElse(null);
        ResultFile.Contents full =
                new ResultFile.Contents(
                        AppVersion.get(), Instant.now(), code, result, sheet, notes, true);
        AtomicFiles.write(
                file,
                ResultFile.forTherapist(bank, full, sealed ? therapistKey() : Optional.empty()));
    }

    /** The key in the hand-out, if it has one: what a sealed result is sealed for. */
    public Optional<TherapistPublicKey> therapistKey() {
        return handOut().flatMap(h -> h.handOut().publicKey());
    }

    /**
     * The fingerprint of the hand-out's key, as the therapist's profile page shows it, or empty.
     */
    public Optional<String> fingerprint() {
        return therapistKey().map(TherapistPublicKey::fingerprint);
    }

    /**
     * Whether the person compared the hand-out key's fingerprint with the therapist's own and said
     * they match, in this run of the app: until then "Save for …" asks first.
     */
    public boolean keyChecked() {
        return therapistKey().map(checkedKeys::contains).orElse(false);
    }

    /**
     * The person says the fingerprints match: sealed saves for this key no longer ask, until the
     * app closes.
     */
    public void keyMatches() {
        therapistKey().ifPresent(checkedKeys::add);
    }

    /**
     * The same, kept by the app (a waiting room's results): sealed for the therapist when the
     * hand-out has their key, otherwise without anything private and encrypted when a passphrase is
     * set.
     */
    public void saveForTherapist(Path file, Vault vault) throws IOException {
        String code = handOut().map(h -> h.handOut().clientCode()).orElse(null);
        ResultFile.Contents full =
                new ResultFile.Contents(
                        AppVersion.get(), Instant.now(), code, result, sheet, state.notes(), true);
        var key = handOut().flatMap(h -> h.handOut().publicKey());
        byte[] bytes = ResultFile.forTherapist(bank, full, key);
        if (key.isPresent()) {
            AtomicFiles.write(file, bytes);
        } else {
            vault.write(file, bytes);
        }
    }

    /** Whether the file for the therapist is sealed with their key (and so keeps everything). */
    public boolean sealsForTherapist() {
        return handOut().flatMap(h -> h.handOut().publicKey()).isPresent();
    }

    /**
     * A file name for the therapist's copy, such as "result-C-0412-2026-11-28.json" (".sealed" when
     * sealed).
     */
    public String therapistFileName(boolean sealed) {
        String code = handOut().map(h -> h.handOut().clientCode()).orElse(null);
        return "result-"
                + (code == null ? "" : code.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-")
                + LocalDate.now()
                + (sealed ? ResultFile.SEALED_EXTENSION : ".json");
    }

    /** Saves the printable report as a PDF. */
    public void savePdf(Path file) throws IOException {
        savePdf(file, state.language(), new LinkedHashMap<>(state.notes()));
    }

    /** The same with what it reads of the state copied on the FX thread: safe in the background. */
    private void savePdf(Path file, String language, Map<String, String> notes) throws IOException {
        TextReport report = new TextReport(bank, language, helpList());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport().write(report.blocks(sheet, result, notes), t(bank.about().title()), pdf);
        AtomicFiles.write(file, pdf.toByteArray());
    }

    /** The report as text, for printing. */
    public String printableText() {
        return new TextReport(bank, state.language(), helpList())
                .render(sheet, result, state.notes());
    }

    public String suggestedName(String extension) {
        return "result." + extension;
    }

    /** What the last action came to ("Saved to …", a problem), empty before any. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void say(String message) {
        status.set(message);
    }

    /** The therapist named in the hand-out, or empty. */
    public String therapistName() {
        return handOut().map(h -> h.handOut().practice().therapistName()).orElse("");
    }

    /** "Save result…": asks where, then saves the result file (without private answers). */
    public void saveResultAsked() {
        files.save(
                        new FilePicker.Request(
                                texts.get("result.save.dialog"),
                                texts.get("result.save.filter"),
                                "json",
                                suggestedName("json")))
                .ifPresent(
                        path -> {
                            try {
                                saveResult(path);
                                say(texts.get("result.save.done", path));
                            } catch (IOException ex) {
                                say(texts.get("result.save.failed", ProblemWords.of(texts, ex)));
                            }
                        });
    }

    /** No printer: asks where, then writes the PDF in the background. */
    public void savePdfAsked() {
        say(texts.get("result.print.noPrinter"));
        files.save(
                        new FilePicker.Request(
                                texts.get("result.print.pdfDialog"),
                                texts.get("result.print.pdfFilter"),
                                "pdf",
                                suggestedName("pdf")))
                .ifPresent(
                        path -> {
                            // copied on the FX thread: the state's maps are JavaFX ones
                            String language = state.language();
                            Map<String, String> notes = new LinkedHashMap<>(state.notes());
                            background.run(
                                    texts.get("result.print.busy"),
                                    () -> {
                                        savePdf(path, language, notes);
                                        return path;
                                    },
                                    done -> say(texts.get("result.print.done", done)),
                                    ex ->
                                            say(
                                                    texts.get(
                                                            "result.print.failed",
                                                            ProblemWords.of(texts, ex))));
                        });
    }

    /** The printer took the page. */
    public void printed() {
        say(texts.get("result.print.sent"));
    }

    /**
     * "Save for …": asks where, then saves the file for the therapist, sealed (in the background)
     * or without private answers.
     */
    public void saveForTherapistAsked(boolean sealed) {
        String therapist = therapistName();
        files.save(
                        new FilePicker.Request(
                                texts.get("result.forTherapist.dialog"),
                                texts.get(
                                        sealed
                                                ? "result.forTherapist.filter.sealed"
                                                : "result.save.filter"),
                                sealed ? "sealed" : "json",
                                therapistFileName(sealed)))
                .ifPresent(
                        path -> {
                            String done =
                                    texts.get(
                                            sealed
                                                    ? "result.forTherapist.done.sealed"
                                                    : sealsForTherapist()
                                                            ? "result.forTherapist.done.withoutPrivate"
                                                            : "result.forTherapist.done",
                                            path,
                                            therapist);
                            if (!sealed) {
                                try {
                                    saveForTherapist(path, false);
                                    say(done);
                                } catch (IOException ex) {
                                    say(
                                            texts.get(
                                                    "result.save.failed",
                                                    ProblemWords.of(texts, ex)));
                                }
                                return;
                            }
                            // copied on the FX thread: the state's maps are JavaFX ones
                            Map<String, String> notes = new LinkedHashMap<>(state.notes());
                            background.run(
                                    texts.get("result.forTherapist.busy"),
                                    () -> {
                                        saveForTherapist(path, true, notes);
                                        return path;
                                    },
                                    saved -> say(done),
                                    ex ->
                                            say(
                                                    texts.get(
                                                            "result.save.failed",
                                                            ProblemWords.of(texts, ex))));
                        });
    }

    /**
     * Deletes what was saved of this session; false, with the problem said, when it could not be.
     */
    public boolean deleteSaved() {
        try {
            state.deleteSaved();
            return true;
        } catch (IOException ex) {
            say(texts.get("result.save.failed", ProblemWords.of(texts, ex)));
            return false;
        }
    }

    /** The question before "Start over" lets go of the answers, in this page's words. */
    public String startOverDetail(boolean thankYou) {
        return thankYou
                ? texts.get(
                        state.keepsProgress()
                                ? "result.startOver.confirm.detail.thankYou"
                                : "result.startOver.confirm.detail.thankYou.private",
                        therapistName())
                : texts.get(
                        state.keepsProgress()
                                ? "result.startOver.confirm.detail"
                                : "result.startOver.confirm.detail.private");
    }

    /** The question before "Delete this session now". */
    public String deleteDetail() {
        return texts.get(
                state.keepsProgress()
                        ? "result.safety.confirm.detail"
                        : "result.safety.confirm.detail.private");
    }

    /** A reflection prompt's private note so far. */
    public String note(Reflection reflection) {
        return state.notes().getOrDefault(reflection.id(), "");
    }

    /**
     * Writes (a blank text removes) the private note to a reflection prompt; it is saved at once.
     */
    public void setNote(Reflection reflection, String text) {
        if (text.isBlank()) {
            state.notes().remove(reflection.id());
        } else {
            state.notes().put(reflection.id(), text);
        }
    }
}
