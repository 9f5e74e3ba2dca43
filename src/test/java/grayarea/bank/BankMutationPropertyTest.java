package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Damaged copies of the default bank (bytes flipped, inserted, deleted, the end cut off) either
 * load or give located problems; nothing else ever comes out of the loader.
 */
class BankMutationPropertyTest {

    private static final byte[] BANK = readBank();
    private static final String LOCATED = "^.+:\\d+:\\d+: .+$";

    private static byte[] readBank() {
        try {
            return Files.readAllBytes(Path.of("questions/micro-cheating.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<Mutations.ByteEdit>> mutations() {
        return Mutations.byteEdits();
    }

    @Property(tries = 200)
    void aDamagedBankLoadsOrGivesLocatedProblems(@ForAll("mutations") List<Mutations.ByteEdit> mutations) {
        byte[] bytes = Mutations.apply(BANK, mutations);
        try {
            BankLoader.load("damaged.json", bytes);
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
        // any other exception fails the property
    }

    @Property(tries = 50)
    void aDamagedBankNeverThrowsAnythingElseEvenWhenEditedAsText(@ForAll("edits") Tuple.Tuple2<Double, String> edit) {
        String text = new String(BANK, StandardCharsets.UTF_8);
        int at = (int) Math.round(edit.get1() * text.length());
        String damaged = text.substring(0, at) + edit.get2() + text.substring(at);
        try {
            BankLoader.load("edited.json", damaged.getBytes(StandardCharsets.UTF_8));
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Double, String>> edits() {
        Arbitrary<String> snippet = Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "null", "true", "0", "-1", "1.5",
                "\"x\": 1,", "{}", "[]", "\"é\"", "\\u0000", "\n\n", "\"id\": \"dup\",");
        return Combinators.combine(Arbitraries.doubles().between(0, 1), snippet).as(Tuple::of);
    }

    /**
     * Damage that keeps the JSON well-formed, so it reaches the schema and the meaning checks:
     * one value somewhere in the bank replaced by another (an id from elsewhere in the bank, a
     * number, null, an empty object or list), or one list item or key removed.
     */
    @Property(tries = 100)
    void aWellFormedButWrongBankLoadsOrGivesLocatedProblems(@ForAll("treeEdits") List<Tuple.Tuple3<Double, Integer, Integer>> edits) {
        byte[] bytes = Mutations.applyTreeEdits(BANK, edits);
        try {
            BankLoader.load("wrong.json", bytes);
        } catch (ProblemsException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
        }
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Double, Integer, Integer>>> treeEdits() {
        return Mutations.treeEdits();
    }
}
