package grayarea.session;

import grayarea.bank.Json;
import grayarea.bank.JsonDocument;
import grayarea.bank.ProblemsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The therapist's practice profile, kept as profile.json in the data folder, and the same object as
 * hand-out files carry it (docs/formats.md).
 */
public final class PracticeProfileStore {

    public static final String FILE = "profile.json";
    static final String KIND = "grayarea.practice-profile";
    static final int FORMAT_VERSION = 1;

    private final Path file;

    public PracticeProfileStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /**
     * The saved profile, none when there is no file; a damaged file is said, located, and left
     * alone.
     */
    public Optional<PracticeProfile> load() throws ProblemsException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonDocument document = JsonDocument.read(file);
        FileKind.check(document, KIND, FORMAT_VERSION, "kind.practiceProfile");
        Fields fields = new Fields(document);
        PracticeProfile profile = read(fields, "/profile");
        fields.throwIfAny();
        return Optional.ofNullable(profile);
    }

    public void save(PracticeProfile profile) throws IOException {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.set("profile", tree(profile));
        AtomicFiles.write(file, Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode tree(PracticeProfile profile) {
        ObjectNode node = Json.object();
        node.put("therapistName", profile.therapistName());
        putIfSet(node, "practice", profile.practice());
        putIfSet(node, "contact", profile.contact());
        putIfSet(node, "noteToClients", profile.noteToClients());
        if (!profile.resources().isEmpty()) {
            ArrayNode list = node.putArray("resources");
            for (PracticeProfile.LocalResource r : profile.resources()) {
                ObjectNode item = list.addObject();
                item.put("name", r.name());
                item.put("contact", r.contact());
                putIfSet(item, "notes", r.notes());
            }
        }
        if (profile.replacesAppHelp()) {
            node.put("replacesAppHelp", true);
        }
        return node;
    }

    /**
     * Reads a profile object at {@code pointer}; problems go to {@code fields}. Null when it has
     * any.
     */
    static PracticeProfile read(Fields fields, String pointer) {
        if (!fields.object(pointer)) {
            fields.problem(
                    pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/')),
                    SessionMessages.of("practice.missing"));
            return null;
        }
        String name = fields.requiredText(pointer + "/therapistName", PracticeProfile.MAX_NAME);
        String practice = fields.text(pointer + "/practice", PracticeProfile.MAX_NAME);
        String contact = fields.text(pointer + "/contact", PracticeProfile.MAX_CONTACT);
        String note = fields.text(pointer + "/noteToClients", PracticeProfile.MAX_NOTE);
        List<PracticeProfile.LocalResource> resources = new ArrayList<>();
        for (String item : fields.items(pointer + "/resources", PracticeProfile.MAX_RESOURCES)) {
            if (!fields.object(item)) {
                continue;
            }
            String rName = fields.requiredText(item + "/name", PracticeProfile.MAX_NAME);
            String rContact = fields.requiredText(item + "/contact", PracticeProfile.MAX_CONTACT);
            String rNotes = fields.text(item + "/notes", PracticeProfile.MAX_CONTACT);
            if (rName != null && rContact != null) {
                resources.add(new PracticeProfile.LocalResource(rName, rContact, rNotes));
            }
        }
        boolean replaces = fields.bool(pointer + "/replacesAppHelp");
        return name == null
                ? null
                : new PracticeProfile(name, practice, contact, note, resources, replaces);
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
