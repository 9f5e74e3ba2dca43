package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.Section;
import grayarea.report.ResultsTable;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.session.TherapistKeyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * The therapist's pages: the practice profile, a hand-out, and the client results with a report.
 */
class TherapistTest extends UiTest {

    private static final String DAMAGED =
            "{\n  \"kind\": \"grayarea.practice-profile\",\n  \"formatVersion\": 1,\n"
                    + "  \"profile\": { \"therapistName\": 7 }\n}\n";

    private List<Path> results;

    @Override
    protected boolean eachTestOpensTheWindow() {
        return true;
    }

    /** Answers kept, and a practice profile that cannot be read. */
    private void aDamagedProfile() throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        Files.writeString(dataFolder.resolve(PracticeProfileStore.FILE), DAMAGED);
    }

    /** Answers kept, a practice profile, and result files brought back by clients. */
    private void aProfileAndResults() throws IOException {
        new SettingsStore(dataFolder).save(Settings.FIRST_RUN.withStorage(Settings.Storage.KEEP));
        new PracticeProfileStore(dataFolder).save(TherapistFiles.PROFILE);
        results = TherapistFiles.results(dataFolder.resolve("results"));
    }

    @Test
    void aDamagedProfileIsReplacedOnlyWhenAskedThenAHandOutIsMade() throws Exception {
        open(this::aDamagedProfile);
        Path profileFile = dataFolder.resolve(PracticeProfileStore.FILE);
        scrollAndClick("#therapist");
        assertThat(text("#therapist-profile-status")).contains("could not be read");
        type(KeyCode.TAB, KeyCode.SPACE); // Make a hand-out
        // no profile to carry yet: the page says so and leads to it
        assertThat(find("#handout-save", Button.class).isDisabled()).isTrue();
        assertThat(lookup("#handout-needs-profile").tryQuery()).isPresent();
        type(KeyCode.SPACE); // the link has the focus

        assertThat(allText(find("#profile-damaged", Pane.class)))
                .contains(profileFile + ":4:")
                .contains("must be a text");
        assertThat(focused()).isSameAs(find("#profile-replace", CheckBox.class));
        screenshot("therapist-profile-damaged");
        type(KeyCode.TAB);
        type(KeyCode.ENTER); // Save, without ticking "replace"
        assertThat(text("#profile-replace-error")).startsWith("Check this to replace the file");
        assertThat(text("#profile-name-error"))
                .isEqualTo("Please give your name, as your clients know you.");
        assertThat(focused()).isSameAs(find("#profile-replace", CheckBox.class));
        assertThat(Files.readString(profileFile)).isEqualTo(DAMAGED);
        type(KeyCode.SPACE); // tick it
        type(KeyCode.TAB);
        type(KeyCode.ENTER);
        Node name = find("#profile-name", Node.class);
        assertThat(focused()).isSameAs(name);
        assertThat(name.getAccessibleText())
                .isEqualTo("Your name. Please give your name, as your clients know you.");
        screenshot("therapist-profile-error");
        write("Ana Ruiz");
        type(KeyCode.TAB);
        write("Harbor");
        scrollAndClick("#profile-add-resource"); // the new resource's name takes the focus
        write("Crisis line");
        type(KeyCode.ENTER);
        assertThat(focused()).isSameAs(find("#resource-contact-1", Node.class));
        assertThat(text("#resource-contact-1-error"))
                .isEqualTo("A help resource needs both a name and a way to reach it.");
        assertThat(Files.readString(profileFile)).isEqualTo(DAMAGED);
        write("988");
        type(KeyCode.ENTER);
        assertThat(text("#profile-status")).startsWith("Saved in " + profileFile);
        assertThat(lookup("#profile-damaged").query().isVisible()).isFalse();
        assertThat(Files.readString(profileFile))
                .contains("\"kind\" : \"grayarea.practice-profile\"");
        assertThat(new PracticeProfileStore(dataFolder).load())
                .contains(
                        new PracticeProfile(
                                "Ana Ruiz",
                                "Harbor",
                                null,
                                null,
                                List.of(
                                        new PracticeProfile.LocalResource(
                                                "Crisis line", "988", null))));
        scrollIntoView(lookup("#profile-status").query());
        screenshot("therapist-profile");

        interact(flow::startTherapist); // read from the file again
        assertThat(text("#therapist-profile-status"))
                .isEqualTo("Practice profile: Ana Ruiz · Harbor");
        type(KeyCode.TAB, KeyCode.SPACE);
        screenshot("therapist-handout");
        assertThat(find("#handout-save", Button.class).isDisabled()).isFalse();
        clickOn("#handout-perspective-partner");
        scrollAndClick("#handout-section-gut-check"); // leave one section out
        CheckBox safety = find("#handout-section-safety", CheckBox.class);
        assertThat(safety.isSelected() && safety.isDisabled()).isTrue();
        assertThat(text("#handout-sections-always"))
                .startsWith("\"Your safety\" is always asked, to keep people safe");
        scrollAndClick("#handout-sees-thank-you");
        scrollAndClick("#handout-code");
        write("C/0412");
        type(KeyCode.ENTER); // Save hand-out: the code is refused, in words
        assertThat(text("#handout-code-error"))
                .startsWith("A client code may hold only letters, digits");
        assertThat(focused()).isSameAs(find("#handout-code", Node.class));
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("C-0412");
        Path out = dataFolder.resolve("client-C-0412.grayarea");
        filesToPick.add(out);
        type(KeyCode.ENTER);

        assertThat(lastRequest.suggestedName()).isEqualTo("client-C-0412.grayarea");
        assertThat(text("#handout-status")).startsWith("Saved the hand-out as " + out);
        HandOut handOut = HandOutFile.read(out).handOut();
        assertThat(handOut.sections())
                .containsExactlyElementsOf(
                        TherapistFiles.BANK.sections().stream()
                                .map(Section::id)
                                .filter(id -> !id.equals("gut-check"))
                                .toList());
        assertThat(handOut.perspective()).isEqualTo("partner");
        assertThat(handOut.clientCode()).isEqualTo("C-0412");
        assertThat(handOut.clientSees()).isEqualTo(HandOut.ClientSees.THANK_YOU);
        assertThat(handOut.practice().heading()).isEqualTo("Ana Ruiz · Harbor");
        assertThat(handOut.bankText()).isNull();
    }

    @Test
    void theProfilePageShowsTheKeysFingerprintLargeAndTheFileForClientsCarriesTheSameKey()
            throws Exception {
        open(
                () -> {
                    aProfileAndResults();
                    new TherapistKeyStore(dataFolder).create("harbor practice key".toCharArray());
                });
        interact(flow::startTherapist);
        type(KeyCode.SPACE); // Practice profile has the focus
        Label fingerprint = find("#sealing-key-fingerprint", Label.class);
        assertThat(fingerprint.getText())
                .as("groups of four, nothing else, to copy onto paper")
                .matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");
        assertThat(fingerprint.getStyleClass()).contains("fingerprint");
        assertThat(text("#sealing-key-made"))
                .contains(
                        "give it to your clients yourself, in person or on paper",
                        "a hand-out from someone else could pretend to be you");
        scrollIntoView(fingerprint);
        screenshot("therapist-profile-key");

        interact(flow::startTherapist);
        interact(() -> find("#therapist-handout", Button.class).fire());
        Path out = dataFolder.resolve("client.grayarea");
        filesToPick.add(out);
        interact(() -> find("#handout-save", Button.class).fire());
        assertThat(text("#handout-status")).startsWith("Saved the hand-out as " + out);
        assertThat(HandOutFile.read(out).handOut().publicKey())
                .as("the hand-out carries the key")
                .hasValueSatisfying(
                        key -> assertThat(key.fingerprint()).isEqualTo(fingerprint.getText()));
    }

    @Test
    void clientResultsAreOpenedSortedChartedReportedAndExported() throws Exception {
        open(this::aProfileAndResults);
        interact(flow::startTherapist);
        screenshot("therapist-home");
        type(KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE); // Client results
        filesToPick.addAll(results);
        filesToPick.add(
                dataFolder
                        .resolve("results")
                        .resolve(".")
                        .resolve("c-0412-october.json")); // the same file again
        type(KeyCode.SPACE); // Open result files… has the focus
        waitForBackgroundWork(); // they are read in the background

        @SuppressWarnings("unchecked")
        TableView<ResultsTable.Row> table = find("#results-table", TableView.class);
        assertThat(table.getItems())
                .extracting(ResultsTable.Row::clientCode)
                .containsExactly("-0412", "C-0412", "C-0412", "C-0533");
        assertThat(text("#results-status"))
                .isEqualTo(
                        "Opened 4 result files. Already open, so listed once: c-0412-october.json.");
        assertThat(allText(find("#results-problem-list", Pane.class)))
                .contains(results.get(4) + ":4:")
                .contains("\"createdAt\" is not a date and time");

        clickOn("#column-score"); // sort by the score: a couple's file has none
        assertThat(table.getItems())
                .extracting(ResultsTable.Row::clientCode)
                .first()
                .isEqualTo("C-0533");
        List<Double> scores =
                table.getItems().stream().skip(1).map(ResultsTable.Row::score).toList();
        assertThat(scores).isSortedAccordingTo(Double::compare);
        clickOn("#column-date"); // by date: October first
        assertThat(table.getItems())
                .extracting(r -> r.file().getFileName().toString())
                .containsExactly(
                        "c-0412-october.json",
                        "c-0533-couple.json",
                        "c-0412-november.json",
                        "formula.json");
        clickOn(lookup(".table-row-cell").nth(2).queryAs(Node.class)); // C-0412 in November
        assertThat(table.getSelectionModel().getSelectedItem().file().getFileName().toString())
                .isEqualTo("c-0412-november.json");
        // the chart's words: each retake's date and score, oldest first
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH)
                        .withZone(ZoneId.systemDefault());
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        number.setMaximumFractionDigits(0);
        List<String> expected = new ArrayList<>();
        for (ResultsTable.Row row :
                table.getItems().stream().filter(r -> "C-0412".equals(r.clientCode())).toList()) {
            expected.add(day.format(row.createdAt()) + ": score " + number.format(row.score()));
        }
        assertThat(allLines(find("#results-history-text", Pane.class)))
                .containsExactlyElementsOf(expected);
        assertThat(expected.get(0)).startsWith("Oct 2, 2026");
        assertThat(lookup("#results-history-chart").tryQuery()).isPresent();
        screenshot("therapist-results");

        type(KeyCode.ENTER); // open the selected row's report
        String report = allText(find("#therapist-report", Pane.class));
        assertThat(report)
                .contains(
                        "Clinician summary: ",
                        "Client code: C-0412",
                        "For Dr. Ana Ruiz · Harbor Couples Therapy",
                        "Harbor crisis line");
        screenshot("therapist-report");
        Path pdf = dataFolder.resolve("report.pdf");
        filesToPick.add(pdf);
        type(KeyCode.SPACE); // Save as PDF has the focus
        assertThat(lastRequest.suggestedName()).isEqualTo("report-C-0412-2026-11-20.pdf");
        waitForBackgroundWork(); // written in the background
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(text("#report-status")).isEqualTo("Saved the report as " + pdf + ".");
        clickOn("#report-back");

        // back to the same table, still sorted by date
        assertThat(find("#results-table", TableView.class).getItems())
                .extracting(r -> ((ResultsTable.Row) r).clientCode())
                .containsExactly("C-0412", "C-0533", "C-0412", "-0412");
        Path csv = dataFolder.resolve("table.csv");
        filesToPick.add(csv);
        scrollAndClick("#results-export");
        waitForBackgroundWork();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Client code,Date,");
        assertThat(lines.get(1)).startsWith("C-0412,2026-10-02T18:00:00Z,"); // in the order shown
        assertThat(lines.get(4))
                .startsWith("'-0412,2026-11-21T09:00:00Z,micro-cheating 1.1.0,one person,");
        assertThat(text("#results-status")).isEqualTo("Saved the table as " + csv + ".");

        // a search narrows the table, typed in its field beside the sort
        scrollAndClick("#results-search");
        write("0533");
        assertThat(find("#results-table", TableView.class).getItems())
                .extracting(r -> ((ResultsTable.Row) r).clientCode())
                .containsExactly("C-0533");
        write("x");
        assertThat(((Label) find("#results-table", TableView.class).getPlaceholder()).getText())
                .isEqualTo("No open result has \"0533x\" in it.");
        assertThat(find("#results-export", Button.class).isDisabled())
                .as("nothing shown to export")
                .isTrue();
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        assertThat(find("#results-table", TableView.class).getItems()).hasSize(4);

        interact(
                () -> {
                    try {
                        context.updateSettings(context.settings().withLanguage("es"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertThat(text(".section-title")).isEqualTo("Resultados de clientes");
        screenshot("therapist-results-es");
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> allLines(Pane box) {
        return box.getChildren().stream()
                .filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private static String allText(Pane box) {
        return String.join("\n", allLines(box));
    }
}
