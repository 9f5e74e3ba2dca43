package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.Message;
import grayarea.bank.ProblemsException;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;

/**
 * The first check of every file the app reads by kind: is it the kind of file wanted, and a format
 * version this app knows? Each answer is one located, plain sentence.
 */
final class FileKind {

    private FileKind() {}

    /**
     * @param name the key of how a person would call the file, such as "kind.handOut" (a hand-out
     *     file)
     * @return the file's format version, between 1 and {@code newest}
     */
    static int check(JsonDocument document, String kind, int newest, String name)
            throws ProblemsException {
        Message what = SessionMessages.of(name);
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new ProblemsException(
                    document.problemAt("", SessionMessages.of("kind.notGrayArea", what)));
        }
        JsonNode found = root.path("kind");
        if (!found.isString()) {
            throw new ProblemsException(
                    document.problemAt("", SessionMessages.of("kind.noKind", what)));
        }
        if (!kind.equals(found.stringValue())) {
            throw new ProblemsException(
                    document.problemAt(
                            "/kind",
                            SessionMessages.of("kind.otherKind", found.stringValue(), what, kind)));
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 1) {
            throw new ProblemsException(
                    document.problemAt(
                            "/formatVersion", SessionMessages.of("kind.noFormatVersion", what)));
        }
        // compared as a BigInteger: a version beyond the range of an int is newer too
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(newest)) > 0) {
            throw new ProblemsException(
                    document.problemAt(
                            "/formatVersion",
                            SessionMessages.of(
                                    "kind.newerFormat",
                                    what,
                                    String.valueOf(version.bigIntegerValue()),
                                    String.valueOf(newest))));
        }
        return version.intValue();
    }

    /** Whether a document says it is of this kind (any version). */
    static boolean is(JsonDocument document, String kind) {
        JsonNode found = document.root().path("kind");
        return found.isString() && kind.equals(found.stringValue());
    }
}
