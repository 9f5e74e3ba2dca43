package grayarea.ui.couple;

import grayarea.bank.ProblemsException;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.ProblemWords;
import grayarea.ui.toolkit.Texts;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Partners on two computers: the turn just taken is exported as a file (only what was shared, or,
 * after a safety flag, only a neutral marker), and the partner's file is opened to compare. Both
 * run in the background. The comparison page offers the same export ({@link #exportTurn}).
 */
final class ApartViewModel implements CoupleParts.CoupleHelp {

    private final CoupleFlow flow;
    private final HelpPlace helpPlace;
    private final boolean safety;
    private final Texts texts;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper todo = new ReadOnlyStringWrapper("");

    ApartViewModel(CoupleFlow flow, boolean safety) {
        this.flow = flow;
        this.safety = safety;
        this.texts = flow.context().texts();
        this.helpPlace = HelpPlace.of(flow.context());
        showTodo();
    }

    Texts texts() {
        return texts;
    }

    String title() {
        return texts.get("couple.done.title", flow.session().partner(0).name());
    }

    /** Whether help is offered in private: an answer of this turn raised a safety flag. */
    boolean safety() {
        return safety;
    }

    /** The country whose help lines this page shows, and whether its chooser is open. */
    @Override
    public HelpPlace helpPlace() {
        return helpPlace;
    }

    @Override
    public CoupleFlow flow() {
        return flow;
    }

    /** What remains to be done, in words: export (unless done), then open the partner's turn. */
    ReadOnlyStringProperty todoProperty() {
        return todo.getReadOnlyProperty();
    }

    /** What the last export or opening came to; empty before any. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void showTodo() {
        todo.set(
                texts.get(
                        flow.keeper().turnExported()
                                ? "couple.apart.todo.open"
                                : "couple.apart.todo.export"));
    }

    /**
     * Where to export this computer's turn: the name offered is the partner's own, never the app's.
     */
    FilePicker.Request exportRequest() {
        return exportRequest(flow);
    }

    static FilePicker.Request exportRequest(CoupleFlow flow) {
        Texts texts = flow.context().texts();
        String name =
                flow.session()
                        .partner(0)
                        .name()
                        .replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                        .replaceAll("^-+|-+$", "");
        return new FilePicker.Request(
                texts.get("couple.apart.export"),
                texts.get("couple.apart.filter"),
                "json",
                texts.get("couple.apart.fileName", name.isEmpty() ? "1" : name));
    }

    /** Exports the turn to {@code path} in the background, then says how it went. */
    void exportTurn(Path path) {
        exportTurn(flow, path, status::set, this::showTodo);
    }

    /**
     * Exports this computer's turn in the background; says how it went, and runs {@code exported}
     * once it is out (the page then says what is left to do).
     */
    static void exportTurn(CoupleFlow flow, Path path, Consumer<String> say, Runnable exported) {
        Texts texts = flow.context().texts();
        flow.context()
                .background()
                .run(
                        texts.get("couple.busy.export"),
                        () -> {
                            flow.keeper().exportTurn(path);
                            return path;
                        },
                        out -> {
                            say.accept(texts.get("couple.apart.exported", out));
                            exported.run();
                        },
                        failed ->
                                say.accept(
                                        texts.get(
                                                "result.save.failed",
                                                ProblemWords.of(texts, failed))));
    }

    /** The partner's file opened before this turn, compared with it at once; null if none. */
    Path knownPartnerFile() {
        return flow.partnerTurnFile();
    }

    /** The opening button's words: open a file, or compare with the one at hand. */
    String openText() {
        return knownPartnerFile() == null
                ? texts.get("couple.apart.open")
                : texts.get("couple.partnerTurn.compare", flow.partnerTurnName());
    }

    /**
     * "Open my partner's turn": compared at once with the partner's file when it was opened before
     * this turn, otherwise with the file the person picks.
     */
    void openAsked(FilePicker files) {
        Path known = knownPartnerFile();
        if (known != null) {
            compareWith(known);
        } else {
            files.open(openRequest()).ifPresent(this::compareWith);
        }
    }

    FilePicker.Request openRequest() {
        return new FilePicker.Request(
                texts.get("couple.apart.open"), texts.get("couple.apart.filter"), "json", null);
    }

    /**
     * Reads the partner's turn file in the background, and shows the comparison, or says why not.
     */
    void compareWith(Path path) {
        flow.context()
                .background()
                .run(
                        texts.get("couple.busy.read"),
                        () -> flow.keeper().open(path),
                        opened -> {
                            if (opened instanceof CoupleSessionKeeper.Opened.Theirs theirs) {
                                flow.showComparison(
                                        theirs.mine(),
                                        theirs.theirs(),
                                        theirs.name() == null
                                                ? texts.get("couple.apart.partner")
                                                : theirs.name());
                            } else {
                                status.set(texts.get("couple.apart.ownTurn"));
                            }
                        },
                        failed ->
                                status.set(
                                        failed instanceof ProblemsException problems
                                                ? problems.problems().get(0).in(texts.locale())
                                                : texts.get(
                                                        "couple.apart.readFailed",
                                                        ProblemWords.of(texts, failed))));
    }
}
