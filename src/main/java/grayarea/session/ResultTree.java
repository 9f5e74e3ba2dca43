package grayarea.session;

import grayarea.bank.AnswerValue;
import grayarea.bank.BankRef;
import grayarea.bank.Json;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.ContextAnswer;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.Score;
import grayarea.scoring.WhyItem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Result} as JSON (docs/formats.md, "The result"): in result files and in {@code score
 * --format json}. Files written before a key existed read with its neutral default.
 */
final class ResultTree {

    private ResultTree() {}

    static ObjectNode write(Result result) {
        ObjectNode node = Json.object();
        ArrayNode parts = node.putArray("parts");
        for (PartResult part : result.parts()) {
            ObjectNode p = parts.addObject();
            p.put("part", part.part());
            if (part.band() != null) {
                p.put("band", part.band());
            } else {
                p.putNull("band");
            }
            p.set("headline", headline(part.headline()));
            ArrayNode scores = p.putArray("scores");
            for (Score score : part.scores()) {
                ObjectNode s = scores.addObject();
                s.put("dimension", score.dimension());
                s.put("raw", score.raw());
                if (score.value() != null) {
                    s.put("value", score.value());
                } else {
                    s.putNull("value");
                }
                if (score.rounded()) {
                    s.put("unrounded", score.unrounded());
                }
                s.put("counted", score.counted());
                s.put("missing", score.missing());
                if (score.notSure() > 0) {
                    s.put("notSure", score.notSure());
                }
                if (score.notApplicable() > 0) {
                    s.put("notApplicable", score.notApplicable());
                }
            }
            ArrayNode reflections = p.putArray("reflections");
            part.reflections().forEach(reflections::add);
            p.set("why", whyItems(part.why()));
            ArrayNode context = p.putArray("context");
            for (ContextAnswer answer : part.context()) {
                ObjectNode c = context.addObject();
                c.put("question", answer.question());
                c.put("answer", answer.answer());
            }
        }
        ArrayNode flags = node.putArray("flags");
        result.flags().forEach(flags::add);
        node.put("safety", result.safety());
        if (!result.safetyUnanswered().isEmpty()) {
            ArrayNode unanswered = node.putArray("safetyUnanswered");
            result.safetyUnanswered().forEach(unanswered::add);
        }
        ArrayNode boundaries = node.putArray("boundaries");
        for (BoundaryReading b : result.boundaries()) {
            ObjectNode r = boundaries.addObject();
            r.put("behaviour", b.behaviour());
            r.put("question", b.question());
            r.put("ifIDid", b.ifIDid().json());
            r.put("ifPartnerDid", b.ifPartnerDid().json());
        }
        return node;
    }

    private static ObjectNode headline(Headline headline) {
        ObjectNode h = Json.object();
        h.put("status", headline.status().json());
        if (headline.scoreBand() != null) {
            h.put("scoreBand", headline.scoreBand());
        } else {
            h.putNull("scoreBand");
        }
        Headline.CoverageCheck coverage = headline.coverage();
        if (coverage != null) {
            ObjectNode c = h.putObject("coverage");
            c.put("met", coverage.met());
            c.put("answered", coverage.answered());
            c.put("missing", coverage.missing());
            c.put("setAside", coverage.setAside());
            ArrayNode unanswered = c.putArray("unanswered");
            coverage.unanswered().forEach(unanswered::add);
        }
        ArrayNode rules = h.putArray("rules");
        for (Headline.FiredRule rule : headline.rules()) {
            ObjectNode r = rules.addObject();
            r.put("rule", rule.rule());
            r.put("band", rule.band());
            r.put("raised", rule.raised());
            if (rule.score() != null) {
                r.put("score", rule.score());
            } else {
                r.set("answers", whyItems(rule.answers()));
            }
        }
        return h;
    }

    private static ArrayNode whyItems(List<WhyItem> items) {
        ArrayNode why = Json.object().arrayNode();
        for (WhyItem item : items) {
            ObjectNode w = why.addObject();
            w.put("question", item.question());
            w.put("answer", item.answer());
            w.put("points", item.points());
        }
        return why;
    }

