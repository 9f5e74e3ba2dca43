package grayarea.session;

import grayarea.bank.Message;
import grayarea.session.crypto.CryptoFileException;

/**
 * The session package's sentences for people (crypto's too), from
 * grayarea/session/problems*.properties.
 */
final class SessionMessages {

    static final String BUNDLE = "grayarea.session.problems";

    private SessionMessages() {}

    static Message of(String key, Object... args) {
        return Message.in(BUNDLE, key, args);
    }

    /**
     * Why an encrypted, sealed or key file could not be opened, to be said in the reader's
     * language.
     */
    static Message of(CryptoFileException e) {
        return Message.in(BUNDLE, e.key(), e.args().toArray());
    }
}
