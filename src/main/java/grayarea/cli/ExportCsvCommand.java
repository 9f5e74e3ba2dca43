package grayarea.cli;

import grayarea.bank.JsonDocument;
import grayarea.bank.Problem;
import grayarea.bank.ProblemsException;
import grayarea.report.ResultsTable;
import grayarea.session.AtomicFiles;
import grayarea.session.FileOpener;
import grayarea.session.ResultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-csv --out FILE PATH...}: result files (or folders of them) as one CSV table that
 * spreadsheets open correctly. In a folder, files that are not result files are passed over; a
 * named file that is not one, or a damaged result file, is a located problem.
 */
@Command(name = "export-csv", mixinStandardHelpOptions = true)
final class ExportCsvCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "PATH")
    private List<Path> paths;

    @CommandLine.Mixin private Secrets secrets = new Secrets();

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // the labels are the table's own, not one bank's: --lang's language, else English as before
        String language = GrayAreaCli.chosenLanguage(spec);
        ResultsTable table = ResultsTable.withBundledBanks(language == null ? "en" : language);
        List<ResultsTable.Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FileOpener opener;
        try {
            opener = secrets.opener();
        } catch (ProblemsException e) {
            GrayAreaCli.print(spec, e.problems());
            return GrayAreaCli.PROBLEMS;
        }
        try (opener) {
            return export(table, rows, problems, opener);
        }
    }

    private int export(
            ResultsTable table,
            List<ResultsTable.Row> rows,
            List<Problem> problems,
            FileOpener opener)
            throws IOException {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file :
                            files.filter(
                                            f ->
                                                    f.getFileName().toString().endsWith(".json")
                                                            || f.getFileName()
                                                                    .toString()
                                                                    .endsWith(
                                                                            ResultFile
                                                                                    .SEALED_EXTENSION))
                                    .sorted(Comparator.naturalOrder())
                                    .toList()) {
                        read(opener, file, true, table, rows, problems);
                    }
                }
            } else {
                read(opener, path, false, table, rows, problems);
            }
        }
        GrayAreaCli.print(spec, problems);
        if (!problems.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(GrayAreaCli.texts(spec).get("exportCsv.nothingWritten"));
            return GrayAreaCli.PROBLEMS;
        }
        rows.sort(
                Comparator.comparing(
                                (ResultsTable.Row r) ->
                                        r.clientCode() == null ? "" : r.clientCode())
                        .thenComparing(ResultsTable.Row::createdAt));
        AtomicFiles.write(out, table.csv(rows));
        spec.commandLine()
                .getOut()
                .println(
                        GrayAreaCli.texts(spec)
                                .get(
                                        rows.size() == 1
                                                ? "exportCsv.wroteRow"
                                                : "exportCsv.wroteRows",
                                        rows.size(),
                                        out.toString()));
        return 0;
    }

    private static void read(
            FileOpener opener,
            Path file,
            boolean inFolder,
            ResultsTable table,
            List<ResultsTable.Row> rows,
            List<Problem> problems) {
        try {
            FileOpener.Opened opened = opener.open(file);
            JsonDocument document = opened.document();
            if (inFolder && !ResultFile.isResultFile(document)) {
                return;
            }
            rows.add(table.row(file, ResultFile.readAny(document), opened.sealed()));
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        }
    }
}
