package grayarea.ui.therapist;

import grayarea.bank.Problem;
import grayarea.session.PracticeProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The practice profile page's state: the therapist's name (required), practice, contact, a note to
 * clients and a few local help resources; checked here, each problem said at its field. Save writes
 * profile.json, except in a private session, where the profile is used for the session only. A
 * profile.json that could not be read is replaced only when the therapist ticks that it may be.
 */
final class ProfileViewModel {

    /** A help resource being filled in: a name and a way to reach it, with optional notes. */
    static final class Resource {
        final Checked.Text name = new Checked.Text(PracticeProfile.MAX_NAME, null);
        final Checked.Text contact = new Checked.Text(PracticeProfile.MAX_CONTACT, null);
        final Checked.Text notes = new Checked.Text(PracticeProfile.MAX_CONTACT, null);

        boolean blank() {
            return name.value() == null && contact.value() == null && notes.value() == null;
        }
    }

    private final TherapistFlow flow;
    final Checked.Text name =
            new Checked.Text(PracticeProfile.MAX_NAME, "therapist.profile.name.required");
    final Checked.Text practice = new Checked.Text(PracticeProfile.MAX_NAME, null);
    final Checked.Text contact = new Checked.Text(PracticeProfile.MAX_CONTACT, null);
    final Checked.Text note = new Checked.Text(PracticeProfile.MAX_NOTE, null);
    final ObservableList<Resource> resources = FXCollections.observableArrayList();
    final Checked.Confirmation replace = new Checked.Confirmation();

    /** "Replace the app's list for my clients": they then see only these, after emergency help. */
    final BooleanProperty replacesAppHelp = new SimpleBooleanProperty();

    private final ReadOnlyObjectWrapper<Checked> firstInvalid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper damaged = new ReadOnlyBooleanWrapper();

    ProfileViewModel(TherapistFlow flow) {
        this.flow = flow;
        damaged.set(!flow.profileProblems().isEmpty());
        flow.profile()
                .ifPresent(
                        p -> {
                            name.text.set(p.therapistName());
                            practice.text.set(orEmpty(p.practice()));
                            contact.text.set(orEmpty(p.contact()));
                            note.text.set(orEmpty(p.noteToClients()));
                            replacesAppHelp.set(p.replacesAppHelp());
                            for (PracticeProfile.LocalResource r : p.resources()) {
                                Resource resource = new Resource();
                                resource.name.text.set(r.name());
                                resource.contact.text.set(r.contact());
                                resource.notes.text.set(orEmpty(r.notes()));
                                resources.add(resource);
                            }
                        });
    }

    /** Whether Save writes the profile to this computer (false in a private session). */
    boolean keeps() {
        return flow.context().keepsProgress();
    }

    /** Whether the saved profile could not be read (until a new one replaces it). */
    ReadOnlyBooleanProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** The problems of the saved profile that could not be read. */
    List<Problem> problems() {
        return flow.profileProblems();
    }

    String file() {
        return flow.store().file().toString();
    }

    /** The first field found wrong by the last Save, for the view to move the focus to. */
    ReadOnlyObjectProperty<Checked> firstInvalidProperty() {
        return firstInvalid.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    boolean canAddResource() {
        return resources.size() < PracticeProfile.MAX_RESOURCES;
    }

    void addResource() {
        if (canAddResource()) {
            resources.add(new Resource());
        }
    }

    void removeResource(Resource resource) {
        resources.remove(resource);
    }

    /**
     * Checks every field, then saves (or, in a private session, uses) the profile; false when
     * something is wrong.
     */
    boolean save() {
        List<Checked> checked = new ArrayList<>();
        if (damaged.get()) {
            replace.setError(
                    replace.ticked.get()
                            ? null
                            : new Message("therapist.profile.replace.required"));
            checked.add(replace);
        }
        for (Checked.Text field : List.of(name, practice, contact, note)) {
            field.check();
            checked.add(field);
        }
        List<PracticeProfile.LocalResource> kept = new ArrayList<>();
        for (Resource r : resources) {
            for (Checked.Text field : List.of(r.name, r.contact, r.notes)) {
                field.check();
            }
            if (!r.blank() && r.name.ok() && r.contact.ok()) {
                Message missing = new Message("therapist.profile.resource.incomplete");
                r.name.setError(r.name.value() == null ? missing : null);
                r.contact.setError(r.contact.value() == null ? missing : null);
            }
            checked.addAll(List.of(r.name, r.contact, r.notes));
            if (!r.blank() && r.name.ok() && r.contact.ok() && r.notes.ok()) {
                kept.add(
                        new PracticeProfile.LocalResource(
                                r.name.value(), r.contact.value(), r.notes.value()));
            }
        }
        Checked bad = checked.stream().filter(c -> !c.ok()).findFirst().orElse(null);
        if (bad != null) {
            status.set(null);
            firstInvalid.set(null);
            firstInvalid.set(bad);
            return false;
        }
        PracticeProfile profile =
                new PracticeProfile(
                        name.value(),
                        practice.value(),
                        contact.value(),
                        note.value(),
                        kept,
                        replacesAppHelp.get());
        if (!keeps()) {
            flow.useProfile(profile);
            status.set(new Message("therapist.profile.keptForSession"));
            return true;
        }
        try {
            flow.store().save(profile);
        } catch (IOException e) {
            status.set(new Message("therapist.profile.saveFailed", e.getMessage()));
            return false;
        }
        flow.useProfile(profile);
        damaged.set(false);
        status.set(new Message("therapist.profile.saved", file()));
        return true;
    }

    void back() {
        flow.showHome();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
