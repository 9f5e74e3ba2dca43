package grayarea.ui.couple;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.TestBanks;
import grayarea.bank.AnswerSheet;
import grayarea.bank.AnswerSheetJson;
import grayarea.session.CoupleSession;
import grayarea.session.Settings;
import grayarea.session.SettingsStore;
import grayarea.ui.UiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A frightened partner's private word on safety names the country its help lines are for, with a
 * "Change" beside it, by keyboard alone, as on the result page: Enter confirms and remembers it,
 * Escape puts back the confirmed one.
 */
class CoupleHelpPlaceTest extends UiTest {

    @Override
    protected String helpRegionChosenBefore() {
        return null;
    }

    private String helpFor() {
        return lookup("#turn-help-for").queryAs(Label.class).getText();
    }

    private String helpLines() {
        return String.join(
                "\n",
                lookup("#turn-help-lines .label").queryAll().stream()
                        .map(n -> ((Label) n).getText())
                        .toList());
    }

    @Test
    void theSafetyWordNamesItsCountryAndChangesItByKeyboard() throws Exception {
        open(
                () ->
                        new SettingsStore(dataFolder)
                                .save(
                                        Settings.FIRST_RUN
                                                .withStorage(Settings.Storage.KEEP)
                                                .withHelpRegion("CA")));
        AnswerSheet sheet =
                AnswerSheetJson.read(Path.of("questions/examples/answers-couple-first.json"))
                        .sheet();
        interact(
                () -> {
                    var scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
                    CoupleFlow couple =
                            new CoupleFlow(
                                    context,
                                    TestBanks.released100(),
                                    page -> scene.setRoot(new StackPane(page.get())),
                                    message -> {});
                    couple.keeper()
                            .beginApart(
                                    new CoupleSession(
                                            null,
                                            List.of(
                                                    new CoupleSession.Partner("Sam", null, null),
                                                    new CoupleSession.Partner(
                                                            "your partner", null, null)),
                                            Instant.now()));
                    couple.keeper().updateTurn(0, new CoupleSession.Turn(sheet, 11, true, true));
                    couple.afterSharing(0, true);
                });
        assertThat(lookup("#turn-safety").tryQuery()).isPresent();
        assertThat(helpFor()).isEqualTo("Help for: Canada");
        assertThat(helpLines()).contains("9-8-8 Suicide Crisis Helpline");

        interact(() -> lookup("#turn-help-change").query().requestFocus());
        type(KeyCode.SPACE);
        assertThat(focused().getId()).isEqualTo("turn-help-where-list");
        type(KeyCode.UP); // Ireland, just above Canada
        assertThat(helpFor()).isEqualTo("Help for: Ireland");
        type(KeyCode.ESCAPE);
        assertThat(helpFor()).isEqualTo("Help for: Canada");
        assertThat(lookup("#turn-help-where").query().isVisible()).isFalse();
        assertThat(focused().getId()).isEqualTo("turn-help-change");

        type(KeyCode.SPACE);
        type(KeyCode.UP, KeyCode.UP); // the United Kingdom
        type(KeyCode.ENTER);
        assertThat(focused().getId()).as("back on the switch").isEqualTo("turn-help-change");
        assertThat(helpFor()).isEqualTo("Help for: United Kingdom");
        assertThat(helpLines()).contains("call 116 123").doesNotContain("9-8-8");
        assertThat(lookup("#turn-help-where").query().isVisible()).isFalse();
        assertThat(Files.readString(dataFolder.resolve(SettingsStore.FILE)))
                .contains("\"helpRegion\" : \"GB\"");
    }
}
