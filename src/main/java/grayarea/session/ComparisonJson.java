package grayarea.session;

import grayarea.bank.AnswerValue.BoundaryRating;
import grayarea.bank.Json;
import grayarea.bank.QuestionBank;
import grayarea.scoring.Comparison;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.ConversationStarter;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.Comparison.PerceptionGap;
import grayarea.scoring.ComparisonTurn;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A couple's comparison as JSON: what {@code compare --format json} prints and a couple's result
 * file keeps.
 */
public final class ComparisonJson {

    private ComparisonJson() {}

    /**
     * The comparison as JSON. When it is not available, only {@code {"available": false}}: nothing
     * of either turn, not even the bank.
     */
    public static ObjectNode tree(
            QuestionBank bank, Comparison comparison, ComparisonTurn first, ComparisonTurn second) {
        ObjectNode root = Json.object();
        root.put("available", comparison.available());
        if (!comparison.available()) {
            return root;
        }
        root.put("bank", bank.id());
        root.put("bankVersion", bank.version());
        root.set("first", side(first, comparison.firstNotShared()));
        root.set("second", side(second, comparison.secondNotShared()));
        ArrayNode boundaries = root.putArray("boundaries");
        for (BoundaryAgreement b : comparison.boundaries()) {
            ObjectNode n = boundaries.addObject();
            n.put("behaviour", b.behaviour());
            n.put("question", b.question());
            n.put("kind", b.kind().json());
            rating(n, "first", b.first());
            rating(n, "second", b.second());
            if (b.first() != null && b.second() != null) {
                n.put("whenFirstDoesIt", b.whenFirstDoesIt().json());
                n.put("whenSecondDoesIt", b.whenSecondDoesIt().json());
                n.put("generalLine", b.generalLine().json());
                n.put("difference", b.difference());
            }
        }
        ArrayNode doubles = root.putArray("doubleStandards");
        for (DoubleStandard d : comparison.doubleStandards()) {
            ObjectNode n = doubles.addObject();
            n.put("partner", d.partner().json());
            n.put("behaviour", d.behaviour());
            n.put("question", d.reading().question());
            n.put("ifIDid", d.reading().ifIDid().json());
            n.put("ifPartnerDid", d.reading().ifPartnerDid().json());
            n.put("lean", d.lean().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        ArrayNode gaps = root.putArray("perceptionGaps");
        for (PerceptionGap g : comparison.perceptionGaps()) {
            ObjectNode n = gaps.addObject();
            n.put("about", g.about().json());
            n.put("dimension", g.dimension());
            n.put("ownView", g.ownView());
            n.put("partnerView", g.partnerView());
            n.put("difference", g.difference());
            n.put("size", g.size());
        }
        ArrayNode starters = root.putArray("conversationStarters");
        for (ConversationStarter s : comparison.starters()) {
            ObjectNode n = starters.addObject();
            n.put("topic", s.topic().json());
            n.put("prompt", s.prompt());
            if (s.behaviour() != null) {
                n.put("behaviour", s.behaviour());
            }
            if (s.dimension() != null) {
                n.put("dimension", s.dimension());
            }
            if (s.partner() != null) {
                n.put("partner", s.partner().json());
            }
            n.put("size", s.size());
            n.put("text", s.text());
        }
        return root;
    }

    private static ObjectNode side(ComparisonTurn turn, Map<String, Set<String>> notShared) {
        ObjectNode n = Json.object();
        if (turn.respondent() != null) {
            n.put("respondent", turn.respondent());
        }
        ObjectNode parts = n.putObject("notShared");
        notShared.forEach(
                (part, ids) -> {
                    ArrayNode list = parts.putArray(part);
                    ids.forEach(list::add);
                });
        return n;
    }

    private static void rating(ObjectNode node, String key, BoundaryRating rating) {
        if (rating == null) {
            node.putNull(key);
        } else {
            ObjectNode r = node.putObject(key);
            r.put("ifIDid", rating.ifIDid().json());
            r.put("ifPartnerDid", rating.ifPartnerDid().json());
        }
    }
}
