package grayarea.report;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.Flag;
import grayarea.bank.QuestionBank;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.ResultFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Result files as rows of a table: client code, date, bank, band, headline score and flags. The
 * therapist view shows these rows; {@link #csv} writes them for a spreadsheet.
 */
public final class ResultsTable {

    /** One result file as a row. */
    public record Row(
            Path file,
            String clientCode,
            Instant createdAt,
            BankRef bank,
            boolean couple,
            String band,
            Double score,
            String flags,
            Holds holds) {}

    /**
     * What a file holds, told from what it is, not from what it says of itself: only a file that
     * really was sealed (and opened with the therapist's key) is "everything (sealed)". A plain
     * file that keeps private answers, such as a version 1 file or one that claims {@code
     * "contents": "complete"}, is complete but was never sealed.
     */
    public enum Holds {
        /**
         * Sealed for the therapist, and holding everything, private answers and safety flags
         * included.
         */
        SEALED,
        /**
         * Keeps private answers, but was not sealed: anyone who had the file could read (or write)
         * it.
         */
        COMPLETE_NOT_SEALED,
        /** No private answers and no safety flags. */
        WITHOUT_PRIVATE;

        /**
         * @param sealed whether the file was a sealed envelope that opened with the therapist's key
         *     ({@link grayarea.session.FileOpener.Opened#sealed()})
         */
        public static Holds of(ResultFile.Any contents, boolean sealed) {
            if (!(contents instanceof ResultFile.Contents one) || !one.complete()) {
                return WITHOUT_PRIVATE;
            }
            return sealed ? SEALED : COMPLETE_NOT_SEALED;
        }
    }

    private final Function<BankRef, Optional<QuestionBank>> banks;
    private final Words words;

    /**
     * @param banks finds the bank a file was answered to (for band and flag labels); a file whose
     *     bank is not found shows ids instead
     * @param language the language of the labels
     */
    public ResultsTable(Function<BankRef, Optional<QuestionBank>> banks, String language) {
        this.banks = banks;
        this.words = new Words(null, language);
    }

    /** Rows labelled with the banks built into the app. */
    public static ResultsTable withBundledBanks(String language) {
        BankCatalog catalog = BankCatalog.bundled();
        return new ResultsTable(catalog::find, language);
    }

    /**
     * @param sealed whether the file really was sealed for the therapist (a sealed envelope that
     *     opened with their key); the file's own {@code contents} claim does not decide it
     */
    public Row row(Path file, ResultFile.Any contents, boolean sealed) {
        Holds holds = Holds.of(contents, sealed);
        Optional<QuestionBank> bank = banks.apply(contents.bank());
        if (contents instanceof ResultFile.Contents solo) {
            Result result = solo.result();
            PartResult headline = result.headline().orElse(null);
            String band = headline == null ? "" : bandLabel(bank, headline);
            Double score = headline == null ? null : primaryScore(bank, headline);
            List<String> flags = result.flags().stream().map(id -> flagLabel(bank, id)).toList();
            return new Row(
                    file,
                    solo.clientCode(),
                    solo.createdAt(),
                    solo.bank(),
                    false,
                    band,
                    score,
                    String.join("; ", flags),
                    holds);
        }
        ResultFile.CoupleContents couple = (ResultFile.CoupleContents) contents;
        List<String> bands = new ArrayList<>();
        for (ComparisonTurn turn : List.of(couple.first(), couple.second())) {
            String who =
                    turn.respondent() == null
                            ? words.get(turn == couple.first() ? "couple.first" : "couple.second")
                            : turn.respondent();
            String band =
                    !turn.available() || bank.isEmpty()
                            ? "–"
                            : new ScoringEngine(bank.get())
                                    .score(turn.shared().sheet())
                                    .headline()
                                    .map(p -> bandLabel(bank, p))
                                    .orElse("–");
            bands.add(who + ": " + band);
        }
        return new Row(
                file,
                couple.clientCode(),
                couple.createdAt(),
                couple.bank(),
                true,
                String.join("; ", bands),
                null,
                "",
                holds);
    }

    /**
     * The headline band's label; without one, why: too few answered to say (the bank's coverage) or
     * too few to form the score at all.
     */
    private String bandLabel(Optional<QuestionBank> bank, PartResult part) {
        String band = part.band();
        if (band == null) {
            return words.get(
                    part.headline() != null
                                    && part.headline().status()
                                            == Headline.Status.NOT_ENOUGH_ANSWERED
                            ? "csv.band.notEnough"
                            : "clinician.band.none");
        }
        return bank.flatMap(b -> b.primary().band(band))
                .map(b -> b.label().in(words.language))
                .orElse(band);
    }

    private static Double primaryScore(Optional<QuestionBank> bank, PartResult part) {
        return bank.flatMap(
                        b ->
                                part.scores().stream()
                                        .filter(s -> s.dimension().equals(b.primary().dimension()))
                                        .findFirst())
                .map(s -> s.value())
                .orElse(null);
    }

    private String flagLabel(Optional<QuestionBank> bank, String id) {
        Optional<Flag> flag = bank.flatMap(b -> b.flag(id));
        String label = flag.map(f -> f.label().in(words.language)).orElse(id);
        return flag.map(Flag::safety).orElse(false)
                ? words.format("clinician.flag.safety", label)
                : label;
    }

    /**
     * The rows as CSV a spreadsheet opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
     * every cell quoted where it must be, and a cell that starts like a formula (=, +, -, @, tab or
     * carriage return) neutralised with a leading apostrophe so that no spreadsheet runs it.
     */
    public byte[] csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(
                out,
                List.of(
                        words.get("csv.clientCode"),
                        words.get("csv.date"),
                        words.get("csv.bank"),
                        words.get("csv.kind"),
                        words.get("csv.band"),
                        words.get("csv.score"),
                        words.get("csv.flags"),
                        words.get("csv.contents"),
                        words.get("csv.file")));
        for (Row row : rows) {
            line(
                    out,
                    List.of(
                            nullToEmpty(row.clientCode()),
                            row.createdAt().toString(),
                            row.bank().id() + " " + row.bank().version(),
                            words.get(row.couple() ? "csv.kind.couple" : "csv.kind.one"),
                            row.band(),
                            row.score() == null ? "" : words.numbers.format(row.score()),
                            row.flags(),
                            words.get(
                                    switch (row.holds()) {
                                        case SEALED -> "csv.contents.sealed";
                                        case COMPLETE_NOT_SEALED -> "csv.contents.notSealed";
                                        case WITHOUT_PRIVATE -> "csv.contents.withoutPrivate";
                                    }),
                            row.file().getFileName().toString()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * One cell: neutralised if it could be taken for a formula, quoted if it holds a comma, quote
     * or line end.
     */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
