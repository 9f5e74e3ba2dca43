package grayarea.scoring;

import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
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

    /** The behaviours on which the person's line differs between themselves and their partner. */
    public List<BoundaryReading> doubleStandards() {
        return boundaries.stream().filter(b -> b.lean() != BoundaryReading.Lean.SAME).toList();
    }
}
