import grayarea.bank.BankLoader;
import grayarea.bank.JsonDocument;
import grayarea.bank.QuestionBank;
import grayarea.bank.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times loading and validating a question bank with the app's own loader.
 *
 *   BankBench cold BANK           one load in this fresh JVM: prints cold_ms (the first call,
 *                                 class loading and JIT warm-up included)
 *   BankBench phases BANK         the first call of each step in this fresh JVM: read (parse
 *                                 the JSON), schema_compile (build the JSON schema validator),
 *                                 schema_check (validate against it), then the whole load
 *                                 once more (load_after_ms: its own schema validator is
 *                                 built again, but every class is loaded by then)
 *   BankBench warm BANK N         N loads after 2 x N warm-up loads: median, min, max, and the
 *                                 median of each step on its own
 *
 * BANK is "default" (BankLoader.loadDefault(), from the jar) or a file path. Output: one line
 * of key=value pairs, times in milliseconds.
 */
public final class BankBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String bank = args[1];
        switch (mode) {
            case "cold" -> {
                long t = System.nanoTime();
                QuestionBank loaded = load(bank);
                double ms = ms(t);
                System.out.printf("cold_ms=%.1f questions=%d%n", ms, loaded.questions().size());
            }
            case "phases" -> {
                byte[] bytes = bytes(bank);
                long t = System.nanoTime();
                JsonDocument document = JsonDocument.read(bank, bytes);
                double read = ms(t);
                t = System.nanoTime();
                SchemaCheck schema = SchemaCheck.forResource(SchemaCheck.BANK_SCHEMA);
                double compile = ms(t);
                t = System.nanoTime();
                int problems = schema.check(document).size();
                double check = ms(t);
                t = System.nanoTime();
                load(bank);
                double after = ms(t);
                System.out.printf("read_ms=%.1f schema_compile_ms=%.1f schema_check_ms=%.1f load_after_ms=%.1f"
                        + " schema_problems=%d%n", read, compile, check, after, problems);
            }
            case "warm" -> {
                int n = Integer.parseInt(args[2]);
                byte[] bytes = bytes(bank);
                SchemaCheck schema = SchemaCheck.forResource(SchemaCheck.BANK_SCHEMA);
                for (int i = 0; i < 2 * n; i++) {
                    load(bank);
                    schema.check(JsonDocument.read(bank, bytes));
                }
                double[] total = new double[n];
                double[] read = new double[n];
                double[] check = new double[n];
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    load(bank);
                    total[i] = ms(t);
                    t = System.nanoTime();
                    JsonDocument document = JsonDocument.read(bank, bytes);
                    read[i] = ms(t);
                    t = System.nanoTime();
                    schema.check(document);
                    check[i] = ms(t);
                }
                Arrays.sort(total);
                System.out.printf("warm_median_ms=%.2f warm_min_ms=%.2f warm_max_ms=%.2f read_median_ms=%.2f"
                        + " schema_check_median_ms=%.2f runs=%d%n", median(total), total[0], total[n - 1],
                        median(read), median(check), n);
            }
            default -> throw new IllegalArgumentException("mode: cold, phases or warm");
        }
    }

    private static QuestionBank load(String bank) throws Exception {
        return "default".equals(bank) ? BankLoader.loadDefault() : BankLoader.load(Path.of(bank));
    }

    private static byte[] bytes(String bank) throws Exception {
        if ("default".equals(bank)) {
            try (var in = BankBench.class.getClassLoader().getResourceAsStream(BankLoader.DEFAULT_BANK)) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(bank));
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
