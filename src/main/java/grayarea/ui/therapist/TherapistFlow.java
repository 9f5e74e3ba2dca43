package grayarea.ui.therapist;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The therapist's side of the app: a home page, the practice profile, making a hand-out, the client
 * results with each client's report, and the way into the waiting room. The profile is read from
 * the data folder once; the results opened stay open while the therapist moves between these pages.
 */
public final class TherapistFlow {

    private final AppContext context;
    private final Consumer<Supplier<Node>> show;
    private final Consumer<String> leave;
    private final Runnable waitingRoom;
    private final PracticeProfileStore store;
    private final List<QuestionBank> ownBanks = new ArrayList<>();
    private PracticeProfile profile;
    private List<Problem> profileProblems = List.of();
    private ResultsViewModel results;
    private BankCatalog catalog;

    /**
     * @param show puts a page in the window
     * @param leave goes back to the welcome page, with an optional message
     * @param waitingRoom opens the waiting room's setup
     */
    public TherapistFlow(
            AppContext context,
            Consumer<Supplier<Node>> show,
            Consumer<String> leave,
            Runnable waitingRoom) {
        this.context = context;
        this.show = show;
        this.leave = leave;
        this.waitingRoom = waitingRoom;
        this.store = new PracticeProfileStore(context.dataFolder());
        try {
            profile = store.load().orElse(null);
        } catch (ProblemsException e) {
            profileProblems = e.problems();
        }
    }

    public void start() {
        showHome();
    }

    AppContext context() {
        return context;
    }

    Texts texts() {
        return context.texts();
    }

    PracticeProfileStore store() {
        return store;
    }

    /**
     * The practice profile in use: saved, or given for this private session; empty when there is
     * none yet.
     */
    Optional<PracticeProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * The problems of a profile.json that could not be read; empty when it was read or is not
     * there.
     */
    List<Problem> profileProblems() {
        return profileProblems;
    }

    /**
     * The profile now in use, saved or kept for this session; a damaged file is damaged no longer.
     */
    void useProfile(PracticeProfile changed) {
        profile = changed;
        profileProblems = List.of();
    }

    /** A bank the therapist opened from a file, known from now on in this session. */
    synchronized void addOwnBank(QuestionBank bank) {
        ownBanks.removeIf(b -> b.ref().equals(bank.ref()));
        ownBanks.add(bank);
    }

    /**
     * The bank of a ref: built into the app, or one the therapist opened this session. Also asked
     * from background work (reading result files), hence synchronized.
     */
    synchronized Optional<QuestionBank> bank(BankRef ref) {
        if (catalog == null) {
            catalog = BankCatalog.bundled();
        }
        Optional<QuestionBank> bundled = catalog.find(ref);
        return bundled.isPresent()
                ? bundled
                : ownBanks.stream().filter(b -> b.ref().equals(ref)).findFirst();
    }

    void showHome() {
        HomeViewModel model = new HomeViewModel(this);
        show.accept(() -> new HomeView(model, texts()).node());
    }

    void showProfile() {
        ProfileViewModel model = new ProfileViewModel(this);
        SealingKeyBoxModel key = new SealingKeyBoxModel(context);
        show.accept(
                () ->
                        new ProfileView(
                                        model,
                                        texts(),
                                        new SealingKeyBox(key, texts(), context.filePicker()))
                                .node());
    }

    void showHandOut() {
        HandOutViewModel model = new HandOutViewModel(this);
        show.accept(() -> new HandOutView(model, texts(), context.filePicker()).node());
    }

    void showResults() {
        if (results == null) {
            results = new ResultsViewModel(this);
        }
        show.accept(() -> new ResultsView(results, texts(), context.filePicker()).node());
    }

    void showReport(ReportViewModel model) {
        show.accept(() -> new ReportView(model, texts(), context.filePicker()).node());
    }

    void showWaitingRoom() {
        waitingRoom.run();
    }

    void leave() {
        leave.accept(null);
    }
}
