package grayarea.bank;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person answered: per part (a perspective such as "partner" or "self", the "boundaries"
 * map, or "main"), the answer to each question by id.
 *
 * @param respondent a label such as "Partner A"; no real name is needed
 * @param language the language the questions were shown in
 * @param order optional: per section id, the order its questions were shown in (couples)
 */
public record AnswerSheet(
        BankRef bank,
        String respondent,
        String language,
        Instant createdAt,
        Map<String, Map<String, Answer>> parts,
        Map<String, List<String>> order) {

    public AnswerSheet {
        Map<String, Map<String, Answer>> copy = new LinkedHashMap<>();
        parts.forEach(
                (part, answers) ->
                        copy.put(part, Collections.unmodifiableMap(new LinkedHashMap<>(answers))));
        parts = Collections.unmodifiableMap(copy);
        order = Collections.unmodifiableMap(new LinkedHashMap<>(order));
    }

    public Map<String, Answer> part(String name) {
        return parts.getOrDefault(name, Map.of());
    }

    /** The perspective parts answered, in the sheet's order (not "boundaries"). */
    public List<String> perspectiveParts() {
        return parts.keySet().stream().filter(p -> !Parts.BOUNDARIES.equals(p)).toList();
    }

    /** A copy with one part replaced. */
    public AnswerSheet withPart(String name, Map<String, Answer> answers) {
        Map<String, Map<String, Answer>> copy = new LinkedHashMap<>(parts);
        copy.put(name, answers);
        return new AnswerSheet(bank, respondent, language, createdAt, copy, order);
    }
}
