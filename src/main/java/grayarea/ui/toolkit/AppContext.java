package grayarea.ui.toolkit;

import grayarea.session.CoupleStore;
import grayarea.session.DiscreetDesktopEntry;
import grayarea.session.SessionStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.Vault;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen shares: texts, settings, where files go, how files are picked and how the app
 * quits. Tests build one with a temporary data folder, a scripted file picker and a quit action
 * that records instead of ending the JVM.
 */
public final class AppContext {

    private final Path dataFolder;
    private final SettingsStore settingsStore;
    private final SessionStore sessionStore;
    private final CoupleStore coupleStore;
    private final Vault vault;
    private final DiscreetDesktopEntry desktopEntry;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final Runnable quit;
    private FilePicker filePicker;
    private Texts texts;
    private UiClock clock = UiClock.SYSTEM;
    private final Set<TherapistPublicKey> checkedKeys = new HashSet<>();
    private boolean privateRun;
    private BackgroundWork background = new BackgroundWork();
    private Settings beforePrivateRun;

    public AppContext(Path dataFolder, FilePicker filePicker, Runnable quit) {
        this(dataFolder, filePicker, quit, new Vault(dataFolder));
    }

    /**
     * A context with its own vault (tests give one that stretches passphrases less, to stay quick).
     */
    public AppContext(Path dataFolder, FilePicker filePicker, Runnable quit, Vault vault) {
        this.dataFolder = dataFolder;
        this.settingsStore = new SettingsStore(dataFolder);
        this.vault = vault;
        this.sessionStore = new SessionStore(dataFolder, vault);
        this.coupleStore = new CoupleStore(dataFolder, vault);
        this.desktopEntry = DiscreetDesktopEntry.forThisRun(dataFolder);
        this.filePicker = filePicker;
        this.quit = quit;
        this.settings.set(settingsStore.load());
        this.texts = new Texts(Locale.forLanguageTag(settings.get().language()));
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Texts texts() {
        return texts;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    /**
     * Changes the settings and, when the person keeps things on this computer, saves them; discreet
     * mode's menu entry follows (written or removed, only in the installed app). The change applies
     * for this run even when saving fails.
     */
    public void updateSettings(Settings changed) throws IOException {
        if (!changed.language().equals(texts.language())) {
            texts = new Texts(Locale.forLanguageTag(changed.language()));
        }
        settings.set(changed);
        if (privateRun) {
            // someone else's computer, locked: a change holds for this run and is written nowhere
            return;
        }
        IOException failed = null;
        try {
            settingsStore.save(changed);
        } catch (IOException e) {
            failed = e;
        }
        try {
            desktopEntry.follow(changed, AppIdentity::neutralEntry);
        } catch (IOException e) {
            if (failed == null) {
                failed = e;
            } else {
                failed.addSuppressed(e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Discreet mode's menu entry: where it goes, and whether the app wrote one. */
    public DiscreetDesktopEntry desktopEntry() {
        return desktopEntry;
    }

    public SessionStore sessionStore() {
        return sessionStore;
    }

    /**
     * The couple session's store: one for the whole run, since it keeps the turns of partners
     * without a PIN in memory (never in its file) until both turns are done.
     */
    public CoupleStore coupleStore() {
        return coupleStore;
    }

    /**
     * The time the window's timers go by (idle lock, quick exit): the real time, except in tests,
     * which move their own on.
     */
    public UiClock clock() {
        return clock;
    }

    public void setClock(UiClock clock) {
        this.clock = clock;
    }

    /** The passphrase protection of what the app keeps (set or not, open or locked). */
    public Vault vault() {
        return vault;
    }

    public boolean keepsProgress() {
        return !privateRun && settings.get().storage() == Settings.Storage.KEEP;
    }

    /**
     * A hand-out taken as a private session on a computer whose kept things are locked under
     * someone else's passphrase: nothing is written to the data folder (not even a setting) until
     * the passphrase is given.
     */
    public boolean privateRun() {
        return privateRun;
    }

    /**
     * A private run begins or ends. When it ends, the settings are the owner's again, as they were
     * before it: what the visitor changed (language, theme, text size) held for their run only, and
     * must not reach the owner's settings.json with the owner's next save.
     */
    public void setPrivateRun(boolean on) {
        if (on && !privateRun) {
            beforePrivateRun = settings.get();
        } else if (!on && privateRun && beforePrivateRun != null) {
            settings.set(beforePrivateRun);
            texts = new Texts(Locale.forLanguageTag(beforePrivateRun.language()));
            beforePrivateRun = null;
        }
        this.privateRun = on;
    }

    public FilePicker filePicker() {
        return filePicker;
    }

    public void setFilePicker(FilePicker picker) {
        this.filePicker = picker;
    }

    public Runnable quit() {
        return quit;
    }

    /**
     * The therapists' keys whose fingerprint the person compared and confirmed in this run, so that
     * "Save for …" asks only before the first sealed save for a key. In memory only: a file saying
     * whose key was trusted would tell that the person sees a therapist (docs/decisions/0018).
     */
    public Set<TherapistPublicKey> checkedKeys() {
        return checkedKeys;
    }

    /** Where slow work runs, off the JavaFX thread, with the page masked meanwhile. */
    public BackgroundWork background() {
        return background;
    }

    /** Tests hold background work where they choose; set before the app's frame is built. */
    public void setBackground(BackgroundWork work) {
        this.background = work;
    }
}
