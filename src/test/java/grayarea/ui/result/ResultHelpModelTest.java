package grayarea.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankRef;
import grayarea.bank.QuestionBank;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.toolkit.HelpPlace;
import grayarea.ui.toolkit.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The result page's help, in Spanish: the United States lines say that they speak Spanish, Spain's
 * 016 carries its note about the call log, and a new choice changes the lines.
 */
class ResultHelpModelTest {

    private static final QuestionBank V100 =
            BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();

    private static ResultViewModel spanish() {
        QuizState state = new QuizState(V100, null, "partner", "es", null);
        return new ResultViewModel(state, new Texts(Locale.forLanguageTag("es")));
    }

    @Test
    void inSpanishTheUnitedStatesLinesSayTheySpeakSpanishAndSpainsCarryTheCallLogNote() {
        ResultViewModel model = spanish();
        HelpPlace place = HelpPlace.system();
        model.useHelpPlace(place);
        place.choose("US");
        assertThat(model.helpFor()).isEqualTo("Ayuda para: Estados Unidos");
        assertThat(String.join("\n", model.resources()))
                .contains("Hay personal de apoyo que habla español")
                .contains("Hay atención en español.");

        place.choose("ES");
        assertThat(model.helpFor()).isEqualTo("Ayuda para: España");
        assertThat(model.resources())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("016 – atención a todas las formas")
                                        .contains("puede quedar en el registro de llamadas"));
        assertThat(model.printableText()).contains("registro de llamadas del móvil");

        place.choose("elsewhere");
        assertThat(model.helpFor()).isEqualTo("Estés donde estés:");
        assertThat(model.resources())
                .containsExactly(
                        "Servicios de emergencia: comunícate con los servicios de emergencia de"
                                + " tu localidad \u2014 peligro inmediato");
    }

    @Test
    void lookingThroughThePlacesAndLeavingWithoutConfirmingPutsBackTheConfirmedOne() {
        ResultViewModel model = spanish();
        HelpPlace place = HelpPlace.system();
        model.useHelpPlace(place);
        place.choose("GB");

        place.startChoosing();
        assertThat(place.choosing()).as("the list is open").isTrue();
        place.preview("ES");
        assertThat(model.helpFor()).as("shown while looking").isEqualTo("Ayuda para: España");

        place.cancel();
        assertThat(place.choosing()).as("the list closed").isFalse();
        assertThat(model.helpFor()).isEqualTo("Ayuda para: Reino Unido");
        assertThat(model.helpList().region()).isEqualTo("GB");
        assertThat(model.printableText()).doesNotContain("registro de llamadas");

        // a confirmed choice stays after the list closes
        place.startChoosing();
        place.preview("ES");
        place.choose("ES");
        assertThat(place.choosing()).isFalse();
        place.startChoosing();
        place.cancel();
        assertThat(model.helpFor()).isEqualTo("Ayuda para: España");
        assertThat(model.helpList().region()).isEqualTo("ES");
    }
}
