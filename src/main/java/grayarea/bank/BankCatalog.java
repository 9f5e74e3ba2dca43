package grayarea.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The banks packed into the app (listed in questions/bundled.txt), found by id and version, so that
 * answers given to any released version of a bank can be scored again.
 */
public final class BankCatalog {

    private static final String INDEX = "questions/bundled.txt";

    private final Map<BankRef, QuestionBank> banks;

    private BankCatalog(Map<BankRef, QuestionBank> banks) {
        this.banks = banks;
    }

    /** Loads every bank the index lists. */
    public static BankCatalog bundled() {
        Map<BankRef, QuestionBank> banks = new LinkedHashMap<>();
        for (String path : indexLines()) {
            QuestionBank bank = load("questions/" + path);
            banks.put(bank.ref(), bank);
        }
        return new BankCatalog(banks);
    }

    /** The bundled bank with that id and version, if the app has it. */
    public Optional<QuestionBank> find(BankRef ref) {
        return Optional.ofNullable(banks.get(ref));
    }

    /** The versions of a bank id the app has, in index order. */
    public List<String> versionsOf(String id) {
        return banks.keySet().stream()
                .filter(r -> r.id().equals(id))
                .map(BankRef::version)
                .toList();
    }

    public List<BankRef> refs() {
        return new ArrayList<>(banks.keySet());
    }

    private static QuestionBank load(String resource) {
        try {
            return BankLoader.loadResource(resource);
        } catch (ProblemsException e) {
            throw new IllegalStateException("a bundled bank is broken: " + e.problems(), e);
        }
    }

    private static List<String> indexLines() {
        try (InputStream in = BankCatalog.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + INDEX);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
