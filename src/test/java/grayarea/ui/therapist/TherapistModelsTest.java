package grayarea.ui.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.session.PracticeProfile;
import grayarea.session.PracticeProfileStore;
import grayarea.session.Settings;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Texts;
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
        assertThat(handOut.suggestedName()).isEqualTo("hand-out.grayarea");
        handOut.clientCode.text.set("C 0412");
        assertThat(handOut.suggestedName()).isEqualTo("client-C-0412.grayarea");
        handOut.sectionsProperty().get().forEach(c -> c.chosen().set(false));

        assertThat(handOut.check()).isFalse();
        assertThat(handOut.firstInvalidProperty().get()).isSameAs(handOut.sectionsChosen);
        assertThat(handOut.sectionsChosen.errorProperty().get().key()).isEqualTo("therapist.handout.sections.none");
    }

    @Test
    void withAKeyHandOutsCarryItAndSealedResultsOpenAfterItsPassphrase() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        ProfileViewModel profile = new ProfileViewModel(flow);
        profile.name.text.set("Ana Ruiz");
        assertThat(profile.save()).isTrue();
        grayarea.session.TherapistKeyStore keys = new grayarea.session.TherapistKeyStore(dataFolder);
        grayarea.session.crypto.TherapistPublicKey made = keys.create("harbor practice key".toCharArray());
        assertThat(new HandOutViewModel(flow).handOut().publicKey()).contains(made);

        grayarea.bank.QuestionBank bank = grayarea.bank.BankLoader.loadDefault();
        grayarea.bank.AnswerSheet sheet = grayarea.bank.AnswerSheetJson.read(
                Path.of("questions/examples/answers-safety.json")).sheet();
        grayarea.session.ResultFile.Contents full = new grayarea.session.ResultFile.Contents("0.1.0",
                java.time.Instant.parse("2026-11-20T19:30:00Z"), "S-1", new grayarea.scoring.ScoringEngine(bank).score(sheet),
                sheet, java.util.Map.of(), true);
        Path sealed = dataFolder.resolve("S-1.sealed");
        Files.write(sealed, grayarea.session.ResultFile.forTherapist(bank, full, java.util.Optional.of(made)));

        ResultsViewModel results = new ResultsViewModel(flow);
        results.open(List.of(sealed));
        assertThat(results.rows()).isEmpty();
        assertThat(results.sealedWaitingProperty().get()).isTrue();
        assertThat(results.openSealed("not the key".toCharArray())).isFalse();
        assertThat(results.statusProperty().get().key()).isEqualTo("therapist.results.sealed.wrong");
        assertThat(results.openSealed("harbor practice key".toCharArray())).isTrue();
        assertThat(results.rows()).singleElement().satisfies(row -> {
            assertThat(row.clientCode()).isEqualTo("S-1");
            assertThat(row.holds()).as("sealed: everything").isEqualTo(grayarea.report.ResultsTable.Holds.SEALED);
            assertThat(row.flags()).contains("Safety:");
        });
        assertThat(results.sealedWaitingProperty().get()).isFalse();
    }

    @Test
    void aPlainFileThatKeepsEverythingIsCompleteButNotSealedWhateverItClaims() throws Exception {
        ResultsViewModel results = new ResultsViewModel(flow(Settings.Storage.KEEP));
        results.open(List.of(Path.of("questions/examples/result-partner.json")));
        assertThat(results.rows()).singleElement().extracting(grayarea.report.ResultsTable.Row::holds)
                .isEqualTo(grayarea.report.ResultsTable.Holds.COMPLETE_NOT_SEALED);
    }

    /** Files chosen in a dialog or dropped on a page: a named pipe among them is refused at once, and the others open. */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
        org.junit.jupiter.api.condition.OS.MAC})
    void aNamedPipeChosenOrDroppedIsRefusedWithoutHangingThePage() throws Exception {
        TherapistFlow flow = flow(Settings.Storage.KEEP);
        Path pipe = grayarea.testing.Pipes.mkfifo(dataFolder.resolve("result.json"));
        Path result = Files.copy(Path.of("questions/examples/result-partner.json"), dataFolder.resolve("partner.json"));
        String refused = pipe + ":1:1: this is not a regular file (it may be a pipe or a device), so it is not read";

        ResultsViewModel results = new ResultsViewModel(flow);
        grayarea.testing.Pipes.withoutHanging(pipe, () -> results.open(List.of(pipe, result)));
        assertThat(results.problems()).extracting(Object::toString).containsExactly(refused);
        assertThat(results.rows()).hasSize(1);

        HandOutViewModel handOut = new HandOutViewModel(flow);
        assertThat(grayarea.testing.Pipes.withoutHanging(pipe, () -> handOut.openBank(pipe))).isFalse();
        assertThat(handOut.bankProblemsProperty().get()).extracting(Object::toString).containsExactly(refused);

        grayarea.ui.welcome.WelcomeViewModel welcome = new grayarea.ui.welcome.WelcomeViewModel(flow.context(), null);
        assertThat(grayarea.testing.Pipes.withoutHanging(pipe, () -> welcome.openBank(pipe))).isFalse();
        assertThat(welcome.bankProblemsProperty().get()).extracting(Object::toString).containsExactly(refused);
    }
}
