package grayarea.ui.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.Settings;
import grayarea.ui.AppContext;
import grayarea.ui.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The therapist pages' view models on their own, without a window: what the pages cannot show quickly. */
class TherapistModelsTest {

    @TempDir
    Path dataFolder;

    private TherapistFlow flow(Settings.Storage storage) throws IOException {
        AppContext context = new AppContext(dataFolder, null, () -> { });
        context.updateSettings(context.settings().withStorage(storage));
        return new TherapistFlow(context, page -> { }, message -> { }, () -> { });
    }

    @Test
    void aPrivateSessionUsesTheProfileWithoutWritingIt() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.PRIVATE);
        ProfileViewModel profile = new ProfileViewModel(flow);
        assertThat(profile.keeps()).isFalse();
        profile.name.text.set("  Dr. Ana Ruiz ");
        profile.addResource();                               // left empty: dropped, not an error

        assertThat(profile.save()).isTrue();
        assertThat(profile.statusProperty().get().key()).isEqualTo("therapist.profile.keptForSession");
        assertThat(flow.profile()).contains(new PracticeProfile("Dr. Ana Ruiz", null, null, null, List.of()));
        try (var files = Files.list(dataFolder)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(new HandOutViewModel(flow).ready()).isTrue();
    }

    @Test
    void fieldsThatAreTooLongAreSaidWithTheirLengthAndNothingIsSaved() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana");
        profile.contact.text.set("x".repeat(PracticeProfile.MAX_CONTACT + 1));

        assertThat(profile.save()).isFalse();
        assertThat(profile.firstInvalidProperty().get()).isSameAs(profile.contact);
        assertThat(profile.contact.errorProperty().get().in(new Texts(Locale.ENGLISH)))
                .isEqualTo("This is 301 characters long; please keep it to 300.");
        assertThat(dataFolder.resolve(PracticeProfileStore.FILE)).doesNotExist();
    }

    @Test
    void aHandOutNeedsAProfileAndSuggestsAFileNameFromTheCode() throws IOException {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        HandOutViewModel handOut = new HandOutViewModel(flow);
        assertThat(handOut.ready()).isFalse();
        assertThat(handOut.suggestedName()).isEqualTo("gray-area-hand-out.grayarea");
        handOut.clientCode.text.set("C 0412");
        assertThat(handOut.suggestedName()).isEqualTo("client-C-0412.grayarea");
        handOut.sectionsProperty().get().forEach(c -> c.chosen().set(false));

        assertThat(handOut.check()).isFalse();
        assertThat(handOut.firstInvalidProperty().get()).isSameAs(handOut.sectionsChosen);
        assertThat(handOut.sectionsChosen.errorProperty().get().key()).isEqualTo("therapist.handout.sections.none");
    }
}
