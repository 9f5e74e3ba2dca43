package grayarea.session;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.HelpDirectory;
import grayarea.bank.HelpResource;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import grayarea.bank.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What help a person is shown: the shared list for their country, then the bank's own lines, then
 * the therapist's; or, when the therapist replaces the app's list, the emergency entry and the
 * therapist's lines alone.
 */
class HelpListTest {

    private static final HelpDirectory SHARED = HelpDirectory.bundled();

    /** micro-cheating 1.0.0, whose three United States lines use the shared list's ids. */
    private static final QuestionBank V100 =
            BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();

    /** A bank with lines of its own (one a therapist completes). */
    private static final QuestionBank OWN = load("src/test/resources/scoring/reports-bank.json");

    private static QuestionBank load(String path) {
        try {
            return BankLoader.load(Path.of(path));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir Path dir;

    private static List<String> ids(HelpList help) {
        return help.lines().stream().map(HelpResource::id).toList();
    }

    @Test
    void aBanksOwnLinesFollowTheSharedOnesForTheCountry() {
        HelpList help = HelpList.of(SHARED, OWN, "NZ");
        assertThat(ids(help))
                .containsExactly(
                        "emergency-nz",
                        "womens-refuge-nz",
                        "need-to-talk-1737-nz",
                        "line",
                        "local");
        assertThat(help.country().map(t -> t.in("en"))).contains("New Zealand");
    }

    @Test
    void aBankLineWithASharedIdIsTheSharedOneAndNeverShownTwice() {
        assertThat(ids(HelpList.of(SHARED, V100, "US")))
                .containsExactly("emergency-us", "domestic-violence-hotline", "lifeline-988");
        // in the United Kingdom, 1.0.0's United States lines give way to the checked UK ones
        assertThat(ids(HelpList.of(SHARED, V100, "GB")))
                .containsExactly(
                        "emergency-gb",
                        "domestic-abuse-helpline-england",
                        "live-fear-free-wales",
                        "domestic-sexual-abuse-helpline-ni",
                        "samaritans-gb");
        assertThat(HelpList.of(SHARED, V100, "GB").note()).isEqualTo(V100.resourcesNote());
    }

    @Test
    void somewhereElseIsTheEmergencyAdviceAndTheBanksOwnLines() {
        assertThat(ids(HelpList.of(SHARED, V100, "elsewhere")))
                .containsExactly("emergency-elsewhere");
        assertThat(ids(HelpList.of(SHARED, V100, "AR"))).containsExactly("emergency-elsewhere");
        assertThat(HelpList.of(SHARED, V100, "AR").country()).isEmpty();
        assertThat(HelpList.of(SHARED, V100, null).region()).isEqualTo(HelpDirectory.ELSEWHERE);
    }

    @Test
    void aTherapistsLinesFollowTheAppsAndCanReplaceThem() {
        PracticeProfile adds =
                new PracticeProfile(
                        "Dr. Ana Ruiz",
                        null,
                        null,
                        null,
                        List.of(
                                new PracticeProfile.LocalResource(
                                        "Crisis team", "555-0199", null)));
        HelpList added = HelpList.of(SHARED, OWN, adds, "IE");
        assertThat(ids(added))
                .startsWith("emergency-ie")
                .contains("womens-aid-ie", "line", "local");
        assertThat(added.practiceLines())
                .extracting(PracticeProfile.LocalResource::name)
                .containsExactly("Crisis team");
        assertThat(added.replaced()).isFalse();

        HelpList replaced = HelpList.of(SHARED, OWN, adds.withReplacesAppHelp(true), "IE");
        // only the emergency entry for the client's country stays, then the therapist's lines
        assertThat(ids(replaced)).containsExactly("emergency-ie");
        assertThat(replaced.practiceLines()).hasSize(1);
        assertThat(replaced.note()).isEqualTo(Text.EMPTY);
        assertThat(ids(HelpList.of(SHARED, OWN, adds.withReplacesAppHelp(true), "elsewhere")))
                .containsExactly("emergency-elsewhere");
    }

    @Test
    void aBankWithoutLinesOrNoteStillGivesTheCheckedOnes() throws Exception {
        String json =
                Files.readString(
                                Path.of("src/test/resources/scoring/reports-bank.json"),
                                StandardCharsets.UTF_8)
                        .replaceAll("(?s)\"resources\": \\[.*?\\],", "");
        QuestionBank none = BankLoader.load("none.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(none.resources()).isEmpty();
        HelpList help = HelpList.of(SHARED, none, "ES");
        assertThat(ids(help)).containsExactly("emergency-es", "016-es", "024-es");
        assertThat(help.note().isEmpty()).isTrue();
    }

    @Test
    void replacingTheAppsListIsKeptInTheProfileAndInHandOutFiles() throws Exception {
        PracticeProfileStore store = new PracticeProfileStore(dir);
        PracticeProfile profile =
                new PracticeProfile(
                                "Dr. Ana Ruiz",
                                "Harbor",
                                null,
                                null,
                                List.of(
                                        new PracticeProfile.LocalResource(
                                                "Línea local", "900 000 000", "24 h")))
                        .withReplacesAppHelp(true);
        store.save(profile);
        assertThat(Files.readString(store.file())).contains("\"replacesAppHelp\" : true");
        assertThat(store.load()).contains(profile);
        // a hand-out carries the profile the same way
        assertThat(PracticeProfileStore.tree(profile).path("replacesAppHelp").asBoolean()).isTrue();

        store.save(profile.withReplacesAppHelp(false));
        assertThat(Files.readString(store.file())).doesNotContain("replacesAppHelp");
        assertThat(store.load().orElseThrow().replacesAppHelp()).isFalse();
    }

    @Test
    void aReplaceThatIsNotTrueOrFalseIsSaidWithItsPlace() throws Exception {
        Files.writeString(
                dir.resolve(PracticeProfileStore.FILE),
                "{\"kind\": \"grayarea.practice-profile\", \"formatVersion\": 1,\n"
                        + " \"profile\": {\"therapistName\": \"Ana\", \"replacesAppHelp\": \"yes\"}}");
        try {
            new PracticeProfileStore(dir).load();
            throw new AssertionError("a damaged profile loaded");
        } catch (ProblemsException e) {
            assertThat(e.problems().get(0).in(Locale.ENGLISH))
                    .contains("profile.json:2:")
                    .contains("\"replacesAppHelp\" must be true or false");
        }
    }
}
