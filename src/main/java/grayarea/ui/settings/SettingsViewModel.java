package grayarea.ui.settings;

import grayarea.session.AppFiles;
import grayarea.session.DiscreetDesktopEntry;
import grayarea.session.Settings;
import grayarea.ui.privacy.DeleteEverything;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The settings page's state and work: each choice applies at once (and is saved when the person
 * keeps things here), discreet mode's menu entry follows, a passphrase is offered or "Lock now",
 * the files set aside are listed, and "Delete everything" (the one operation, {@link
 * DeleteEverything}) after a second step.
 */
public final class SettingsViewModel {

    private final AppContext context;
    private final Runnable done;
    private final boolean locked;
    private final Consumer<String> deleted;
    private final Runnable protect;
    private final Runnable lockNow;
    private final ReadOnlyStringWrapper discreetStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deleteStatus = new ReadOnlyStringWrapper("");

    /**
     * @param done back to the page the person came from, redrawn
     * @param locked in a waiting room or a private session: nothing that could end it is offered
     * @param deleted after "Delete everything": the message to start again with
     * @param protect sets a passphrase
     * @param lockNow locks at once
     */
    public SettingsViewModel(
            AppContext context,
            Runnable done,
            boolean locked,
            Consumer<String> deleted,
            Runnable protect,
            Runnable lockNow) {
        this.context = context;
        this.done = done;
        this.locked = locked;
        this.deleted = deleted;
        this.protect = protect;
        this.lockNow = lockNow;
    }

    public Texts texts() {
        return context.texts();
    }

    public Settings settings() {
        return context.settings();
    }

    public Path dataFolder() {
        return context.dataFolder();
    }

    /**
     * In a waiting room or a private session: no discreet mode, passphrase or deleting is offered.
     */
    public boolean locked() {
        return locked;
    }

    public boolean keepsProgress() {
        return context.keepsProgress();
    }

    public boolean passphraseSet() {
        return context.vault().isSet();
    }

    /** Applies a change at once; when it cannot be remembered it still holds for this run. */
    public void change(Settings changed) {
        try {
            context.updateSettings(changed);
        } catch (IOException e) {
            // the change still applies for this run; it could not be remembered
        }
    }

    /** What could not be written when discreet mode changed, with why; empty when all went well. */
    public ReadOnlyStringProperty discreetStatusProperty() {
        return discreetStatus.getReadOnlyProperty();
    }

    public void changeDiscreet(boolean on) {
        try {
            context.updateSettings(context.settings().withDiscreet(on));
            discreetStatus.set("");
        } catch (IOException e) {
            // the window changed all the same; what could not be written is said, with why
            discreetStatus.set(texts().get("settings.discreet.failed", e.getMessage()));
        }
    }

    /** What discreet mode does to the menu entry in this run. */
    public String menuEntryNote() {
        DiscreetDesktopEntry entry = context.desktopEntry();
        if (!entry.installed()) {
            return texts().get("settings.discreet.notInstalled");
        }
        if (!context.keepsProgress()) {
            return texts().get("settings.discreet.notKept");
        }
        Path file = entry.file().orElseThrow();
        if (entry.someoneElses()) {
            return texts().get("settings.discreet.someoneElses", file);
        }
        return texts().get(
                        "settings.discreet.entry",
                        texts().get("discreet.name"),
                        file,
                        entry.iconFile());
    }

    /**
     * The saved files that could not be read and were moved aside, kept as they were: each in
     * words, by its name, what it was and when it was set aside. Empty when there are none (or they
     * cannot be listed).
     */
    public List<String> setAside() {
        List<AppFiles.SetAside> files;
        try {
            files = AppFiles.setAside(context.dataFolder());
        } catch (IOException e) {
            return List.of();
        }
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts().locale())
                        .withZone(ZoneId.systemDefault());
        return files.stream()
                .map(
                        file ->
                                texts().get(
                                                "settings.setAside.item",
                                                context.dataFolder()
                                                        .relativize(file.file())
                                                        .toString(),
                                                texts().get(
                                                                file.kind().equals("couple")
                                                                        ? "settings.setAside.couple"
                                                                        : "settings.setAside.session"),
                                                when.format(file.when())))
                .toList();
    }

    /** What "Delete everything" removes, and discreet mode's menu entry when the app wrote one. */
    public String deleteDetail() {
        String detail = texts().get("settings.delete.detail", context.dataFolder());
        if (context.desktopEntry().present()) {
            detail +=
                    " "
                            + texts().get(
                                            "settings.delete.entry",
                                            context.desktopEntry().file().orElseThrow());
        }
        return detail;
    }

    /** Why deleting could not even start, or empty. */
    public ReadOnlyStringProperty deleteStatusProperty() {
        return deleteStatus.getReadOnlyProperty();
    }

    /**
     * The second step's words ("This deletes 2 files…"), or empty when the folder cannot be read
     * (then said).
     */
    public Optional<String> askDelete() {
        try {
            int count = AppFiles.list(context.dataFolder(), context.desktopEntry()).size();
            return Optional.of(texts().get("settings.delete.confirm", count));
        } catch (IOException e) {
            deleteStatus.set(texts().get("settings.delete.failed", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Deletes everything (the one operation, naming what it could not delete), then starts again.
     */
    public void deleteEverything() {
        try {
            deleted.accept(DeleteEverything.run(context));
        } catch (IOException e) {
            deleteStatus.set(texts().get("settings.delete.failed", e.getMessage()));
        }
    }

    public void done() {
        done.run();
    }

    public void protect() {
        protect.run();
    }

    public void lockNow() {
        lockNow.run();
    }
}
