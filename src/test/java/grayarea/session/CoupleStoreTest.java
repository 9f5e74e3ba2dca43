package grayarea.session;

import static grayarea.testing.Fixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.AnswerSheet;
import grayarea.bank.QuestionBank;
import grayarea.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoupleStoreTest {

    @TempDir
    Path folder;

    private final QuestionBank bank = Fixtures.scoringBank();

    @Test
    void aSavedCoupleSessionReadsBackTheSameAndKeepsNoPinInTheClear() throws Exception {
        AnswerSheet sheet = Fixtures.sheet(bank).answer("self", "flirt", choice("often").withShared(false)).build();
        CoupleSession session = new CoupleSession(null, List.of(
                new CoupleSession.Partner("Sam", PinLock.of("2468".toCharArray(), 1_000),
                        new CoupleSession.Turn(sheet, 2, true, true)),
                new CoupleSession.Partner("Дарья", null, null)), Instant.parse("2026-11-28T09:00:00Z"));
        CoupleStore store = new CoupleStore(folder);
        store.save(session);

        var found = store.load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Contents.class);
        CoupleSession read = ((SavedFiles.Found.Contents<CoupleSession>) found).value();
        assertThat(read).isEqualTo(session);
        assertThat(read.partner(0).pin().matches("2468".toCharArray())).isTrue();
        assertThat(read.partner(0).pin().matches("2469".toCharArray())).isFalse();
        assertThat(Files.readString(store.file())).doesNotContain("2468");
    }

    @Test
    void aDamagedCoupleSessionIsSetAside() throws Exception {
        Files.writeString(folder.resolve(CoupleStore.FILE), "{\"kind\": \"grayarea.couple-session\", ");
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        assertThat(Files.exists(folder.resolve(CoupleStore.FILE))).isFalse();
        assertThat(((SavedFiles.Found.Damaged<CoupleSession>) found).setAside().getFileName().toString())
                .startsWith("couple-damaged-");
    }

    @Test
    void aPinCannotAskForEndlessRounds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PinLock(new byte[16], new byte[32], 50_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPinLockWithAnEmptySaltIsDamagedWhenReadNotWhenThePartnerTypesThePin() throws Exception {
        Files.writeString(folder.resolve(CoupleStore.FILE), """
                {"kind": "grayarea.couple-session", "formatVersion": 1, "savedAt": "2026-11-28T09:00:00Z",
                 "partners": [{"name": "Sam", "pin": {"salt": "", "hash": "", "iterations": 1000}},
                              {"name": "Alex"}]}
                """);
        var found = new CoupleStore(folder).load();
        assertThat(found).isInstanceOf(SavedFiles.Found.Damaged.class);
        assertThat(((SavedFiles.Found.Damaged<CoupleSession>) found).problem().toString())
                .isEqualTo(folder.resolve(CoupleStore.FILE) + ":2:38: this partner's PIN lock is damaged");
    }

    @Test
    void aPinLockIsExactlyASixteenByteSaltAndAThirtyTwoByteHash() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PinLock(new byte[0], new byte[32], 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PinLock(new byte[16], new byte[31], 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PinLock(new byte[16], new byte[32], 1_000).matches("2468".toCharArray())).isFalse();
    }
}
