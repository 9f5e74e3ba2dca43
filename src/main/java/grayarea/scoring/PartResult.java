package grayarea.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The result of one part of an answer sheet (one perspective, or "main").
 *
 * @param band the id of the primary score's band, or null when the primary score could not be
 *     formed (too few answers)
 * @param reflections the ids of the reflection prompts chosen, in bank order
 * @param why the answers that moved the primary score most, largest first
 */
public record PartResult(
        String part, List<Score> scores, String band, List<String> reflections, List<WhyItem> why) {

    public PartResult {
        scores = List.copyOf(scores);
        reflections = List.copyOf(reflections);
        why = List.copyOf(why);
    }

    public Optional<Score> score(String dimension) {
        return scores.stream().filter(s -> s.dimension().equals(dimension)).findFirst();
    }
}
