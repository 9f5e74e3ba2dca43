package grayarea.ui.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankLoader;
import grayarea.session.HandOut;
import grayarea.session.HandOutFile;
import grayarea.session.PinLock;
import grayarea.session.PracticeProfile;
import grayarea.session.WaitingRoom;
import grayarea.session.WaitingRoomStore;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.BackgroundWork;
import grayarea.ui.toolkit.HelpPlace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The waiting room's view models without a page: the setup's problems, its lock file, the PIN, the
 * thank-you page.
 */
@Timeout(60)
class WaitingRoomModelsTest {

    @TempDir Path dataFolder;
    private AppContext context;
    private final List<Object> seen = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void context() {
        context = new AppContext(dataFolder, null, () -> {});
        context.setBackground(new BackgroundWork(Runnable::run));
    }

    private Path handOut() throws Exception {
        Path file = dataFolder.resolve("client.grayarea");
        HandOutFile.save(
                file,
                new HandOut(
                        BankLoader.loadDefault().ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        null,
                        HandOut.ClientSees.THANK_YOU,
                        new PracticeProfile(
                                "Ana Ruiz", "Harbor Couples Therapy", null, null, List.of()),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
        return file;
    }

    @Test
    void eachProblemIsSaidForItsFieldAndThePinsAreWipedWithNothingSaved() throws Exception {
        WaitingRoomSetupViewModel model = new WaitingRoomSetupViewModel(context);
        model.clientCodeProperty().set("=WR 7");
        char[] pin = "24".toCharArray();
        char[] again = "24".toCharArray();
        assertThat(onFx(() -> model.start(pin, again, seen::add, seen::add))).isFalse();
        assertThat(seen).containsExactly(WaitingRoomSetupViewModel.Field.HAND_OUT);
        assertThat(model.handOutProblemProperty().get())
                .isEqualTo("Choose the hand-out the client will take.");
        assertThat(model.codeProblemProperty().get()).startsWith("Use only letters, digits");
        assertThat(model.pinProblemProperty().get())
                .isEqualTo("The PIN needs at least 4 characters.");
        assertThat(pin).containsOnly('\0');
        assertThat(again).containsOnly('\0');
        assertThat(dataFolder.resolve(WaitingRoomStore.FILE)).doesNotExist();
    }

    @Test
    void withEverythingRightTheLockIsMadeInTheBackgroundSavedAndTheRoomHandedOn() throws Exception {
        WaitingRoomSetupViewModel model = new WaitingRoomSetupViewModel(context);
        onFx(
                () -> {
                    model.chooseHandOut(handOut());
                    return null;
                });
        assertThat(model.check(4)).isEmpty();
        char[] different = "2468".toCharArray();
        assertThat(onFx(() -> model.start(different, "2469".toCharArray(), seen::add, seen::add)))
                .isFalse();
        assertThat(model.pinAgainProblemProperty().get())
                .isEqualTo("The two PINs are not the same.");
        seen.clear();

        char[] pin = "2468".toCharArray();
        assertThat(onFx(() -> model.start(pin, "2468".toCharArray(), seen::add, seen::add)))
                .isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).singleElement().isInstanceOf(WaitingRoom.class);
        WaitingRoom room = (WaitingRoom) seen.get(0);
        assertThat(room.pin().matches("2468".toCharArray())).isTrue();
        assertThat(pin).containsOnly('\0');
        assertThat(new WaitingRoomStore(dataFolder).load()).isPresent();
    }

    @Test
    void theTherapistsPinIsCheckedInTheBackgroundAndWiped() throws Exception {
        WaitingRoom room =
                new WaitingRoom(
                        handOut(),
                        null,
                        PinLock.of("2468".toCharArray(), 1_000),
                        dataFolder.resolve(WaitingRoomStore.RESULTS),
                        Instant.now());
        UnlockViewModel model =
                new UnlockViewModel(context, room, () -> seen.add("left"), () -> seen.add("back"));
        char[] wrong = "1111".toCharArray();
        onFx(() -> model.unlock(wrong));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.problemProperty().get())
                .isEqualTo("That is not the PIN. Try again, or go back.");
        assertThat(wrong).containsOnly('\0');
        char[] right = "2468".toCharArray();
        onFx(() -> model.unlock(right));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).containsExactly("left");
        assertThat(right).containsOnly('\0');
    }

    @Test
    void theThankYouPageIsMadeFromTheHandOutAlone() throws Exception {
        ThankYouViewModel model =
                new ThankYouViewModel(HandOutFile.read(handOut()), context.texts(), () -> {});
        assertThat(model.saved())
                .isEqualTo(
                        "Your answers have been saved for Ana Ruiz. Nothing of them stays on this "
                                + "screen. You can leave the computer as it is.");
        assertThat(model.helpLines()).isNotEmpty();
    }

    @Test
    void theThankYouPageShowsTheRememberedCountrysLinesOrOnlyTheTherapistsAfterEmergencies()
            throws Exception {
        context.settingsProperty().set(context.settings().withHelpRegion("AU"));
        ThankYouViewModel model =
                new ThankYouViewModel(
                        HandOutFile.read(handOut()),
                        context.texts(),
                        () -> {},
                        HelpPlace.remembered(context));
        assertThat(model.helpFor()).isEqualTo("Help for: Australia");
        assertThat(model.helpLines())
                .first()
                .asString()
                .startsWith("Emergency services: call 000 (112 from most mobiles; 106 by TTY)");
        assertThat(String.join("\n", model.helpLines())).contains("1800RESPECT: call 1800 737 732");

        Path replacing = dataFolder.resolve("replacing.grayarea");
        HandOutFile.save(
                replacing,
                new HandOut(
                        BankLoader.loadDefault().ref(),
                        null,
                        "partner",
                        List.of("behaviours"),
                        null,
                        HandOut.ClientSees.THANK_YOU,
                        new PracticeProfile(
                                        "Ana Ruiz",
                                        null,
                                        null,
                                        null,
                                        List.of(
                                                new PracticeProfile.LocalResource(
                                                        "Harbor crisis team", "555-0199", null)))
                                .withReplacesAppHelp(true),
                        null,
                        Instant.parse("2026-11-28T10:00:00Z")));
        ThankYouViewModel replaced =
                new ThankYouViewModel(HandOutFile.read(replacing), context.texts(), () -> {}, "AU");
        assertThat(replaced.helpLines())
                .containsExactly(
                        "Emergency services: call 000 (112 from most mobiles; 106 by TTY) \u2014"
                                + " immediate danger; 000 cannot be texted",
                        "Harbor crisis team (from Ana Ruiz): 555-0199");
        assertThat(replaced.resourcesNote()).isEmpty();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
