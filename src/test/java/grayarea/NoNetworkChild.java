package grayarea;

import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.QuestionBank;
import grayarea.cli.GrayAreaCli;
import grayarea.report.PdfReport;
import grayarea.report.TextReport;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.SavedFiles;
import grayarea.session.SessionStore;
import grayarea.session.SoloSession;
import grayarea.session.crypto.EncryptedFile;
import grayarea.session.crypto.KdfParams;
import grayarea.session.crypto.MasterKey;
import grayarea.session.crypto.SealedFile;
import grayarea.session.crypto.TherapistKeys;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketPermission;
import java.net.URL;
import java.net.URLPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link NoNetworkTest} in a child JVM: installs a security manager that denies every
 * network permission, runs the app's main flows, then tries to connect on purpose. Prints one line
 * per step; any failure ends the process with a non-zero code.
 *
 * <p>Arguments: a scratch folder, and a port on 127.0.0.1 where the parent listens.
 */
public final class NoNetworkChild {

    private static final String EXAMPLES = "questions/examples/";

    /**
     * Denies every socket and URL permission, whoever asks and however privileged; allows the rest.
     */
    static final class NoNetwork extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof SocketPermission || permission instanceof URLPermission) {
                throw new SecurityException("network blocked: " + permission);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }

    private NoNetworkChild() {}

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        System.setSecurityManager(new NoNetwork());
        say("network blocked");

        QuestionBank bank = BankLoader.load(Path.of(BankLoader.DEFAULT_BANK));
        BankLoader.loadDefault();
        cli("validate", BankLoader.DEFAULT_BANK, EXAMPLES + "intake-example.json");
        say("ok bank loaded and validated");

        BankCatalog catalog = BankCatalog.bundled();
        List<Path> sheets;
        try (var files = Files.list(Path.of(EXAMPLES))) {
            sheets =
                    files.filter(p -> p.getFileName().toString().startsWith("answers-"))
                            .sorted()
                            .toList();
        }
        for (Path sheet : sheets) {
            AnswerSheet answers = AnswerSheetJson.read(sheet).sheet();
            new ScoringEngine(catalog.find(answers.bank()).orElseThrow()).score(answers);
        }
        String[] score = new String[sheets.size() + 2];
        score[0] = "score";
        score[1] = "--answers";
        for (int i = 0; i < sheets.size(); i++) {
            score[i + 2] = sheets.get(i).toString();
        }
        cli(score);
        say("ok scored " + sheets.size() + " example sheets");

        AnswerSheet partner =
                AnswerSheetJson.read(Path.of(EXAMPLES + "answers-partner.json")).sheet();
        SessionStore store = new SessionStore(scratch);
        SoloSession session =
                new SoloSession(
                        null,
                        "partner",
                        3,
                        partner,
                        Map.of("hard-talk", "Sunday"),
                        false,
                        Instant.parse("2026-11-28T10:00:00Z"));
        store.save(session);
        if (!(store.load() instanceof SavedFiles.Found.Contents<SoloSession> read)
                || !read.value().equals(session)) {
            throw new IllegalStateException("the session did not read back");
        }
        say("ok session saved and loaded");

        byte[] plain = Files.readAllBytes(store.file());
        try (MasterKey key =
                MasterKey.derive("passphrase".toCharArray(), KdfParams.freshForTests(1_000))) {
            byte[] back = EncryptedFile.decrypt("session", EncryptedFile.encrypt(key, plain), key);
            TherapistKeys therapist = TherapistKeys.generate();
            byte[] opened =
                    SealedFile.open(
                            "sealed", SealedFile.seal(therapist.publicKey(), plain), therapist);
            if (!Arrays.equals(back, plain) || !Arrays.equals(opened, plain)) {
                throw new IllegalStateException("encryption did not round-trip");
            }
        }
        say("ok encrypted and sealed");

        Result result = new ScoringEngine(bank).score(partner);
        Path pdf = scratch.resolve("report.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfReport()
                    .write(
                            new TextReport(bank, "en").blocks(partner, result, Map.of()),
                            "Gray Area",
                            out);
        }
        byte[] start = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        if (!"%PDF-".equals(new String(start, StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("not a PDF");
        }
        say("ok PDF written, " + Files.size(pdf) + " bytes");

        cli(
                "compare",
                "--first",
                EXAMPLES + "answers-couple-first.json",
                "--second",
                EXAMPLES + "answers-couple-second.json");
        say("ok couple compared");

        try (Socket socket = new Socket("127.0.0.1", port)) {
            say("CONNECTED to " + socket.getRemoteSocketAddress());
            System.exit(4);
        } catch (SecurityException e) {
            say("socket refused: " + e.getMessage());
        }
        try (var in = new URL("http://127.0.0.1:" + port + "/").openStream()) {
            say("CONNECTED over HTTP");
            System.exit(4);
        } catch (SecurityException e) {
            say("http refused: " + e.getMessage());
        }
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GrayAreaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException(
                    String.join(" ", args) + " exited " + code + ": " + err);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
