package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.testing.Generators;
import grayarea.testing.Mutations;
import grayarea.testing.Seeded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    @Test
    void aDamagedBankLoadsOrGivesLocatedProblems() {
        Seeded.tries(
                200,
                random -> {
                    byte[] bytes = Mutations.apply(BANK, Mutations.byteEdits(random));
                    try {
                        BankLoader.load("damaged.json", bytes);
                    } catch (ProblemsException e) {
                        assertThat(e.problems()).isNotEmpty();
                        assertThat(e.problems())
                                .allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
                    }
                    // any other exception fails the property
                });
    }

    @Test
    void aDamagedBankNeverThrowsAnythingElseEvenWhenEditedAsText() {
        Seeded.tries(
                50,
                random -> {
                    String text = new String(BANK, StandardCharsets.UTF_8);
                    int at = (int) Math.round(Generators.fraction(random) * text.length());
                    String snippet =
                            Generators.oneOf(
                                    random,
                                    "\"",
                                    "{",
                                    "}",
                                    "[",
                                    "]",
                                    ",",
                                    ":",
                                    "null",
                                    "true",
                                    "0",
                                    "-1",
                                    "1.5",
                                    "\"x\": 1,",
                                    "{}",
                                    "[]",
                                    "\"é\"",
                                    "\\u0000",
                                    "\n\n",
                                    "\"id\": \"dup\",");
                    String damaged = text.substring(0, at) + snippet + text.substring(at);
                    try {
                        BankLoader.load("edited.json", damaged.getBytes(StandardCharsets.UTF_8));
                    } catch (ProblemsException e) {
                        assertThat(e.problems())
                                .isNotEmpty()
                                .allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
                    }
                });
    }

    /**
     * Damage that keeps the JSON well-formed, so it reaches the schema and the meaning checks: one
     * value somewhere in the bank replaced by another (an id from elsewhere in the bank, a number,
     * null, an empty object or list), or one list item or key removed.
     */
    @Test
    void aWellFormedButWrongBankLoadsOrGivesLocatedProblems() {
        Seeded.tries(
                100,
                random -> {
                    byte[] bytes = Mutations.applyTreeEdits(BANK, Mutations.treeEdits(random));
                    try {
                        BankLoader.load("wrong.json", bytes);
                    } catch (ProblemsException e) {
                        assertThat(e.problems())
                                .isNotEmpty()
                                .allSatisfy(p -> assertThat(p.toString()).matches(LOCATED));
                    }
                });
    }
}
