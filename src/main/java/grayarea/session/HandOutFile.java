package grayarea.session;

import grayarea.bank.AnswerSheetJson;
import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.Section;
import grayarea.session.crypto.TherapistPublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-out file, format version 1 (docs/formats.md): a {@code .grayarea} file a therapist gives
 * a client. Opening it starts that quiz. Reading it checks everything a client's app needs, the
 * bank included, and says each problem at its place.
 */
public final class HandOutFile {

    public static final String KIND = "grayarea.handout";
    public static final int FORMAT_VERSION = 1;

    /**
     * Client codes: letters, digits, spaces, dots, dashes and underscores; never meant to be a
     * name.
     */
    public static final Pattern CLIENT_CODE = Pattern.compile("[\\p{L}\\p{N} ._-]+");

    /** A therapist's own bank inside a hand-out is held to the limit of a bank file. */
    static final int MAX_BANK_TEXT =
            (int) Math.min(Integer.MAX_VALUE, JsonDocument.Limits.DEFAULT.maxBytes());

    /** A hand-out as read, with the bank it uses, ready to start. */
    public record Opened(Path file, HandOut handOut, QuestionBank bank) {

        /** The same hand-out for another client code (a waiting room names its client). */
        public Opened withClientCode(String clientCode) {
            HandOut h = handOut;
            return new Opened(
                    file,
                    new HandOut(
                            h.bank(),
                            h.bankText(),
                            h.perspective(),
                            h.sections(),
                            clientCode,
                            h.clientSees(),
                            h.practice(),
                            h.therapistKey(),
                            h.createdAt()),
                    bank);
        }

        /** The sections the client is asked, in bank order. */
        public List<Section> sectionsAsked() {
            return bank.sections().stream().filter(handOut::asks).toList();
        }
    }

    private HandOutFile() {}

    /**
     * Whether a hand-out may carry this client code: letters, digits, spaces, dots, dashes and
     * underscores, not too long.
     */
    public static boolean acceptsClientCode(String code) {
        return code.length() <= HandOut.MAX_CLIENT_CODE && CLIENT_CODE.matcher(code).matches();
    }

    public static void save(Path path, HandOut handOut) throws IOException {
        AtomicFiles.write(path, toJson(handOut).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(HandOut handOut) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("createdAt", handOut.createdAt().toString());
        ObjectNode bank = root.putObject("bank");
        bank.put("id", handOut.bank().id());
        bank.put("version", handOut.bank().version());
        if (handOut.bankText() != null) {
            root.put("bankText", handOut.bankText());
        }
        if (handOut.perspective() != null) {
            root.put("perspective", handOut.perspective());
        }
        if (!handOut.sections().isEmpty()) {
            ArrayNode sections = root.putArray("sections");
            handOut.sections().forEach(sections::add);
        }
        if (handOut.clientCode() != null) {
            root.put("clientCode", handOut.clientCode());
        }
        root.put("clientSees", handOut.clientSees().json());
        root.set("practice", PracticeProfileStore.tree(handOut.practice()));
        if (handOut.therapistKey() != null) {
            root.putObject("therapistKey").put("x25519", handOut.therapistKey());
        }
        return Json.write(root);
    }

    /**
     * Whether the file says it is a hand-out, so that opening a file can choose what to do with it.
     */
    public static boolean isHandOut(JsonDocument document) {
        return FileKind.is(document, KIND);
    }

    public static Opened read(Path path) throws ProblemsException {
        return read(path, JsonDocument.read(path));
    }

    /**
     * Reads and checks a hand-out: its fields, its bank, and that the sections and perspective are
     * the bank's.
     */
    public static Opened read(Path path, JsonDocument document) throws ProblemsException {
        FileKind.check(document, KIND, FORMAT_VERSION, "kind.handOut");
        Fields fields = new Fields(document);
        Instant createdAt = Instant.EPOCH;
        String created = fields.requiredText("/createdAt", 40);
        if (created != null) {
            try {
                createdAt = Instant.parse(created);
            } catch (DateTimeParseException e) {
                fields.problem("/createdAt", AnswerSheetJson.NOT_A_DATE);
            }
        }
        fields.object("/bank");
        String bankId = fields.requiredText("/bank/id", 200);
        String bankVersion = fields.requiredText("/bank/version", 50);
        String bankText = fields.text("/bankText", MAX_BANK_TEXT);
        String perspective = fields.text("/perspective", 100);
        List<String> sections = new ArrayList<>();
        for (String item : fields.items("/sections", 200)) {
            String id = fields.requiredText(item, 200);
            if (id != null) {
                sections.add(id);
            }
        }
        String clientCode = fields.text("/clientCode", HandOut.MAX_CLIENT_CODE);
        if (clientCode != null && !CLIENT_CODE.matcher(clientCode).matches()) {
            fields.problem("/clientCode", SessionMessages.of("handOut.clientCode"));
        }
        String sees = fields.requiredText("/clientSees", 20);
        HandOut.ClientSees clientSees = sees == null ? null : HandOut.ClientSees.fromJson(sees);
        if (sees != null && clientSees == null) {
            fields.problem("/clientSees", SessionMessages.of("handOut.clientSees"));
        }
        PracticeProfile practice = PracticeProfileStore.read(fields, "/practice");
        String key =
                fields.object("/therapistKey")
                        ? fields.requiredText("/therapistKey/x25519", 100)
                        : null;
        if (key != null && TherapistPublicKey.parse(key).isEmpty()) {
            fields.problem("/therapistKey/x25519", SessionMessages.of("handOut.badKey"));
        }
        fields.throwIfAny();

        BankRef ref = new BankRef(bankId, bankVersion);
        QuestionBank bank = bankOf(path, document, ref, bankText);
        if (perspective != null && bank.perspective(perspective).isEmpty()) {
            fields.problem(
                    "/perspective",
                    SessionMessages.of(
                            "handOut.noPerspective",
                            perspective,
                            String.join(", ", bank.perspectiveIds())));
        }
        List<String> known = bank.sections().stream().map(Section::id).toList();
        List<String> items = fields.items("/sections", 200);
        for (int i = 0; i < sections.size(); i++) {
            if (!known.contains(sections.get(i))) {
                fields.problem(
                        items.get(i),
                        SessionMessages.of(
                                "handOut.noSection", sections.get(i), String.join(", ", known)));
            }
        }
        fields.throwIfAny();
        HandOut handOut =
                new HandOut(
                        ref,
                        bankText,
                        perspective,
                        sections,
                        clientCode,
                        clientSees,
                        practice,
                        key,
                        createdAt);
        return new Opened(path, handOut, bank);
    }

    private static QuestionBank bankOf(
            Path path, JsonDocument document, BankRef ref, String bankText)
            throws ProblemsException {
        if (bankText == null) {
            Optional<QuestionBank> bundled = BankCatalog.bundled().find(ref);
            if (bundled.isEmpty()) {
                throw new ProblemsException(
                        document.problemAt(
                                "/bank",
                                SessionMessages.of("handOut.bankMissing", ref.toString())));
            }
            return bundled.get();
        }
        String name = path.getFileName() + " (its question bank)";
        QuestionBank bank = BankLoader.load(name, bankText.getBytes(StandardCharsets.UTF_8));
        if (!bank.ref().equals(ref)) {
            throw new ProblemsException(
                    document.problemAt(
                            "/bank",
                            SessionMessages.of(
                                    "handOut.otherBank", ref.toString(), bank.ref().toString())));
        }
        return bank;
    }
}
