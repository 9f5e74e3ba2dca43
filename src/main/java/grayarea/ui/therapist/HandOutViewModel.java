package grayarea.ui.therapist;

import grayarea.bank.BankLoader;
import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import grayarea.session.AtomicFiles;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.TherapistKeyStore;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The hand-out page's state: which bank (built in, or the therapist's own file, kept whole), whose
 * behaviour the client thinks about, which sections (those that can raise a safety flag always), an
 * optional client code, and what the client sees at the end. Saving needs a practice profile.
 */
final class HandOutViewModel {

    /** A section to ask or leave out; one that can raise a safety flag is always asked. */
    record SectionChoice(Section section, BooleanProperty chosen, boolean alwaysAsked) {}

    private final TherapistFlow flow;
    private final ReadOnlyObjectWrapper<QuestionBank> bank = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> bankFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Problem>> bankProblems =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<SectionChoice>> sections =
            new ReadOnlyObjectWrapper<>(List.of());
    private String bankText;

    /** The perspective asked, or null to let the client choose. */
    final ObjectProperty<String> perspective = new SimpleObjectProperty<>();

    final Checked sectionsChosen = new Checked();
    final Checked.Text clientCode = new Checked.Text(HandOut.MAX_CLIENT_CODE, null);
    final ObjectProperty<HandOut.ClientSees> clientSees =
            new SimpleObjectProperty<>(HandOut.ClientSees.RESULT);
    private final ReadOnlyObjectWrapper<Checked> firstInvalid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();

    HandOutViewModel(TherapistFlow flow) {
        this.flow = flow;
        useBank(BankLoader.defaultBank(), null, null);
    }

    /** Whether there is a practice profile to put in the hand-out. */
    boolean ready() {
        return flow.profile().isPresent();
    }

    String language() {
        return flow.texts().language();
    }

    ReadOnlyObjectProperty<QuestionBank> bankProperty() {
        return bank.getReadOnlyProperty();
    }

    /** The therapist's own bank file, or null for the built-in questions. */
    ReadOnlyObjectProperty<Path> bankFileProperty() {
        return bankFile.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Problem>> bankProblemsProperty() {
        return bankProblems.getReadOnlyProperty();
    }

    /** The bank's sections, each to ask or not; all asked at first. */
    ReadOnlyObjectProperty<List<SectionChoice>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Checked> firstInvalidProperty() {
        return firstInvalid.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens the therapist's own bank; it goes into the hand-out whole, as it is in the file. */
    boolean openBank(Path path) {
        try {
            // never opened unless a regular file (a pipe would hang the window), and never read
            // past the limit
            JsonDocument.requireRegularFile(path);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) JsonDocument.Limits.DEFAULT.maxBytes() + 1);
            }
            // the loader reads strict UTF-8, so a bank it accepts is that text exactly
            QuestionBank opened = BankLoader.load(path.toString(), bytes);
            flow.addOwnBank(opened);
            useBank(opened, new String(bytes, StandardCharsets.UTF_8), path.toAbsolutePath());
            return true;
        } catch (ProblemsException e) {
            bankProblems.set(e.problems());
        } catch (IOException e) {
            bankProblems.set(
                    List.of(
                            Problem.atStart(
                                    path.toString(),
                                    grayarea.bank.Message.of(
                                            "json.unreadable", String.valueOf(e.getMessage())))));
        }
        return false;
    }

    void useBuiltIn() {
        useBank(BankLoader.defaultBank(), null, null);
    }

    private void useBank(QuestionBank chosen, String text, Path file) {
        bankText = text;
        bankProblems.set(List.of());
        bankFile.set(file);
        if (perspective.get() != null && chosen.perspective(perspective.get()).isEmpty()) {
            perspective.set(null);
        }
        List<SectionChoice> choices = new ArrayList<>();
        for (Section section : chosen.sections()) {
            choices.add(
                    new SectionChoice(
                            section,
                            new SimpleBooleanProperty(true),
                            HandOut.holdsSafetyQuestion(section)));
        }
        bank.set(chosen);
        sections.set(choices);
    }

    /** A file name that says which client the hand-out is for, such as client-C-0412.grayarea. */
    String suggestedName() {
        String code = clientCode.value();
        if (code == null || !HandOutFile.acceptsClientCode(code)) {
            return "hand-out" + HandOut.EXTENSION;
        }
        return "client-" + code.replace(' ', '-') + HandOut.EXTENSION;
    }

    /**
     * Checks the choices; true when a hand-out can be made of them, else the first problem gets the
     * focus.
     */
    boolean check() {
        boolean anyChosen =
                sections.get().stream().anyMatch(c -> !c.alwaysAsked() && c.chosen().get())
                        || sections.get().stream().allMatch(SectionChoice::alwaysAsked);
        sectionsChosen.setError(anyChosen ? null : new Message("therapist.handout.sections.none"));
        if (clientCode.check()
                && clientCode.value() != null
                && !HandOutFile.acceptsClientCode(clientCode.value())) {
            clientCode.setError(new Message("therapist.handout.code.invalid"));
        }
        Checked bad = !sectionsChosen.ok() ? sectionsChosen : !clientCode.ok() ? clientCode : null;
        if (bad != null) {
            status.set(null);
            firstInvalid.set(null);
            firstInvalid.set(bad);
        }
        return bad == null && ready();
    }

    /** The hand-out as chosen; every section asked is named, or none when all are. */
    HandOut handOut() {
        List<String> chosen =
                sections.get().stream()
                        .filter(c -> c.alwaysAsked() || c.chosen().get())
                        .map(c -> c.section().id())
                        .toList();
        List<String> asked = chosen.size() == sections.get().size() ? List.of() : chosen;
        return new HandOut(
                bank.get().ref(),
                bankText,
                perspective.get(),
                asked,
                clientCode.value(),
                clientSees.get(),
                flow.profile().orElseThrow(),
                new TherapistKeyStore(flow.context().dataFolder())
                        .publicKey()
                        .map(TherapistPublicKey::text)
                        .orElse(null),
                Instant.now());
    }

    /**
     * Writes the hand-out file (a name without the .grayarea ending gets it), after reading it back
     * as the client's app will, so a file that would not open is never handed out.
     */
    void save(Path chosen) {
        if (!check()) {
            return;
        }
        Path path =
                chosen.getFileName().toString().endsWith(HandOut.EXTENSION)
                        ? chosen
                        : chosen.resolveSibling(chosen.getFileName() + HandOut.EXTENSION);
        try {
            byte[] bytes = HandOutFile.toJson(handOut()).getBytes(StandardCharsets.UTF_8);
            HandOutFile.read(path, JsonDocument.read(path.toString(), bytes));
            AtomicFiles.write(path, bytes);
            status.set(new Message("therapist.handout.saved", path));
        } catch (ProblemsException e) {
            status.set(new Message("therapist.handout.saveFailed", e.problems().get(0).message()));
        } catch (IOException e) {
            status.set(new Message("therapist.handout.saveFailed", e.getMessage()));
        }
    }

    void showProfile() {
        flow.showProfile();
    }

    void back() {
        flow.showHome();
    }
}
