package grayarea.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a bank tree that passed every check into the immutable model. */
final class BankMapper {

    private final String firstLanguage;
    private final Map<String, Scale> scales = new LinkedHashMap<>();
    private final Set<String> safetyFlags = new LinkedHashSet<>();

    /** question id → the scale of a scale question, for conditions that say "at least". */
    private final Map<String, Scale> scaleOf = new LinkedHashMap<>();

    private BankMapper(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    static QuestionBank map(JsonAt bank) {
        List<String> languages = bank.strings("languages");
        BankMapper mapper = new BankMapper(languages.get(0));
        return mapper.bank(bank, languages);
    }

    private QuestionBank bank(JsonAt bank, List<String> languages) {
        JsonAt sourceNode = bank.get("source");
        Source source =
                sourceNode.exists()
                        ? new Source(
                                sourceNode.string("title"),
                                sourceNode.string("author"),
                                text(sourceNode.get("note")))
                        : null;
        QuestionBank.About about =
                new QuestionBank.About(
                        bank.string("id"),
                        bank.string("version"),
                        languages,
                        text(bank.get("title")),
                        text(bank.get("description")),
                        text(bank.get("credits")),
                        source);

        List<Perspective> perspectives = new ArrayList<>();
        for (JsonAt p : bank.get("perspectives").items()) {
            perspectives.add(
                    new Perspective(
                            p.string("id"), text(p.get("label")), text(p.get("description"))));
        }
        List<Behaviour> behaviours = new ArrayList<>();
        for (JsonAt b : bank.get("behaviours").items()) {
            behaviours.add(
                    new Behaviour(
                            b.string("id"), text(b.get("label")), text(b.get("description"))));
        }
        for (JsonAt s : bank.get("scales").items()) {
            List<Scale.Option> options = new ArrayList<>();
            for (JsonAt o : s.get("options").items()) {
                String means = o.string("means");
                options.add(
                        new Scale.Option(
                                o.string("id"),
                                text(o.get("label")),
                                o.number("value"),
                                means == null ? null : Means.fromJson(means)));
            }
            scales.put(s.string("id"), new Scale(s.string("id"), options));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (JsonAt d : bank.get("dimensions").items()) {
            JsonAt missing = d.get("missing");
            String rule = missing.string("rule");
            Double max = missing.number("maxMissing");
            dimensions.add(
                    new Dimension(
                            d.string("id"),
                            text(d.get("label")),
                            text(d.get("description")),
                            Dimension.Formation.fromJson(d.string("formation")),
                            rule == null
                                    ? Dimension.MissingRule.SKIP
                                    : Dimension.MissingRule.fromJson(rule),
                            max == null ? null : max.intValue(),
                            d.string("rounding") == null
                                    ? Dimension.Rounding.NONE
                                    : Dimension.Rounding.fromJson(d.string("rounding"))));
        }
        List<Band> bands = new ArrayList<>();
        for (JsonAt b : bank.get("primary").get("bands").items()) {
            bands.add(
                    new Band(
                            b.string("id"),
                            b.number("from"),
                            text(b.get("label")),
                            text(b.get("explanation")),
                            b.bool("together", false)));
        }
        List<Flag> flags = new ArrayList<>();
        for (JsonAt f : bank.get("flags").items()) {
            flags.add(
                    new Flag(
                            f.string("id"),
                            text(f.get("label")),
                            f.bool("safety", false),
                            text(f.get("message")),
                            f.bool("withholdsBand", false)));
            if (f.bool("safety", false)) {
                safetyFlags.add(f.string("id"));
            }
        }
        List<HelpResource> resources = new ArrayList<>();
        for (JsonAt r : bank.get("resources").items()) {
            resources.add(
                    new HelpResource(
                            r.string("id"),
                            text(r.get("name")),
                            text(r.get("contact")),
                            text(r.get("region")),
                            text(r.get("notes")),
                            r.bool("fillIn", false)));
        }
        List<Section> sections = new ArrayList<>();
        for (JsonAt s : bank.get("sections").items()) {
            for (JsonAt q : s.get("questions").items()) {
                if ("scale".equals(q.string("type")) && scales.containsKey(q.string("scale"))) {
                    scaleOf.put(q.string("id"), scales.get(q.string("scale")));
                }
            }
        }
        for (JsonAt s : bank.get("sections").items()) {
            List<Question> questions = new ArrayList<>();
            for (JsonAt q : s.get("questions").items()) {
                questions.add(question(q));
            }
            sections.add(
                    new Section(
                            s.string("id"),
                            text(s.get("title")),
                            text(s.get("intro")),
                            new LinkedHashSet<>(s.strings("perspectives")),
                            questions));
        }
        PrimaryScore primary = primary(bank.get("primary"), bands);
        List<Reflection> reflections = new ArrayList<>();
        for (JsonAt r : bank.get("reflections").items()) {
            reflections.add(
                    new Reflection(
                            r.string("id"),
                            text(r.get("text")),
                            rule(r.get("when")),
                            r.bool("together", false)));
        }
        List<GutCheck> gutChecks = new ArrayList<>();
        for (JsonAt g : bank.get("gutChecks").items()) {
            gutChecks.add(new GutCheck(g.string("id"), text(g.get("text"))));
        }
        List<ConversationPrompt> prompts = new ArrayList<>();
        for (JsonAt c : bank.get("conversationPrompts").items()) {
            prompts.add(
                    new ConversationPrompt(
                            c.string("id"),
                            ConversationPrompt.Topic.fromJson(c.string("topic")),
                            c.string("behaviour"),
                            text(c.get("text")),
                            c.bool("together", false)));
        }
        return new QuestionBank(
                about,
                perspectives,
                behaviours,
                List.copyOf(scales.values()),
                dimensions,
                primary,
                flags,
                resources,
                text(bank.get("resourcesNote")),
                new BankTexts(
                        text(bank.get("texts").get("resultFooter")),
                        text(bank.get("texts").get("comparisonUnavailable")),
                        text(bank.get("texts").get("fillIn")),
                        text(bank.get("texts").get("resultFooterSafety"))),
                sections,
                reflections,
                gutChecks,
                prompts);
    }

    private Question question(JsonAt q) {
        QuestionType type = QuestionType.fromJson(q.string("type"));
        Map<String, Text> textFor = new LinkedHashMap<>();
        for (String key : q.get("textFor").keys()) {
            textFor.put(key, text(q.get("textFor").get(key)));
        }
        List<Option> options = new ArrayList<>();
        String scaleId = null;
        switch (type) {
            case SINGLE, CHECKLIST -> {
                for (JsonAt o : q.get("options").items()) {
                    String means = o.string("means");
                    options.add(
                            new Option(
                                    o.string("id"),
                                    text(o.get("label")),
                                    scores(o.get("scores")),
                                    new LinkedHashSet<>(o.strings("raises")),
                                    means == null ? null : Means.fromJson(means)));
                }
            }
            case SCALE -> {
                scaleId = q.string("scale");
                Scale scale = scales.get(scaleId);
                JsonAt raisesOn = q.get("raisesOn");
                JsonAt raisesAtLeast = q.get("raisesAtLeast");
                for (Scale.Option step : scale.options()) {
                    if (step.means() != null) {
                        options.add(
                                new Option(
                                        step.id(), step.label(), Map.of(), Set.of(), step.means()));
                        continue;
                    }
                    Set<String> raises = new LinkedHashSet<>(raisesOn.strings(step.id()));
                    for (String from : raisesAtLeast.keys()) {
                        if (scale.atOrAbove(from).contains(step.id())) {
                            raises.addAll(raisesAtLeast.strings(from));
                        }
                    }
                    Map<String, Double> scores = new LinkedHashMap<>();
                    for (JsonAt scoring : q.get("scoring").items()) {
                        double weight =
                                scoring.number("weight") == null ? 1.0 : scoring.number("weight");
                        double value =
                                scoring.bool("reverse", false)
                                        ? scale.max() + scale.min() - step.value()
                                        : step.value();
                        scores.merge(scoring.string("dimension"), weight * value, Double::sum);
                    }
                    options.add(new Option(step.id(), step.label(), scores, raises));
                }
            }
            case YES_NO -> {
                for (String answer : List.of("yes", "no")) {
                    JsonAt effect = q.get(answer);
                    options.add(
                            new Option(
                                    answer,
                                    Text.EMPTY,
                                    scores(effect.get("scores")),
                                    new LinkedHashSet<>(effect.strings("raises"))));
                }
            }
            default -> {
                // text and boundary questions have no options
            }
        }
        Double maxLength = q.number("maxLength");
        boolean raisesSafety =
                options.stream().anyMatch(o -> o.raises().stream().anyMatch(safetyFlags::contains));
        return new Question(
                q.string("id"),
                type,
                text(q.get("text")),
                textFor,
                text(q.get("help")),
                new LinkedHashSet<>(q.strings("perspectives")),
                q.string("behaviour"),
                q.bool("required", false),
                q.bool("declinable", true),
                q.bool("private", false) || q.bool("safety", false) || raisesSafety,
                q.bool("gutCheck", false),
                condition(q.get("showIf")),
                options,
                scaleId,
                maxLength == null ? Question.DEFAULT_MAX_LENGTH : maxLength.intValue(),
                q.bool("safety", false) || raisesSafety);
    }

    private PrimaryScore primary(JsonAt primary, List<Band> bands) {
        JsonAt c = primary.get("coverage");
        Coverage coverage = null;
        if (c.exists()) {
            Double minAnswered = c.number("minAnswered");
            coverage =
                    new Coverage(
                            new LinkedHashSet<>(c.strings("dimensions")),
                            new LinkedHashSet<>(c.strings("questions")),
                            minAnswered == null ? null : minAnswered.intValue(),
                            c.number("minShare"));
        }
        List<BandRule> rules = new ArrayList<>();
        for (JsonAt r : primary.get("bandRules").items()) {
            JsonAt when = r.get("when");
            BandRule.Trigger trigger =
                    when.get("anyAnswerAtLeast").exists()
                            ? new BandRule.AnswerAtLeast(
                                    when.string("dimension"), when.string("anyAnswerAtLeast"))
                            : new BandRule.ScoreAtLeast(
                                    when.string("dimension"), when.number("scoreAtLeast"));
            rules.add(
                    new BandRule(
                            r.string("id"),
                            text(r.get("label")),
                            r.string("atLeastBand"),
                            trigger));
        }
        return new PrimaryScore(primary.string("dimension"), bands, coverage, rules);
    }

    private static Map<String, Double> scores(JsonAt scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : scores.keys()) {
            out.put(key, scores.number(key));
        }
        return out;
    }

    private Condition condition(JsonAt c) {
        if (!c.exists()) {
            return null;
        }
        if (c.get("all").exists()) {
            return new Condition.AllOf(c.get("all").items().stream().map(this::condition).toList());
        }
        if (c.get("any").exists()) {
            return new Condition.AnyOf(c.get("any").items().stream().map(this::condition).toList());
        }
        if (c.get("atLeast").exists()) {
            return atLeast(c);
        }
        return new Condition.AnswerIn(c.string("question"), Set.copyOf(c.strings("in")));
    }

    /** {"question": id, "atLeast": step} or {"questions": [ids], "atLeast": step}, resolved. */
    private Condition.AtLeast atLeast(JsonAt c) {
        List<String> questions = new ArrayList<>();
        if (c.string("question") != null) {
            questions.add(c.string("question"));
        }
        questions.addAll(c.strings("questions"));
        String step = c.string("atLeast");
        Map<String, Set<String>> atOrAbove = new LinkedHashMap<>();
        for (String question : questions) {
            Scale scale = scaleOf.get(question);
            atOrAbove.put(
                    question,
                    scale == null ? Set.of() : new LinkedHashSet<>(scale.atOrAbove(step)));
        }
        return new Condition.AtLeast(step, atOrAbove);
    }

    private Rule rule(JsonAt r) {
        if (r.get("always").exists()) {
            return new Rule.Always();
        }
        if (r.get("all").exists()) {
            return new Rule.AllOf(r.get("all").items().stream().map(this::rule).toList());
        }
        if (r.get("any").exists()) {
            return new Rule.AnyOf(r.get("any").items().stream().map(this::rule).toList());
        }
        if (r.get("score").exists()) {
            return new Rule.ScoreRange(r.string("score"), r.number("atLeast"), r.number("below"));
        }
        if (r.get("band").exists()) {
            return new Rule.BandIn(Set.copyOf(r.strings("band")));
        }
        if (r.get("flag").exists()) {
            return new Rule.FlagRaised(r.string("flag"));
        }
        return new Rule.Answer(condition(r));
    }

    private Text text(JsonAt t) {
        if (t.string() != null) {
            return Text.of(firstLanguage, t.string());
        }
        if (!t.node().isObject()) {
            return Text.EMPTY;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String key : t.keys()) {
            byLanguage.put(key, t.string(key));
        }
        return new Text(byLanguage);
    }
}