    static Result read(JsonNode node, BankRef bank) {
        List<PartResult> parts = new ArrayList<>();
        for (JsonNode p : node.path("parts")) {
            List<Score> scores = new ArrayList<>();
            for (JsonNode s : p.path("scores")) {
                Double value = number(s.path("value"));
                Double unrounded = number(s.path("unrounded"));
                scores.add(
                        new Score(
                                s.path("dimension").asString(),
                                s.path("raw").asDouble(),
                                value,
                                s.path("counted").asInt(),
                                s.path("missing").asInt(),
                                s.path("notSure").asInt(0),
                                s.path("notApplicable").asInt(0),
                                unrounded == null ? value : unrounded));
            }
            List<String> reflections = new ArrayList<>();
            p.path("reflections").forEach(r -> reflections.add(r.asString()));
            List<ContextAnswer> context = new ArrayList<>();
            for (JsonNode c : p.path("context")) {
                context.add(
                        new ContextAnswer(
                                c.path("question").asString(), c.path("answer").asString()));
            }
            String band = p.path("band").isString() ? p.path("band").asString() : null;
            parts.add(
                    new PartResult(
                            p.path("part").asString(),
                            scores,
                            band,
                            reflections,
                            whyItems(p.path("why")),
                            headline(p.path("headline"), band),
                            context));
        }
        List<String> flags = new ArrayList<>();
        node.path("flags").forEach(f -> flags.add(f.asString()));
        List<String> safetyUnanswered = new ArrayList<>();
        node.path("safetyUnanswered").forEach(q -> safetyUnanswered.add(q.asString()));
        List<BoundaryReading> boundaries = new ArrayList<>();
        for (JsonNode b : node.path("boundaries")) {
            boundaries.add(
                    new BoundaryReading(
                            b.path("behaviour").asString(),
                            b.path("question").asString(),
                            AnswerValue.Rating.fromJson(b.path("ifIDid").asString()),
                            AnswerValue.Rating.fromJson(b.path("ifPartnerDid").asString())));
        }
        return new Result(
                bank,
                parts,
                flags,
                node.path("safety").asBoolean(false),
                boundaries,
                safetyUnanswered);
    }

    /** A file from before headlines were written has only its band: the score gave it. */
    private static Headline headline(JsonNode h, String band) {
        if (!h.isObject()) {
            return new Headline(
                    band == null ? Headline.Status.NOT_FORMED : Headline.Status.BAND,
                    band,
                    null,
                    List.of());
        }
        Headline.CoverageCheck coverage = null;
        JsonNode c = h.path("coverage");
        if (c.isObject()) {
            List<String> unanswered = new ArrayList<>();
            c.path("unanswered").forEach(q -> unanswered.add(q.asString()));
            coverage =
                    new Headline.CoverageCheck(
                            c.path("met").asBoolean(),
                            c.path("answered").asInt(),
                            c.path("missing").asInt(),
                            c.path("setAside").asInt(),
                            unanswered);
        }
        List<Headline.FiredRule> rules = new ArrayList<>();
        for (JsonNode r : h.path("rules")) {
            rules.add(
                    new Headline.FiredRule(
                            r.path("rule").asString(),
                            r.path("band").asString(),
                            r.path("raised").asBoolean(),
                            whyItems(r.path("answers")),
                            number(r.path("score"))));
        }
        return new Headline(
                Headline.Status.fromJson(h.path("status").asString()),
                h.path("scoreBand").isString() ? h.path("scoreBand").asString() : null,
                coverage,
                rules);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? Double.valueOf(node.asDouble()) : null;
    }

    private static List<WhyItem> whyItems(JsonNode items) {
        List<WhyItem> why = new ArrayList<>();
        for (JsonNode w : items) {
            why.add(
                    new WhyItem(
                            w.path("question").asString(),
                            w.path("answer").asString(),
                            w.path("points").asDouble()));
        }
        return why;
    }
}
