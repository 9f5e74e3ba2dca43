package grayarea.bank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded, validated question bank: immutable, with every reference resolved. Built only by {@link
 * BankLoader}, which refuses a bank with problems.
 */
public final class QuestionBank {

    /** The identity, languages and credits of a bank. */
    public record About(
            String id,
            String version,
            List<String> languages,
            Text title,
            Text description,
            Text credits,
            Source source) {
        public About {
            languages = List.copyOf(languages);
        }
    }

    private final About about;
    private final List<Perspective> perspectives;
    private final List<Behaviour> behaviours;
    private final List<Scale> scales;
    private final List<Dimension> dimensions;
    private final PrimaryScore primary;
    private final List<Flag> flags;
    private final List<HelpResource> resources;
    private final Text resourcesNote;
    private final BankTexts texts;
    private final List<Section> sections;
    private final List<Reflection> reflections;
    private final List<GutCheck> gutChecks;
    private final List<ConversationPrompt> conversationPrompts;
    private final Map<String, Question> questionsById;
    private final Map<String, Section> sectionOfQuestion;

    @SuppressWarnings("checkstyle:ParameterNumber")
    QuestionBank(
            About about,
            List<Perspective> perspectives,
            List<Behaviour> behaviours,
            List<Scale> scales,
            List<Dimension> dimensions,
            PrimaryScore primary,
            List<Flag> flags,
            List<HelpResource> resources,
            Text resourcesNote,
            BankTexts texts,
            List<Section> sections,
            List<Reflection> reflections,
            List<GutCheck> gutChecks,
            List<ConversationPrompt> conversationPrompts) {
        this.about = about;
        this.perspectives = List.copyOf(perspectives);
        this.behaviours = List.copyOf(behaviours);
        this.scales = List.copyOf(scales);
        this.dimensions = List.copyOf(dimensions);
        this.primary = primary;
        this.flags = List.copyOf(flags);
        this.resources = List.copyOf(resources);
        this.resourcesNote = resourcesNote;
        this.texts = texts;
        this.sections = List.copyOf(sections);
        this.reflections = List.copyOf(reflections);
        this.gutChecks = List.copyOf(gutChecks);
        this.conversationPrompts = List.copyOf(conversationPrompts);
        Map<String, Question> byId = new LinkedHashMap<>();
        Map<String, Section> sectionOf = new LinkedHashMap<>();
        for (Section section : this.sections) {
            for (Question q : section.questions()) {
                byId.put(q.id(), q);
                sectionOf.put(q.id(), section);
            }
        }
        this.questionsById = Collections.unmodifiableMap(byId);
        this.sectionOfQuestion = Collections.unmodifiableMap(sectionOf);
    }

    public About about() {
        return about;
    }

    public String id() {
        return about.id();
    }

    public String version() {
        return about.version();
    }

    public BankRef ref() {
        return new BankRef(about.id(), about.version());
    }

    public List<String> languages() {
        return about.languages();
    }

    public List<Perspective> perspectives() {
        return perspectives;
    }

    public boolean hasPerspectives() {
        return !perspectives.isEmpty();
    }

    public List<Behaviour> behaviours() {
        return behaviours;
    }

    public List<Scale> scales() {
        return scales;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public PrimaryScore primary() {
        return primary;
    }

    public List<Flag> flags() {
        return flags;
    }

    public List<HelpResource> resources() {
        return resources;
    }

    public Text resourcesNote() {
        return resourcesNote;
    }

    /** Wording that belongs to this bank, each empty where the app's neutral default stands. */
    public BankTexts texts() {
        return texts;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Reflection> reflections() {
        return reflections;
    }

    /** The ids of the safety flags, in bank order. */
    public Set<String> safetyFlags() {
        Set<String> ids = new LinkedHashSet<>();
        flags.stream().filter(Flag::safety).forEach(f -> ids.add(f.id()));
        return ids;
    }

    /**
     * Whether a reflection is a safety reflection: its rule names a safety flag (directly or inside
     * "all" or "any"). With a safety flag raised it comes first, beside the flag's message.
     */
    public boolean isSafetyReflection(Reflection reflection) {
        return reflection.namesFlag(safetyFlags());
    }

    public List<GutCheck> gutChecks() {
        return gutChecks;
    }

    public List<ConversationPrompt> conversationPrompts() {
        return conversationPrompts;
    }

    /** Every question in bank order. */
    public List<Question> questions() {
        return new ArrayList<>(questionsById.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    public Section sectionOf(Question question) {
        return sectionOfQuestion.get(question.id());
    }

    public Optional<Scale> scale(String id) {
        return find(scales, Scale::id, id);
    }

    public Optional<Dimension> dimension(String id) {
        return find(dimensions, Dimension::id, id);
    }

    public Optional<Behaviour> behaviour(String id) {
        return find(behaviours, Behaviour::id, id);
    }

    public Optional<Flag> flag(String id) {
        return find(flags, Flag::id, id);
    }

    public Optional<Perspective> perspective(String id) {
        return find(perspectives, Perspective::id, id);
    }

    /** The perspective ids, or a single null for a bank without perspectives. */
    public List<String> perspectiveIds() {
        if (perspectives.isEmpty()) {
            return Collections.singletonList(null);
        }
        return perspectives.stream().map(Perspective::id).collect(Collectors.toList());
    }

    /** The questions asked in a part (see {@link Parts}), in bank order. */
    public List<Question> questionsInPart(String part) {
        if (Parts.BOUNDARIES.equals(part)) {
            return questionsById.values().stream()
                    .filter(q -> q.type() == QuestionType.BOUNDARY)
                    .toList();
        }
        String perspective = Parts.perspectiveOf(part);
        return sections.stream()
                .flatMap(s -> s.questionsFor(perspective).stream())
                .filter(q -> q.type() != QuestionType.BOUNDARY)
                .toList();
    }

    /**
     * The names of the parts this bank can have (each perspective or "main", and "boundaries" if
     * used).
     */
    public List<String> partNames() {
        List<String> names = new ArrayList<>();
        if (perspectives.isEmpty()) {
            names.add(Parts.MAIN);
        } else {
            perspectives.forEach(p -> names.add(p.id()));
        }
        if (questionsById.values().stream().anyMatch(q -> q.type() == QuestionType.BOUNDARY)) {
            names.add(Parts.BOUNDARIES);
        }
        return names;
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(t -> id.apply(t).equals(wanted)).findFirst();
    }
}
