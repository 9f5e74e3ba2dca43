package grayarea.report;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void csvOpensInASpreadsheetWithoutRunningAnything() {
        ResultsTable table = ResultsTable.withBundledBanks("en");
        ResultsTable.Row row =
                new ResultsTable.Row(
                        Path.of("/x/a.json"),
                        "=HYPERLINK(\"http://x\",\"y\")",
                        Instant.parse("2026-11-20T19:30:00Z"),
                        new BankRef("micro-cheating", "1.0.0"),
                        false,
                        "Several gray areas, worth talking",
                        52.5,
                        "@SUM(A1); -2+3",
                        ResultsTable.Holds.WITHOUT_PRIVATE);
        byte[] bytes = table.csv(List.of(row));

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("Client code,Date,Question bank,Taken by,Result,Score,Flags,Holds,File");
        assertThat(lines.get(1))
                .isEqualTo(
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2026-11-20T19:30:00Z,"
                                + "micro-cheating 1.0.0,one person,\"Several gray areas, worth talking\",52.5,'@SUM(A1); -2+3,"
                                + "no private answers,a.json");
        assertThat(text).contains("\r\n");
    }

    @Test
    void cellsAreNeutralisedAndQuotedOnlyWhereNeeded() {
        assertThat(ResultsTable.cell("plain")).isEqualTo("plain");
        assertThat(ResultsTable.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(ResultsTable.cell("-3")).isEqualTo("'-3");
        assertThat(ResultsTable.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(ResultsTable.cell("Ольга, \"О\"")).isEqualTo("\"Ольга, \"\"О\"\"\"");
        assertThat(ResultsTable.cell("")).isEmpty();
    }
}
