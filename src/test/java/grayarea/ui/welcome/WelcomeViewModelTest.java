package grayarea.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.quiz.QuizTime;
import grayarea.session.Settings;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The welcome page's view model without a window: opening a file, as the page's link does; how long
 * each quiz it offers takes.
 */
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

    private static final Path TIMED = Path.of("src/test/resources/quiz/time-bank.json");

    @Test
    void eachCardSaysHowLongItsQuizTakesWorkedOutFromTheQuestionsItShows() throws IOException {
        WelcomeViewModel model = model();
        picks.add(TIMED.toAbsolutePath());
        model.openAsked();

        // the fixture's times, worked out by hand in QuizTimeTest: 126 s, 146 s, 156 s a turn
        assertThat(model.timesKnown()).isTrue();
        assertThat(model.timeFor("partner")).contains("About 3 minutes");
        assertThat(model.timeFor("self")).contains("About 3 minutes");
        assertThat(model.coupleTime()).contains("About 3 minutes for each turn");
    }

    @Test
    void inSpanishToo() throws IOException {
        WelcomeViewModel model = new WelcomeViewModel(spanish(), null);
        assertThat(model.openBank(TIMED.toAbsolutePath())).isTrue();

        assertThat(model.timeFor("partner")).contains("Unos 3 minutos");
        assertThat(model.coupleTime()).contains("Unos 3 minutos por turno");
    }

    private AppContext spanish() throws IOException {
        AppContext context = new AppContext(folder.resolve("data-es"), null, () -> {});
        context.updateSettings(
                context.settings().withStorage(Settings.Storage.KEEP).withLanguage("es"));
        return context;
    }

    @Test
    void aHandOutSaysHowLongItsOwnSectionsTake() throws IOException {
        Path handOut = folder.resolve("client.grayarea");
        Files.writeString(
                handOut,
                """
                {"kind": "grayarea.handout", "formatVersion": 1, "createdAt": "2026-12-07T10:00:00Z",
                 "bank": {"id": "time-fixture", "version": "1.0.0"}, "bankText": %s,
                 "perspective": "partner", "sections": ["habits"], "clientSees": "result",
                 "practice": {"therapistName": "Ana Ruiz", "resources": []}}
                """
                        .formatted(
                                JsonMapper.builder()
                                        .build()
                                        .writeValueAsString(
                                                Files.readString(TIMED, StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
        WelcomeViewModel model = model();
        assertThat(model.openBank(handOut)).isTrue();

        // its page of habits (42 s, safety always asked) rather than the whole bank's 126 s
        assertThat(model.perspectives()).extracting(p -> p.id()).containsExactly("partner");
        assertThat(model.timeFor("partner")).contains("About a minute");
        assertThat(model.coupleTime()).as("a hand-out is taken alone").isEmpty();

        WelcomeViewModel inSpanish = new WelcomeViewModel(spanish(), null);
        assertThat(inSpanish.openBank(handOut)).isTrue();
        assertThat(inSpanish.timeFor("partner")).contains("Alrededor de un minuto");
    }

    @Test
    void theBuiltInQuestionsTimesComeOnceTheBankIsLoadedWithoutHoldingUpThePage() {
        // at a start the built-in bank is loaded after the first frame (later in a test run, an
        // earlier test may have loaded it: then see aPageComeBackTo...)
        boolean loadedAlready = BankLoader.defaultBankIfLoaded().isPresent();
        WelcomeViewModel model = model();
        List<Runnable> background = new ArrayList<>();
        List<Runnable> page = new ArrayList<>();

        assertThat(model.timesKnown()).isEqualTo(loadedAlready);
        model.learnTimes(background::add, page::add);
        if (!loadedAlready) {
            // drawn first without them
            assertThat(model.timeFor("partner")).isEmpty();
            assertThat(model.coupleTime()).isEmpty();
            assertThat(model.timesKnown()).as("nothing loaded on the page's thread").isFalse();
            background.forEach(Runnable::run);
            assertThat(model.timesKnown()).as("taken on the page's thread").isFalse();
            page.forEach(Runnable::run);
        }

        assertThat(model.timesKnownProperty().get()).isTrue();
        assertSaysTheBuiltInTimes(model);
    }

    @Test
    void aPageComeBackToSaysTheTimesAtOnce() {
        BankLoader.preloadDefault();
        BankLoader.defaultBank();
        WelcomeViewModel model = model();
        List<Runnable> background = new ArrayList<>();

        assertThat(model.timesKnown()).isTrue();
        model.learnTimes(background::add, Runnable::run);
        assertThat(background).as("nothing left to load").isEmpty();
        assertSaysTheBuiltInTimes(model);
    }

    private static void assertSaysTheBuiltInTimes(WelcomeViewModel model) {
        var builtIn = BankLoader.defaultBank();
        for (String view : List.of("partner", "self")) {
            assertThat(model.timeFor(view))
                    .get()
                    .asString()
                    .matches("About \\d+ minutes")
                    .isEqualTo("About " + QuizTime.solo(builtIn, view).minutes() + " minutes");
        }
        assertThat(model.coupleTime())
                .contains(
                        "About "
                                + QuizTime.turn(builtIn, QuizTime.COUPLE_TURN).minutes()
                                + " minutes for each turn");
    }
}
