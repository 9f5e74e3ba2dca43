package grayarea.ui.privacy;

import grayarea.ui.toolkit.Texts;

/**
 * Right after a passphrase is set: what the page says (protection is on, what it covers and what it
 * does not, where "Lock now" is), and going on to where the passphrase was asked from.
 */
public final class PassphraseSetViewModel {

    private final Texts texts;
    private final Runnable onDone;

    /**
     * @param onDone back to where the passphrase was asked from
     */
    public PassphraseSetViewModel(Texts texts, Runnable onDone) {
        this.texts = texts;
        this.onDone = onDone;
    }

    public String title() {
        return texts.get("passphrase.done.title");
    }

    /** What is now encrypted on this computer. */
    public String covered() {
        return texts.get("passphrase.done.covered");
    }

    /** What stays plain (settings), and why. */
    public String plain() {
        return texts.get("passphrase.done.plain");
    }

    /** Where "Lock now" is. */
    public String lockNow() {
        return texts.get("passphrase.done.lock");
    }

    public String goOn() {
        return texts.get("passphrase.done.continue");
    }

    public void done() {
        onDone.run();
    }
}
