package grayarea.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome page's view model without a window: opening a file, as the page's link does. */
class WelcomeViewModelTest {

    @TempDir Path folder;

    private final Deque<Path> picks = new ArrayDeque<>();
    private final List<FilePicker.Request> asked = new ArrayList<>();

    private WelcomeViewModel model() {
        AppContext context =
                new AppContext(
                        folder.resolve("data"),
                        new FilePicker() {
                            @Override
                            public Optional<Path> open(Request request) {
                                asked.add(request);
                                return Optional.ofNullable(picks.poll());
                            }

                            @Override
                            public Optional<Path> save(Request request) {
                                throw new AssertionError("the welcome page saves no file");
                            }
                        },
                        () -> {});
        return new WelcomeViewModel(context, null);
    }

    @Test
    void openingABankFileUsesItsQuestionsAndCancellingKeepsTheBuiltInOnes() throws IOException {
        WelcomeViewModel model = model();
        model.openAsked(); // cancelled
        assertThat(model.bankFileProperty().get()).isNull();
        assertThat(asked)
                .singleElement()
                .satisfies(r -> assertThat(r.extension()).isEqualTo("json grayarea"));

        Path bank = Path.of("questions", "examples", "intake-example.json").toAbsolutePath();
        picks.add(bank);
        model.openAsked();

        assertThat(model.bankFileProperty().get()).isEqualTo(bank);
        assertThat(model.bankProblemsProperty().get()).isEmpty();
        assertThat(model.bank().ref().id()).isNotEqualTo("micro-cheating");
    }

    @Test
    void aBrokenFileIsListedWithWhereItIsBrokenAndWhatWasOpenStays() throws IOException {
        WelcomeViewModel model = model();
        Path broken = folder.resolve("broken.json");
        Files.writeString(
                broken, "{\n  \"kind\": \"grayarea.bank\",\n  \"id\": \n}", StandardCharsets.UTF_8);
        picks.add(broken);

        model.openAsked();

        assertThat(model.bankFileProperty().get()).isNull();
        assertThat(model.bankProblemsProperty().get()).isNotEmpty();
        assertThat(model.bankProblemsProperty().get().get(0).in(Locale.ENGLISH))
                .contains("broken.json:");
    }
}
