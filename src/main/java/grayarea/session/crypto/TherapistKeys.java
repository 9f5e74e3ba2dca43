package grayarea.session.crypto;

/**
 * A therapist's X25519 key pair: the public half goes into hand-out files, the private half opens
 * what clients sealed for this therapist and is kept only in a key file encrypted under the
 * therapist's passphrase ({@link TherapistKeyFile}). {@link #destroy()} overwrites the private key.
 */
public final class TherapistKeys extends WipeableSecret {

    private final TherapistPublicKey publicKey;

    private TherapistKeys(byte[] privateScalar) {
        super(privateScalar, "the key was wiped; open the key file again");
        this.publicKey = new TherapistPublicKey(X25519.publicOf(privateScalar));
    }

    /** A new random key pair. */
    public static TherapistKeys generate() {
        return new TherapistKeys(X25519.generatePrivate());
    }

    /**
     * The key pair of a raw private scalar (RFC 7748 form), as kept in the key file; the array is
     * kept, not copied.
     */
    static TherapistKeys fromPrivate(byte[] scalar) {
        if (scalar.length != X25519.KEY_LENGTH) {
            throw new IllegalArgumentException("an X25519 key is " + X25519.KEY_LENGTH + " bytes");
        }
        return new TherapistKeys(scalar);
    }

    public TherapistPublicKey publicKey() {
        return publicKey;
    }

    /** The raw private scalar, for this package only. */
    byte[] privateScalar() {
        return secret();
    }

    @Override
    public String toString() {
        return "TherapistKeys[" + publicKey.fingerprint() + "]";
    }
}
