package grayarea.session;

import grayarea.bank.Message;

/** The session package's sentences for people, from grayarea/session/problems*.properties. */
final class SessionMessages {

    static final String BUNDLE = "grayarea.session.problems";

    private SessionMessages() {
    }

    static Message of(String key, Object... args) {
        return Message.in(BUNDLE, key, args);
    }
}
