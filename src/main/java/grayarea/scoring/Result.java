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
 */
public record Result(
        BankRef bank,
        List<PartResult> parts,
        List<String> flags,
        boolean safety,
        List<BoundaryReading> boundaries) {

    public Result {
        parts = List.copyOf(parts);
        flags = List.copyOf(flags);
        boundaries = List.copyOf(boundaries);
    }

    /** The headline: the first perspective part's result. */
    public Optional<PartResult> headline() {
        return parts.stream().findFirst();
    }

    public Optional<PartResult> part(String name) {
        return parts.stream().filter(p -> p.part().equals(name)).findFirst();
    }

    /** The same result with no safety flag: what a file that is not sealed may hold. */
    public Result withoutSafetyFlags(QuestionBank bank) {
        List<String> kept =
                flags.stream()
                        .filter(id -> bank.flag(id).map(f -> !f.safety()).orElse(false))
                        .toList();
        return new Result(this.bank, parts, kept, false, boundaries);
    }

    /** The behaviours on which the person's line differs between themselves and their partner. */
    public List<BoundaryReading> doubleStandards() {
        return boundaries.stream().filter(b -> b.lean() != BoundaryReading.Lean.SAME).toList();
    }
}
