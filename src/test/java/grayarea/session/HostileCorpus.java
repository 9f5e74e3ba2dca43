package grayarea.session;

import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeyFile;
import grayarea.session.crypto.TherapistKeys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Makes the corpus of broken files in src/test/resources/hostile/ (see the README there) from files
 * the app's own code writes. Not a test: run it by hand to remake the corpus, with the test
 * classpath and the corpus folder as the argument. {@link HostileSavedFilesTest} reads it.
 */
final class HostileCorpus {

    /**
     * The passphrase of every encrypted file in the corpus; the key files hold the therapist's key.
     */
    static final String PASSPHRASE = SavedSamples.PASSPHRASE;

    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        0,
        8,
        6,
        0,
        0,
        0,
        (byte) 0xff,
        (byte) 0xd8,
        (byte) 0xc0
    };

    private HostileCorpus() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        json(
                root.resolve("settings"),
                SavedSamples.settings(),
                1,
                "\"storage\": 5, \"theme\": [], \"language\": {\"en\": 1},"
                        + " \"textSize\": \"big\"",
                "grayarea.settings");
        json(
                root.resolve("session"),
                SavedSamples.session(),
                1,
                "\"savedAt\": 12, \"step\": \"three\", \"finished\": \"no\"," + " \"answers\": []",
                "grayarea.session");
        json(
                root.resolve("couple"),
                SavedSamples.couple(),
                CoupleStore.FORMAT_VERSION,
                "\"savedAt\": \"2026-11-28T10:00:00Z\","
                        + " \"partners\": [{\"name\": \"Sam\", \"pin\": {\"salt\": 16, \"hash\": [], \"iterations\": \"many\"}},"
                        + " {\"name\": \"Alex\", \"turn\": {\"sealedAnswers\": 5}}]",
                "grayarea.couple-session");
        json(
                root.resolve("turn"),
                SavedSamples.turn(),
                TurnFile.FORMAT_VERSION,
                "\"bank\": \"micro-cheating\", \"comparison\": true",
                "grayarea.turn");
        json(
                root.resolve("result"),
                SavedSamples.result(),
                ResultFile.FORMAT_VERSION,
                "\"createdAt\": 5, \"answers\": \"none\"",
                "grayarea.result");
        json(
                root.resolve("handout"),
                SavedSamples.handOut(),
                HandOutFile.FORMAT_VERSION,
                "\"createdAt\": true,"
                        + " \"bank\": {\"id\": 7}, \"sections\": \"all\", \"clientSees\": 1, \"practice\": [],"
                        + " \"therapistKey\": {\"x25519\": 5}",
                "grayarea.handout");
        json(
                root.resolve("profile"),
                SavedSamples.profile(),
                PracticeProfileStore.FORMAT_VERSION,
                "\"profile\": {\"therapistName\": [\"Ana\"], \"resources\": {\"name\": 1}}",
                "grayarea.practice-profile");
        json(
                root.resolve("waiting-room"),
                SavedSamples.waitingRoom(),
                1,
                "\"handOutFile\": 7, \"pin\": \"2468\","
                        + " \"resultsFolder\": [], \"startedAt\": \"yesterday\"",
                "grayarea.waiting-room");
        crypto(root.resolve("crypto"));
    }

    /**
     * The nine broken files of one JSON kind, from a valid sample; {@code newest} is the newest
     * version the app reads.
     */
    private static void json(Path folder, byte[] sample, int newest, String wrongTypes, String kind)
            throws IOException {
        Files.createDirectories(folder);
        String text = new String(sample, StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.json"), new byte[0]);
        Files.write(folder.resolve("truncated.json"), Arrays.copyOf(sample, sample.length * 3 / 5));
        Files.writeString(
                folder.resolve("wrong-types.json"),
                "{\"kind\": \"" + kind + "\", \"formatVersion\": 1, " + wrongTypes + "}\n");
        Files.writeString(
                folder.resolve("huge-numbers.json"),
                text.replaceFirst(
                        "\"formatVersion\" : \\d+", "\"formatVersion\" : 99999999999999999999"));
        Files.writeString(
                folder.resolve("deep-nesting.json"),
                "{\"kind\": \""
                        + kind
                        + "\", \"formatVersion\": 1, \"x\": "
                        + "[".repeat(10_000)
                        + "]".repeat(10_000)
                        + "}\n");
        byte[] latin1 =
                text.replaceFirst("\"kind\"", "\"caf\u00e9\" : 1,\n  \"kind\"")
                        .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("bad-utf8.json"), latin1);
        Files.copy(
                Path.of("questions/examples/answers-partner.json"),
                folder.resolve("wrong-kind.json"));
        Files.writeString(
                folder.resolve("newer-version.json"),
                text.replaceFirst(
                        "\"formatVersion\" : \\d+", "\"formatVersion\" : " + (newest + 1)));
        Files.write(folder.resolve("binary-junk.json"), PNG);
    }

    private static void crypto(Path folder) throws IOException {
        Files.createDirectories(folder);
        TherapistKeys therapist = SavedSamples.THERAPIST;
        Files.write(
                folder.resolve("therapist.key"),
                TherapistKeyFile.lock(therapist, SavedSamples.KEY));
        byte[] encrypted = SavedSamples.encrypted();
        Files.write(folder.resolve("encrypted-session.bin"), encrypted);
        Files.write(folder.resolve("encrypted-cut-in-header.bin"), Arrays.copyOf(encrypted, 40));
        Files.write(
                folder.resolve("encrypted-cut-at-the-end.bin"),
                Arrays.copyOf(encrypted, encrypted.length - 1));
        Files.write(
                folder.resolve("encrypted-one-byte-flipped.bin"),
                flip(encrypted, encrypted.length / 2));
        Files.write(
                folder.resolve("encrypted-2pow31-iterations.bin"), iterations(encrypted, 1L << 31));
        Files.write(folder.resolve("encrypted-zero-iterations.bin"), iterations(encrypted, 0));
        byte[] newer = encrypted.clone();
        newer[9] = 2;
        Files.write(folder.resolve("encrypted-newer-version.bin"), newer);
        byte[] otherKdf = encrypted.clone();
        System.arraycopy(
                "ARGON2ID-M19456-T2".getBytes(StandardCharsets.US_ASCII), 0, otherKdf, 11, 18);
        Files.write(folder.resolve("encrypted-other-kdf.bin"), otherKdf);
        byte[] sealed = SavedSamples.sealed();
        Files.write(folder.resolve("sealed-result.bin"), sealed);
        Files.write(folder.resolve("sealed-cut-in-header.bin"), Arrays.copyOf(sealed, 30));
        Files.write(folder.resolve("sealed-one-byte-flipped.bin"), flip(sealed, 20));
        Files.write(
                folder.resolve("sealed-for-another-key.bin"),
                SealedFile.seal(TherapistKeys.generate().publicKey(), SavedSamples.result()));
        byte[] sealedNewer = sealed.clone();
        sealedNewer[9] = 7;
        Files.write(folder.resolve("sealed-newer-version.bin"), sealedNewer);
        Files.write(
                folder.resolve("key-file-holding-a-session.bin"),
                EncryptedFile.encrypt(SavedSamples.KEY, SavedSamples.session()));
        byte[] key = TherapistKeyFile.lock(therapist, SavedSamples.KEY);
        Files.write(folder.resolve("key-file-cut-short.bin"), Arrays.copyOf(key, key.length - 20));
        Files.write(folder.resolve("empty.bin"), new byte[0]);
        Files.write(folder.resolve("binary-junk.bin"), PNG);
        Files.write(folder.resolve("plain-json.bin"), SavedSamples.session());
        byte[] magicOnly = "GRAYAREAE".getBytes(StandardCharsets.US_ASCII);
        Files.write(folder.resolve("magic-only.bin"), magicOnly);
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] out = bytes.clone();
        out[at] ^= 0x20;
        return out;
    }

    private static byte[] iterations(byte[] file, long count) {
        byte[] out = file.clone();
        ByteBuffer.wrap(out, 29, 4).putInt((int) count);
        return out;
    }
}
