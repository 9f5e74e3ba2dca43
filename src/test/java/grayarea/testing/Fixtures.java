package grayarea.testing;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerValue;
import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Banks and answer sheets for tests. */
public final class Fixtures {

    private Fixtures() {}

    /** The hand-made scoring fixture bank (src/test/resources/scoring/bank.json). */
    public static QuestionBank scoringBank() {
        return resourceBank("scoring/bank.json");
    }

    public static QuestionBank resourceBank(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return BankLoader.load(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemsException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    public static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    public static Answer ticks(String... options) {
        return Answer.answered(new AnswerValue.Choices(List.of(options)));
    }

    public static Answer boundary(AnswerValue.Rating me, AnswerValue.Rating partner) {
        return Answer.answered(new AnswerValue.BoundaryRating(me, partner));
    }

    /** A sheet builder: {@code sheet(bank).part("partner", "q1", choice("often"), ...).build()}. */
    public static SheetBuilder sheet(QuestionBank bank) {
        return new SheetBuilder(bank);
    }

    /** Builds answer sheets for tests. */
    public static final class SheetBuilder {
        private final QuestionBank bank;
        private final Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();

        SheetBuilder(QuestionBank bank) {
            this.bank = bank;
        }

        public SheetBuilder answer(String part, String question, Answer answer) {
            parts.computeIfAbsent(part, p -> new LinkedHashMap<>()).put(question, answer);
            return this;
        }

        public AnswerSheet build() {
            return new AnswerSheet(
                    bank.ref(),
                    "Tester",
                    "en",
                    Instant.parse("2026-11-28T10:00:00Z"),
                    parts,
                    Map.of());
        }
    }
}
