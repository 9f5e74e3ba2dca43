package grayarea.session.crypto;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A secret held in a byte array this package owns, which {@link #destroy()} overwrites with zeros;
 * after that the secret cannot be used. (Copies the JDK makes inside its ciphers and key objects
 * are cleared by the JDK or the garbage collector.)
 */
abstract class WipeableSecret implements Destroyable, AutoCloseable {

    private final byte[] secret;
    private final String whenWiped;
    private volatile boolean destroyed;

    /**
     * @param secret the array to hold and wipe; kept, not copied
     * @param whenWiped what to tell a caller that uses the secret after it was wiped
     */
    WipeableSecret(byte[] secret, String whenWiped) {
        this.secret = secret;
        this.whenWiped = whenWiped;
    }

    /** The secret itself, for this package only. */
    final byte[] secret() {
        if (destroyed) {
            throw new IllegalStateException(whenWiped);
        }
        return secret;
    }

    /** Overwrites the secret with zeros. */
    @Override
    public final void destroy() {
        destroyed = true;
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public final boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public final void close() {
        destroy();
    }
}
