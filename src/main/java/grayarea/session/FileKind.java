package grayarea.session;

import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;

/**
 * The first check of every file the app reads by kind: is it the kind of file wanted, and a
 * format version this app knows? Each answer is one located, plain sentence.
 */
final class FileKind {

    private FileKind() {
    }

    /**
     * @param what how a person would call the file, such as "hand-out file"
     * @return the file's format version, between 1 and {@code newest}
     */
    static int check(JsonDocument document, String kind, int newest, String what) throws ProblemsException {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new ProblemsException(document.problemAt("", "this is not a Gray Area " + what));
        }
        JsonNode found = root.path("kind");
        if (!found.isString()) {
            throw new ProblemsException(document.problemAt("", "this is not a Gray Area " + what
                    + " (it has no \"kind\")"));
        }
        if (!kind.equals(found.stringValue())) {
            throw new ProblemsException(document.problemAt("/kind", "this is a \"" + found.stringValue()
                    + "\" file, not a " + what + " (\"" + kind + "\")"));
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 1) {
            throw new ProblemsException(document.problemAt("/formatVersion", "the " + what
                    + " has no valid format version (a whole number from 1)"));
        }
        // compared as a BigInteger: a version beyond the range of an int is newer too
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(newest)) > 0) {
            throw new ProblemsException(document.problemAt("/formatVersion", "this " + what + " is format version "
                    + version.bigIntegerValue() + ", newer than this app reads (" + newest + "); update Gray Area to open it"));
        }
        return version.intValue();
    }

    /** Whether a document says it is of this kind (any version). */
    static boolean is(JsonDocument document, String kind) {
        JsonNode found = document.root().path("kind");
        return found.isString() && kind.equals(found.stringValue());
    }
}
