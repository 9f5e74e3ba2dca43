package grayarea.scoring;

import grayarea.bank.Band;
import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
import grayarea.bank.Reflection;
import java.util.List;
import java.util.Optional;

/**
 * What the scoring engine makes of one answer sheet.
 *
 * @param parts a result per perspective part answered, in the sheet's order
 * @param flags the ids of the flags raised anywhere in the sheet, in bank order
 * @param safety whether any raised flag is a safety flag
 * @param boundaries the boundary map, in bank order
 * @param safetyUnanswered the safety-relevant questions shown but not answered (declined, not
 *     reached or absent), in bank order. For the person themselves and, only in sealed files, their
 *     therapist: {@link #withoutSafetyFlags} drops it with the safety flags.
 */
public record Result(
        BankRef bank,
        List<PartResult> parts,
        List<String> flags,
        boolean safety,
        List<BoundaryReading> boundaries,
        List<String> safetyUnanswered) {

    public Result {
        parts = List.copyOf(parts);
        flags = List.copyOf(flags);
        boundaries = List.copyOf(boundaries);
        safetyUnanswered = List.copyOf(safetyUnanswered);
    }

    /** The headline: the first perspective part's result. */
    public Optional<PartResult> headline() {
        return parts.stream().findFirst();
    }

    public Optional<PartResult> part(String name) {
        return parts.stream().filter(p -> p.part().equals(name)).findFirst();
    }

    /**
     * The same result with no safety flag and nothing about safety questions left unanswered: what
     * a file that is not sealed may hold.
     */
    public Result withoutSafetyFlags(QuestionBank bank) {
        List<String> kept =
                flags.stream()
                        .filter(id -> bank.flag(id).map(f -> !f.safety()).orElse(false))
                        .toList();
        return new Result(this.bank, parts, kept, false, boundaries, List.of());
    }

    /**
     * Whether a raised safety flag asks that no band be shown: the result then leads with the
     * flag's message and the help resources alone.
     */
    public boolean bandWithheld(QuestionBank bank) {
        return flags.stream()
                .map(bank::flag)
                .anyMatch(f -> f.map(x -> x.safety() && x.withholdsBand()).orElse(false));
    }

    /**
     * With a safety flag raised, the safety reflections chosen (those whose rule names a safety
     * flag), once each in bank order: they come first, beside the flag's message and before the
     * help lines and any score. Empty when no safety flag was raised.
     */
    public List<String> safetyReflections(QuestionBank bank) {
        if (!safety) {
            return List.of();
        }
        return bank.reflections().stream()
                .filter(bank::isSafetyReflection)
                .map(Reflection::id)
                .filter(id -> parts.stream().anyMatch(p -> p.reflections().contains(id)))
                .toList();
    }

    /**
     * A part's reflections in bank order, without the safety reflections that already came first
     * ({@link #safetyReflections}).
     */
    public List<String> otherReflections(QuestionBank bank, PartResult part) {
        List<String> first = safetyReflections(bank);
        return part.reflections().stream().filter(id -> !first.contains(id)).toList();
    }

    /**
     * Whether a band's explanation is shown: not when it suggests talking together and a safety
     * flag was raised (its label and the "why" stay).
     */
    public boolean showsExplanation(Band band) {
        return !(safety && band.together());
    }

    /** The behaviours on which the person's line differs between themselves and their partner. */
    public List<BoundaryReading> doubleStandards() {
        return boundaries.stream().filter(b -> b.lean() != BoundaryReading.Lean.SAME).toList();
    }
}
