package grayarea.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks the meaning of a bank that the schema cannot: unique ids, references that resolve,
 * conditions that read only earlier answers, every text in every declared language. It reads the
 * raw tree defensively, so it can run beside the schema check and report every problem.
 */
final class BankValidator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> YES_NO = List.of("yes", "no");

    private final JsonDocument document;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();

    private final Set<String> perspectives = new LinkedHashSet<>();
    private final Set<String> behaviours = new HashSet<>();
    private final Map<String, Set<String>> scaleOptions = new HashMap<>();

    /** scale id → its steps with a value, in order ("not sure" and "does not apply" left out). */
    private final Map<String, List<String>> scaleValuedSteps = new HashMap<>();

    private final Set<String> safetyFlags = new HashSet<>();
    private final Set<String> dimensions = new HashSet<>();
    private final Set<String> flags = new HashSet<>();
    private final Set<String> bands = new HashSet<>();

    /** question id → what later checks need to know of it, in bank order. */
    private final Map<String, QuestionFacts> questions = new LinkedHashMap<>();

    private record QuestionFacts(
            String type,
            Set<String> options,
            Set<String> perspectives,
            String scale,
            Set<String> scoredOn) {}

    private BankValidator(JsonDocument document) {
        this.document = document;
    }

    static List<Problem> check(JsonDocument document) {
        BankValidator validator = new BankValidator(document);
        validator.run(JsonAt.root(document.root()));
        return validator.problems;
    }

    private void problem(JsonAt at, Message message) {
        problems.add(document.problemAt(at.pointer(), message));
    }

    private void run(JsonAt bank) {
        languages.addAll(bank.strings("languages"));
        checkTexts(bank);

        for (JsonAt p : unique(bank.get("perspectives"), "validator.kind.perspective")) {
            perspectives.add(p.string("id"));
        }
        for (JsonAt b : unique(bank.get("behaviours"), "validator.kind.behaviour")) {
            behaviours.add(b.string("id"));
        }
        for (JsonAt s : unique(bank.get("scales"), "validator.kind.scale")) {
            Set<String> ids = new LinkedHashSet<>();
            List<String> valued = new ArrayList<>();
            for (JsonAt o :
                    unique(
                            s.get("options"),
                            id -> Message.of("validator.scaleStepTwice", s.string("id"), id))) {
                ids.add(o.string("id"));
                if (!o.get("means").exists()) {
                    valued.add(o.string("id"));
                }
            }
            if (valued.size() < 2 && ids.size() >= 2) {
                problem(
                        s.get("options"),
                        Message.of("validator.scaleTooFewValued", s.string("id")));
            }
            scaleOptions.put(s.string("id"), ids);
            scaleValuedSteps.put(s.string("id"), valued);
        }
        for (JsonAt d : unique(bank.get("dimensions"), "validator.kind.dimension")) {
            dimensions.add(d.string("id"));
        }
        for (JsonAt f : unique(bank.get("flags"), "validator.kind.flag")) {
            flags.add(f.string("id"));
            if (f.bool("safety", false)) {
                safetyFlags.add(f.string("id"));
            } else if (f.bool("withholdsBand", false)) {
                problem(
                        f.get("withholdsBand"),
                        Message.of("validator.withholdsBandNotSafety", f.string("id")));
            }
        }
        unique(bank.get("resources"), "validator.kind.resource");
        checkPrimary(bank.get("primary"));
        checkSections(bank.get("sections"));
        checkCoverage(bank.get("primary").get("coverage"));
        checkBandRules(bank.get("primary").get("bandRules"));
        checkReflections(bank.get("reflections"));
        unique(bank.get("gutChecks"), "validator.kind.gutCheck");
        checkPrompts(bank.get("conversationPrompts"));
        checkDimensionsUsed(bank.get("dimensions"));
    }

    /**
     * The items of a list whose ids are unique; each repeated id is a problem. {@code kind} names
     * the items.
     */
    private List<JsonAt> unique(JsonAt list, String kind) {
        return unique(list, id -> Message.of("validator.idTwice", Message.of(kind), id));
    }

    /**
     * The same, for the items inside one thing (options of a question, steps of a scale), worded by
     * the caller.
     */
    private List<JsonAt> unique(JsonAt list, Function<String, Message> repeated) {
        Set<String> seen = new HashSet<>();
        List<JsonAt> items = new ArrayList<>();
        for (JsonAt item : list.items()) {
            String id = item.string("id");
            if (id == null) {
                continue;
            }
            if (!seen.add(id)) {
                problem(item.get("id"), repeated.apply(id));
                continue;
            }
            items.add(item);
        }
        return items;
    }

    private void checkPrimary(JsonAt primary) {
        String dimension = primary.string("dimension");
        if (dimension != null && !dimensions.contains(dimension)) {
            problem(
                    primary.get("dimension"),
                    Message.of("validator.primaryUnknownDimension", dimension));
        }
        Double previous = null;
        for (JsonAt band : unique(primary.get("bands"), "validator.kind.band")) {
            bands.add(band.string("id"));
            Double from = band.number("from");
            if (from != null && previous != null && from <= previous) {
                problem(
                        band.get("from"),
                        Message.of(
                                "validator.bandsAscend",
                                band.string("id"),
                                format(from),
                                format(previous)));
            }
            if (from != null) {
                previous = from;
            }
        }
    }

    private void checkSections(JsonAt sections) {
        Set<String> questionIds = new HashSet<>();
        for (JsonAt section : unique(sections, "validator.kind.section")) {
            Set<String> sectionPerspectives = checkPerspectiveList(section.get("perspectives"));
            for (JsonAt question : section.get("questions").items()) {
                String id = question.string("id");
                if (id != null && !questionIds.add(id)) {
                    problem(
                            question.get("id"),
                            Message.of(
                                    "validator.idTwice",
                                    Message.of("validator.kind.question"),
                                    id));
                    continue;
                }
                checkQuestion(question, sectionPerspectives);
            }
        }
    }

    private Set<String> checkPerspectiveList(JsonAt list) {
        Set<String> named = new LinkedHashSet<>();
        for (JsonAt item : list.items()) {
            String id = item.string();
            if (id == null) {
                continue;
            }
            if (!perspectives.contains(id)) {
                problem(
                        item,
                        perspectives.isEmpty()
                                ? Message.of("validator.noPerspectives", id)
                                : Message.of(
                                        "validator.unknownPerspective",
                                        id,
                                        quoteAll(perspectives)));
            }
            named.add(id);
        }
        return named;
    }

    private void checkQuestion(JsonAt question, Set<String> sectionPerspectives) {
        String id = question.string("id");
        String type = question.string("type");
        if (id == null || type == null) {
            return;
        }
        Message label = Message.of("validator.question", id);
        Set<String> own = checkPerspectiveList(question.get("perspectives"));
        Set<String> asked = effectivePerspectives(sectionPerspectives, own);
        if (asked.isEmpty() && !perspectives.isEmpty()) {
            problem(question.get("perspectives"), Message.of("validator.neverAsked", label));
        }
        for (String key : question.get("textFor").keys()) {
            if (!perspectives.contains(key)) {
                problem(
                        question.get("textFor").get(key),
                        Message.of("validator.textForUnknown", label, key));
            }
        }
        String behaviour = question.string("behaviour");
        if (behaviour != null && !behaviours.contains(behaviour)) {
            problem(
                    question.get("behaviour"),
                    Message.of("validator.unknownBehaviour", label, behaviour));
        }
        boolean keptPrivate =
                question.bool("private", false)
                        || question.bool("safety", false)
                        || raisesSafetyFlag(question);
        if (question.bool("required", false) && keptPrivate && !question.bool("declinable", true)) {
            problem(
                    question.get(question.get("private").exists() ? "private" : "declinable"),
                    Message.of("validator.privateNotDeclinable", label));
        }
        Set<String> options = new LinkedHashSet<>();
        switch (type) {
            case "single", "checklist" -> {
                for (JsonAt option :
                        unique(
                                question.get("options"),
                                optionId -> Message.of("validator.optionTwice", label, optionId))) {
                    options.add(option.string("id"));
                    checkScores(option.get("scores"), label);
                    checkFlags(option.get("raises"), label);
                    checkMeans(option, type, label);
                }
            }
            case "scale" -> options.addAll(checkScaleQuestion(question, label));
            case "yesno" -> {
                options.addAll(YES_NO);
                for (String answer : YES_NO) {
                    checkScores(question.get(answer).get("scores"), label);
                    checkFlags(question.get(answer).get("raises"), label);
                }
            }
            default -> {
                // text and boundary questions have no options
            }
        }
        if ("boundary".equals(type) && question.get("showIf").exists()) {
            // boundary ratings are answered in their own part ("boundaries"), where a condition
            // could never see the answers it reads
            problem(question.get("showIf"), Message.of("validator.boundaryShowIf", label));
        } else {
            checkCondition(question.get("showIf"), id, label, asked);
        }
        questions.put(
                id,
                new QuestionFacts(
                        type, options, asked, question.string("scale"), scoredOn(question)));
    }

    /** Whether any answer of the question, as its JSON writes it, raises a safety flag. */
    private boolean raisesSafetyFlag(JsonAt question) {
        List<JsonAt> lists = new ArrayList<>();
        question.get("options").items().forEach(o -> lists.add(o.get("raises")));
        lists.add(question.get("yes").get("raises"));
        lists.add(question.get("no").get("raises"));
        question.get("raisesOn").keys().forEach(k -> lists.add(question.get("raisesOn").get(k)));
        question.get("raisesAtLeast")
                .keys()
                .forEach(k -> lists.add(question.get("raisesAtLeast").get(k)));
        return lists.stream()
                .flatMap(l -> l.items().stream())
                .anyMatch(f -> f.string() != null && safetyFlags.contains(f.string()));
    }

    /** The dimensions a question's answers give points on, as its JSON names them. */
    private static Set<String> scoredOn(JsonAt question) {
        Set<String> on = new LinkedHashSet<>();
        for (JsonAt scoring : question.get("scoring").items()) {
            if (scoring.string("dimension") != null) {
                on.add(scoring.string("dimension"));
            }
        }
        for (JsonAt option : question.get("options").items()) {
            on.addAll(option.get("scores").keys());
        }
        on.addAll(question.get("yes").get("scores").keys());
        on.addAll(question.get("no").get("scores").keys());
        return on;
    }

    /**
     * A "not sure" or "does not apply" option gives no points and raises nothing, and a checklist
     * (where any number are ticked) has none.
     */
    private void checkMeans(JsonAt option, String type, Message label) {
        if (!option.get("means").exists()) {
            return;
        }
        if ("checklist".equals(type)) {
            problem(
                    option.get("means"),
                    Message.of("validator.meansOnChecklist", label, option.string("id")));
        } else if (option.get("scores").exists() || option.get("raises").exists()) {
            problem(
                    option.get("means"),
                    Message.of("validator.meansWithPoints", label, option.string("id")));
        }
    }

    private void checkCoverage(JsonAt coverage) {
        if (!coverage.exists()) {
            return;
        }
        Message label = Message.of("validator.coverage");
        Set<String> named = new LinkedHashSet<>();
        for (JsonAt d : coverage.get("dimensions").items()) {
            if (d.string() != null && !dimensions.contains(d.string())) {
                problem(d, Message.of("validator.readsUnknownScore", label, d.string()));
            }
        }
        for (JsonAt q : coverage.get("questions").items()) {
            QuestionFacts facts = q.string() == null ? null : questions.get(q.string());
            if (q.string() != null && facts == null) {
                problem(q, Message.of("validator.readsUnknownQuestion", label, q.string()));
            } else if (facts != null && "boundary".equals(facts.type())) {
                problem(q, Message.of("validator.coverageCannotCount", q.string()));
            }
        }
        Set<String> byDimension = new HashSet<>(coverage.strings("dimensions"));
        Set<String> byId = new HashSet<>(coverage.strings("questions"));
        questions.forEach(
                (id, facts) -> {
                    if (byId.contains(id)
                            || facts.scoredOn().stream().anyMatch(byDimension::contains)) {
                        named.add(id);
                    }
                });
        Double minAnswered = coverage.number("minAnswered");
        if (!coverage.get("dimensions").exists() && !coverage.get("questions").exists()) {
            problem(coverage, Message.of("validator.coverageNamesNothing"));
        } else if (minAnswered != null && minAnswered > named.size()) {
            problem(
                    coverage.get("minAnswered"),
                    Message.of("validator.coverageNeverMet", format(minAnswered), named.size()));
        }
    }

    private void checkBandRules(JsonAt rules) {
        for (JsonAt rule : unique(rules, "validator.kind.bandRule")) {
            Message label = Message.of("validator.bandRule", rule.string("id"));
            String band = rule.string("atLeastBand");
            if (band != null && !bands.contains(band)) {
                problem(rule.get("atLeastBand"), Message.of("validator.unknownBand", label, band));
            }
            JsonAt when = rule.get("when");
            String dimension = when.string("dimension");
            if (dimension == null) {
                continue;
            }
            if (!dimensions.contains(dimension)) {
                problem(
                        when.get("dimension"),
                        Message.of("validator.readsUnknownScore", label, dimension));
                continue;
            }
            String step = when.string("anyAnswerAtLeast");
            if (step == null) {
                continue;
            }
            boolean someItemHasIt =
                    questions.values().stream()
                            .anyMatch(
                                    q ->
                                            "scale".equals(q.type())
                                                    && q.scoredOn().contains(dimension)
                                                    && scaleValuedSteps
                                                            .getOrDefault(q.scale(), List.of())
                                                            .contains(step));
            if (!someItemHasIt) {
                problem(
                        when.get("anyAnswerAtLeast"),
                        Message.of("validator.bandRuleNoSuchStep", label, step, dimension));
            }
        }
    }

    private Set<String> effectivePerspectives(Set<String> section, Set<String> question) {
        Set<String> all =
                section.isEmpty()
                        ? new LinkedHashSet<>(perspectives)
                        : new LinkedHashSet<>(section);
        if (!question.isEmpty()) {
            all.retainAll(question);
        }
        return all;
    }

    private Set<String> checkScaleQuestion(JsonAt question, Message label) {
        String scale = question.string("scale");
        if (scale == null) {
            return Set.of();
        }
        Set<String> options = scaleOptions.get(scale);
        if (options == null) {
            problem(question.get("scale"), Message.of("validator.unknownScale", label, scale));
            return Set.of();
        }
        for (JsonAt scoring : question.get("scoring").items()) {
            String dimension = scoring.string("dimension");
            if (dimension != null && !dimensions.contains(dimension)) {
                problem(
                        scoring.get("dimension"),
                        Message.of("validator.unknownDimension", label, dimension));
            }
        }
        JsonAt raisesOn = question.get("raisesOn");
        List<String> valuedSteps = scaleValuedSteps.getOrDefault(scale, List.of());
        for (String option : raisesOn.keys()) {
            if (!options.contains(option)) {
                problem(
                        raisesOn.get(option),
                        Message.of("validator.raisesOnNotAStep", label, option, scale));
            } else if (!valuedSteps.contains(option)) {
                // "not sure" and "does not apply" are set aside: they raise nothing
                problem(raisesOn.get(option), Message.of("validator.meansRaises", label, option));
            }
            checkFlags(raisesOn.get(option), label);
        }
        JsonAt raisesAtLeast = question.get("raisesAtLeast");
        List<String> valued = scaleValuedSteps.getOrDefault(scale, List.of());
        for (String step : raisesAtLeast.keys()) {
            if (!valued.contains(step)) {
                problem(
                        raisesAtLeast.get(step),
                        Message.of("validator.notAValuedStep", label, step, scale));
            }
            checkFlags(raisesAtLeast.get(step), label);
        }
        return options;
    }

    private void checkScores(JsonAt scores, Message label) {
        for (String dimension : scores.keys()) {
            if (!dimensions.contains(dimension)) {
                problem(
                        scores.get(dimension),
                        Message.of("validator.unknownDimension", label, dimension));
            }
        }
    }

    private void checkFlags(JsonAt raises, Message label) {
        for (JsonAt flag : raises.items()) {
            String id = flag.string();
            if (id != null && !flags.contains(id)) {
                problem(flag, Message.of("validator.raisesUnknownFlag", label, id));
            }
        }
    }

    private void checkCondition(JsonAt condition, String selfId, Message label, Set<String> asked) {
        if (!condition.exists()) {
            return;
        }
        for (JsonAt part : condition.get("all").items()) {
            checkCondition(part, selfId, label, asked);
        }
        for (JsonAt part : condition.get("any").items()) {
            checkCondition(part, selfId, label, asked);
        }
        if (condition.get("atLeast").exists()) {
            for (JsonAt target : atLeastTargets(condition)) {
                if (checkConditionTarget(target, selfId, label, asked)) {
                    checkAtLeastStep(condition, target.string(), label);
                }
            }
            return;
        }
        JsonAt targetAt = condition.get("question");
        if (targetAt.string() != null && checkConditionTarget(targetAt, selfId, label, asked)) {
            checkOptionsOf(
                    condition.get("in"),
                    targetAt.string(),
                    questions.get(targetAt.string()),
                    label);
        }
    }

    /** The questions an at-least condition reads: "question", or each of "questions". */
    private static List<JsonAt> atLeastTargets(JsonAt condition) {
        List<JsonAt> targets = new ArrayList<>();
        if (condition.get("question").string() != null) {
            targets.add(condition.get("question"));
        }
        for (JsonAt q : condition.get("questions").items()) {
            if (q.string() != null) {
                targets.add(q);
            }
        }
        return targets;
    }

    /**
     * "At least" a step reads a scale question whose scale has that step with a value ("not sure"
     * cannot be passed).
     */
    private void checkAtLeastStep(JsonAt condition, String question, Message label) {
        QuestionFacts facts = questions.get(question);
        String step = condition.string("atLeast");
        if (facts == null || step == null) {
            return;
        }
        if (!"scale".equals(facts.type())) {
            problem(
                    condition.get("atLeast"),
                    Message.of("validator.atLeastNotScale", label, question, facts.type()));
        } else if (!scaleValuedSteps.getOrDefault(facts.scale(), List.of()).contains(step)) {
            problem(
                    condition.get("atLeast"),
                    Message.of("validator.notAValuedStep", label, step, facts.scale()));
        }
    }

    /**
     * Whether a condition may read the question at {@code targetAt}: an earlier choice, scale,
     * yes/no or checklist question asked wherever the dependent one is. Each failure is a problem.
     */
    private boolean checkConditionTarget(
            JsonAt targetAt, String selfId, Message label, Set<String> asked) {
        String target = targetAt.string();
        if (target.equals(selfId)) {
            problem(targetAt, Message.of("validator.showIfSelf", label));
            return false;
        }
        QuestionFacts facts = questions.get(target);
        if (facts == null) {
            problem(
                    targetAt,
                    Message.of(
                            exists(target)
                                    ? "validator.showIfLater"
                                    : "validator.showIfNoSuchQuestion",
                            label,
                            target));
            return false;
        }
        if (!Set.of("single", "scale", "yesno", "checklist").contains(facts.type())) {
            problem(targetAt, Message.of("validator.showIfType", label, target, facts.type()));
            return false;
        }
        if (!facts.perspectives().containsAll(asked)) {
            Set<String> missing = new LinkedHashSet<>(asked);
            missing.removeAll(facts.perspectives());
            problem(
                    targetAt,
                    Message.of("validator.showIfPerspective", label, target, quoteAll(missing)));
        }
        return true;
    }

    private boolean exists(String questionId) {
        return document.root()
                .path("sections")
                .valueStream()
                .flatMap(s -> s.path("questions").valueStream())
                .anyMatch(q -> questionId.equals(q.path("id").asString(null)));
    }

    private void checkOptionsOf(JsonAt list, String target, QuestionFacts facts, Message label) {
        for (JsonAt option : list.items()) {
            String id = option.string();
            if (id != null && !facts.options().contains(id)) {
                problem(
                        option,
                        Message.of(
                                "validator.waitsForAnswerNotOffered",
                                label,
                                id,
                                target,
                                quoteAll(facts.options())));
            }
        }
    }

    private void checkReflections(JsonAt reflections) {
        for (JsonAt reflection : unique(reflections, "validator.kind.reflection")) {
            checkRule(
                    reflection.get("when"),
                    Message.of("validator.reflection", reflection.string("id")));
            if (reflection.bool("together", false) && namesSafetyFlag(reflection.get("when"))) {
                // left out whenever a safety flag is raised, so it could never be shown
                problem(
                        reflection.get("together"),
                        Message.of("validator.togetherSafetyReflection", reflection.string("id")));
            }
        }
    }

    /** Whether a rule names a safety flag, directly or inside "all" or "any". */
    private boolean namesSafetyFlag(JsonAt rule) {
        String flag = rule.string("flag");
        if (flag != null && safetyFlags.contains(flag)) {
            return true;
        }
        for (String key : List.of("all", "any")) {
            for (JsonAt part : rule.get(key).items()) {
                if (namesSafetyFlag(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkRule(JsonAt rule, Message label) {
        if (!rule.exists()) {
            return;
        }
        for (JsonAt part : rule.get("all").items()) {
            checkRule(part, label);
        }
        for (JsonAt part : rule.get("any").items()) {
            checkRule(part, label);
        }
        String score = rule.string("score");
        if (score != null && !dimensions.contains(score)) {
            problem(rule.get("score"), Message.of("validator.readsUnknownScore", label, score));
        }
        Double from = rule.number("atLeast");
        Double below = rule.number("below");
        if (from != null && below != null && from >= below) {
            problem(
                    rule.get("below"),
                    Message.of("validator.neverChosen", label, format(below), format(from)));
        }
        for (JsonAt band : rule.get("band").items()) {
            if (band.string() != null && !bands.contains(band.string())) {
                problem(band, Message.of("validator.unknownBand", label, band.string()));
            }
        }
        String flag = rule.string("flag");
        if (flag != null && !flags.contains(flag)) {
            problem(rule.get("flag"), Message.of("validator.namesUnknownFlag", label, flag));
        }
        boolean atLeast = rule.get("atLeast").exists() && rule.string("score") == null;
        List<JsonAt> targets = atLeast ? atLeastTargets(rule) : List.of(rule.get("question"));
        for (JsonAt target : targets) {
            String question = target.string();
            if (question == null) {
                continue;
            }
            QuestionFacts facts = questions.get(question);
            if (facts == null) {
                problem(target, Message.of("validator.readsUnknownQuestion", label, question));
            } else if (atLeast) {
                checkAtLeastStep(rule, question, label);
            } else {
                checkOptionsOf(rule.get("in"), question, facts, label);
            }
        }
    }

    private void checkPrompts(JsonAt prompts) {
        for (JsonAt prompt : unique(prompts, "validator.kind.prompt")) {
            Message label = Message.of("validator.prompt", prompt.string("id"));
            String behaviour = prompt.string("behaviour");
            if (behaviour != null && !behaviours.contains(behaviour)) {
                problem(
                        prompt.get("behaviour"),
                        Message.of("validator.unknownBehaviour", label, behaviour));
            }
            JsonAt text = prompt.get("text");
            List<JsonAt> variants = new ArrayList<>();
            if (text.string() != null) {
                variants.add(text);
            }
            text.keys().forEach(k -> variants.add(text.get(k)));
            for (JsonAt variant : variants) {
                Matcher m = PLACEHOLDER.matcher(variant.string() == null ? "" : variant.string());
                while (m.find()) {
                    if (!ConversationPrompt.BEHAVIOUR_PLACEHOLDER.equals(m.group())) {
                        problem(
                                variant,
                                Message.of(
                                        "validator.unknownPlaceholder",
                                        label,
                                        m.group(),
                                        ConversationPrompt.BEHAVIOUR_PLACEHOLDER));
                    } else if ("general".equals(prompt.string("topic")) && behaviour == null) {
                        problem(
                                variant,
                                Message.of("validator.placeholderInGeneral", label, m.group()));
                    }
                }
            }
        }
    }

    private void checkDimensionsUsed(JsonAt dimensionList) {
        Set<String> used = new HashSet<>();
        collectScoredDimensions(document.root().path("sections"), used);
        for (JsonAt dimension : dimensionList.items()) {
            String id = dimension.string("id");
            if (id != null && !used.contains(id)) {
                problem(dimension.get("id"), Message.of("validator.dimensionUnused", id));
            }
        }
    }

    private static void collectScoredDimensions(JsonNode sections, Set<String> used) {
        sections.valueStream()
                .flatMap(s -> s.path("questions").valueStream())
                .forEach(
                        q -> {
                            q.path("scoring")
                                    .valueStream()
                                    .forEach(s -> used.add(s.path("dimension").asString("")));
                            q.path("options")
                                    .valueStream()
                                    .forEach(o -> used.addAll(o.path("scores").propertyNames()));
                            used.addAll(q.path("yes").path("scores").propertyNames());
                            used.addAll(q.path("no").path("scores").propertyNames());
                        });
    }

    /**
     * Every text must have exactly the declared languages; a plain string only in a one-language
     * bank.
     */
    private void checkTexts(JsonAt bank) {
        if (languages.isEmpty()) {
            return;
        }
        for (JsonAt text : TextFields.texts(document.root())) {
            if (text.string() != null) {
                if (languages.size() > 1) {
                    problem(
                            text,
                            Message.of(
                                    "validator.plainText",
                                    languages.size(),
                                    String.join(", ", languages)));
                }
                continue;
            }
            for (String language : languages) {
                if (text.node().isObject() && !text.node().has(language)) {
                    problem(text, Message.of("validator.textMissingLanguage", language));
                }
            }
            for (String key : text.keys()) {
                if (!languages.contains(key)) {
                    problem(text.get(key), Message.of("validator.textUndeclaredLanguage", key));
                }
            }
        }
    }

    /** The ids, each in quotes, or "nothing" in the reader's language. */
    private static Object quoteAll(Set<String> values) {
        return values.isEmpty()
                ? Message.of("validator.nothing")
                : "\"" + String.join("\", \"", values) + "\"";
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
