package grayarea.testing;

import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.MasterKey;

/** Keys for tests: the real KDF, with few iterations so tests stay fast. */
public final class TestKeys {

    /** Iterations tests use; the shipped default is {@link KdfParams#DEFAULT_ITERATIONS}. */
    public static final int ITERATIONS = 1_000;

    private TestKeys() {}

    public static MasterKey key(String passphrase) {
        return MasterKey.derive(passphrase.toCharArray(), KdfParams.freshForTests(ITERATIONS));
    }
}
