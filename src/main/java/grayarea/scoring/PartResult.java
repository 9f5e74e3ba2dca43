package grayarea.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The result of one part of an answer sheet (one perspective, or "main").
 *
 * @param band the id of the headline band, or null when there is none ({@link Headline#status()}
 *     says why)
 * @param reflections the ids of the reflection prompts chosen, in bank order; with a safety flag
 *     raised, none marked {@code together} (docs/decisions/0033)
 * @param why the answers that moved the primary score most, largest first
 * @param headline how the band came about: coverage, band rules, the score's own band
 * @param context the answers to shown questions that are never scored, in bank order (private and
 *     safety-relevant questions left out)
 */
public record PartResult(
        String part,
        List<Score> scores,
        String band,
        List<String> reflections,
        List<WhyItem> why,
        Headline headline,
        List<ContextAnswer> context) {

    public PartResult {
        scores = List.copyOf(scores);
        reflections = List.copyOf(reflections);
        why = List.copyOf(why);
        context = List.copyOf(context);
    }

    public Optional<Score> score(String dimension) {
        return scores.stream().filter(s -> s.dimension().equals(dimension)).findFirst();
    }
}
