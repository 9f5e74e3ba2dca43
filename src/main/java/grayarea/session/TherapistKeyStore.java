package grayarea.session;

import grayarea.session.crypto.CryptoFileException;
import grayarea.session.crypto.CryptoFiles;
import grayarea.session.crypto.MasterKey;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A therapist's key pair for sealed results, kept in the data folder: the private key in a key file
 * under the therapist's own passphrase (copying that file is the backup), the public key beside it
 * in plain text, so hand-outs can carry it without asking for the passphrase.
 */
public final class TherapistKeyStore {

    public static final String KEY_FILE = "therapist.key";
    public static final String PUBLIC_FILE = "therapist-public.txt";

    private final Path keyFile;
    private final Path publicFile;

    public TherapistKeyStore(Path folder) {
        this.keyFile = folder.resolve(KEY_FILE);
        this.publicFile = folder.resolve(PUBLIC_FILE);
    }

    public boolean exists() {
        return Files.isRegularFile(keyFile) && Files.isRegularFile(publicFile);
    }

    /** The public key, to put in hand-outs; empty when there is none (or its file is damaged). */
    public Optional<TherapistPublicKey> publicKey() {
        try {
            return exists()
                    ? TherapistPublicKey.parse(
                            Files.readString(publicFile, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes a new key pair under the passphrase (wiped afterwards, whatever happens) and returns
     * its public half.
     *
     * @throws IllegalStateException a key already exists (nothing is made)
     */
    public TherapistPublicKey create(char[] passphrase) throws IOException {
        try {
            if (exists()) {
                throw new IllegalStateException(
                        "a key already exists; results sealed for it would be lost");
            }
            try (TherapistKeys keys = TherapistKeys.generate();
                    MasterKey key = MasterKey.create(passphrase)) {
                AtomicFiles.write(keyFile, TherapistKeyFile.lock(keys, key));
                AtomicFiles.write(
                        publicFile,
                        (keys.publicKey().text() + "\n").getBytes(StandardCharsets.US_ASCII));
                return keys.publicKey();
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Opens the private key with the passphrase (wiped afterwards). */
    public TherapistKeys open(char[] passphrase) throws CryptoFileException {
        try {
            return TherapistKeyFile.open(keyFile.toString(), CryptoFiles.read(keyFile), passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** A copy of the key file, for safekeeping: it opens only with the passphrase. */
    public void backup(Path to) throws IOException {
        AtomicFiles.write(to, Files.readAllBytes(keyFile));
    }

    public Path keyFile() {
        return keyFile;
    }
}
