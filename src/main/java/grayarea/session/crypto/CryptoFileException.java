package grayarea.session.crypto;

import java.util.List;

/**
 * An encrypted, sealed or key file that cannot be opened, said calmly and without a stack trace:
 * {@code FILE: wrong passphrase or damaged file}. A wrong passphrase and a damaged file give the
 * very same message (the format cannot tell them apart, and should not try), and nothing of the
 * contents is ever handed out when the check fails.
 */
public final class CryptoFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file could not be opened. */
    public enum Reason {
        /** An encrypted file: the passphrase is wrong, or the file was changed or cut short. */
        WRONG_PASSPHRASE_OR_DAMAGED,
        /** A sealed file: it was sealed for another key, or it was changed or cut short. */
        WRONG_KEY_OR_DAMAGED,
        /** The file is of a format version newer than this app reads. */
        NEWER_FORMAT,
        /** The file opened, but it does not hold a therapist's key. */
        NOT_A_KEY_FILE,
        /** The file itself could not be read: missing, a folder, too large, no access. */
        UNREADABLE
    }

    private final String file;
    private final Reason reason;
    private final String text;
    private final String key;
    private final transient List<Object> args;

    /**
     * @param text the message in English
     * @param key the same message's key in grayarea/session/problems, with its arguments, so that
     *     the session package can say it in the reader's language (this package uses the JDK alone)
     */
    CryptoFileException(String file, Reason reason, String text, String key, Object... args) {
        super(file + ": " + text);
        this.file = file;
        this.reason = reason;
        this.text = text;
        this.key = key;
        this.args = List.of(args);
    }

    public static CryptoFileException wrongPassphraseOrDamaged(String file) {
        return new CryptoFileException(
                file,
                Reason.WRONG_PASSPHRASE_OR_DAMAGED,
                "wrong passphrase or damaged file",
                "crypto.wrongPassphraseOrDamaged");
    }

    static CryptoFileException wrongKeyOrDamaged(String file) {
        return new CryptoFileException(
                file,
                Reason.WRONG_KEY_OR_DAMAGED,
                "wrong key or damaged file",
                "crypto.wrongKeyOrDamaged");
    }

    static CryptoFileException newerFormat(String file, int version, int known) {
        return new CryptoFileException(
                file,
                Reason.NEWER_FORMAT,
                "this file is format version "
                        + version
                        + ", newer than this app reads ("
                        + known
                        + "); update Gray Area to open it",
                "crypto.newerFormat",
                String.valueOf(version),
                String.valueOf(known));
    }

    /** The file's name, as given to the reader. */
    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The message without the file name, for a page that already names the file (in English). */
    public String text() {
        return text;
    }

    /** The message's key in grayarea/session/problems. */
    public String key() {
        return key;
    }

    /** The message's arguments, for {@link #key()}. */
    public List<Object> args() {
        return args;
    }

    /** No stack trace is kept: this is a message for people, not a crash. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
