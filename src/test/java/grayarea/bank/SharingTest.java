package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.scoring.CoupleBank;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What of one partner's sheet the other partner may see. */
class SharingTest {

    static final QuestionBank BANK = CoupleBank.load();

    static Answer choice(String option) {
        return Answer.answered(new AnswerValue.Choice(option));
    }

    static Answer text(String text) {
        return Answer.answered(new AnswerValue.FreeText(text));
    }

    static AnswerSheet sheet(
            Map<String, Map<String, Answer>> parts, Map<String, List<String>> order) {
        return new AnswerSheet(
                BANK.ref(), "Alex", "en", Instant.parse("2026-11-28T10:00:00Z"), parts, order);
    }

    static Map<String, Answer> answers(Object... pairs) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Answer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void privateAnswersAreRemovedFromEveryPartAndNotListed() {
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                        answers(
                                                "f-flirt",
                                                choice("often"),
                                                "secret-note",
                                                text("my own note"),
                                                "q-fear",
                                                choice("no")),
                                "partner",
                                        answers(
                                                "secret-note",
                                                text("about them"),
                                                "q-fear",
                                                Answer.declined(),
                                                "f-hide",
                                                choice("never"))),
                        Map.of());
        Sharing.Shared shared = Sharing.share(BANK, full);
        assertThat(shared.sheet().part("self")).containsOnlyKeys("f-flirt");
        assertThat(shared.sheet().part("partner")).containsOnlyKeys("f-hide");
        // nothing of a private item travels, not even that it was answered
        assertThat(shared.notShared()).isEmpty();
        assertThat(shared.notSharedCount()).isZero();
    }

    @Test
    void aQuestionShownOnlyAfterAPrivateAnswerIsNeverSharedEither() {
        // fear-more is shown only after q-fear = yes: its mere presence would tell the private
        // answer
        assertThat(Sharing.neverShared(BANK)).containsExactly("secret-note", "q-fear", "fear-more");
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                answers(
                                        "q-fear",
                                        choice("yes"),
                                        "fear-more",
                                        text("details"),
                                        "f-warm",
                                        choice("often"))),
                        Map.of());
        Sharing.Shared shared = Sharing.share(BANK, full);
        assertThat(shared.sheet().part("self")).containsOnlyKeys("f-warm");
        assertThat(shared.notShared()).isEmpty();
    }

    @Test
    void unsharedAnswersAreRemovedAndListedPerPartInBankOrder() {
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                        answers(
                                                "hopes",
                                                text("more walks").withShared(false),
                                                "f-hide",
                                                Answer.declined().withShared(false),
                                                "f-flirt",
                                                choice("never").withShared(false),
                                                "f-warm",
                                                choice("often")),
                                "boundaries",
                                        answers(
                                                "b-hiding",
                                                Answer.answered(
                                                                new AnswerValue.BoundaryRating(
                                                                        AnswerValue.Rating.FINE,
                                                                        AnswerValue.Rating.DEPENDS))
                                                        .withShared(false))),
                        Map.of());
        Sharing.Shared shared = Sharing.share(BANK, full);
        assertThat(shared.sheet().part("self")).containsOnlyKeys("f-warm");
        assertThat(shared.sheet().part("boundaries")).isEmpty();
        assertThat(shared.notShared().get("self")).containsExactly("f-flirt", "f-hide", "hopes");
        assertThat(shared.notShared().get("boundaries")).containsExactly("b-hiding");
        assertThat(shared.isNotShared("self", "hopes")).isTrue();
        assertThat(shared.isNotShared("self", "f-warm")).isFalse();
        assertThat(shared.notSharedCount()).isEqualTo(4);
    }

    @Test
    void aQuestionShownOnlyAfterAnUnsharedAnswerIsListedWhetherOrNotItWasAnswered() {
        // talk-went follows talked = yes. If talked is left out, talk-went is left out and listed
        // in
        // both cases (talked yes: answered; talked no: hidden), so the list says nothing of the
        // answer.
        AnswerSheet yes =
                sheet(
                        Map.of(
                                "self",
                                answers(
                                        "talked",
                                        choice("yes").withShared(false),
                                        "talk-went",
                                        choice("often"))),
                        Map.of());
        AnswerSheet no =
                sheet(Map.of("self", answers("talked", choice("no").withShared(false))), Map.of());
        Sharing.Shared fromYes = Sharing.share(BANK, yes);
        Sharing.Shared fromNo = Sharing.share(BANK, no);
        assertThat(fromYes.sheet().part("self")).isEmpty();
        assertThat(fromYes.notShared()).isEqualTo(Map.of("self", Set.of("talked", "talk-went")));
        assertThat(fromNo.notShared()).isEqualTo(fromYes.notShared());
    }

    @Test
    void theOrderLosesEveryIdTakenOut() {
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                answers(
                                        "f-flirt",
                                        choice("never"),
                                        "f-hide",
                                        choice("never").withShared(false),
                                        "secret-note",
                                        text("n"))),
                        Map.of(
                                "self.habits",
                                List.of("secret-note", "f-hide", "f-flirt", "q-fear", "f-warm")));
        Sharing.Shared shared = Sharing.share(BANK, full);
        assertThat(shared.sheet().order())
                .isEqualTo(Map.of("self.habits", List.of("f-flirt", "f-warm")));
    }

    @Test
    void anAnswerToAQuestionTheBankDoesNotHaveIsLeftOutUnlisted() {
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                answers("colour", choice("red"), "f-flirt", choice("never"))),
                        Map.of());
        Sharing.Shared shared = Sharing.share(BANK, full);
        assertThat(shared.sheet().part("self")).containsOnlyKeys("f-flirt");
        assertThat(shared.notShared()).isEmpty();
    }

    @Test
    void theRestOfTheSheetIsKept() {
        AnswerSheet full = sheet(Map.of("self", answers("f-flirt", choice("never"))), Map.of());
        AnswerSheet shared = Sharing.share(BANK, full).sheet();
        assertThat(shared.bank()).isEqualTo(full.bank());
        assertThat(shared.respondent()).isEqualTo("Alex");
        assertThat(shared.language()).isEqualTo("en");
        assertThat(shared.createdAt()).isEqualTo(full.createdAt());
        assertThat(shared.part("self").get("f-flirt")).isEqualTo(choice("never"));
    }

    @Test
    void sharingTwiceChangesNothingMore() {
        AnswerSheet full =
                sheet(
                        Map.of(
                                "self",
                                        answers(
                                                "talked",
                                                choice("yes").withShared(false),
                                                "talk-went",
                                                choice("often"),
                                                "f-warm",
                                                choice("often"),
                                                "secret-note",
                                                text("n")),
                                "partner", answers("f-flirt", choice("often"))),
                        Map.of("self.habits", List.of("talked", "f-warm")));
        Sharing.Shared once = Sharing.share(BANK, full);
        Sharing.Shared twice = Sharing.share(BANK, once.sheet());
        assertThat(twice.sheet()).isEqualTo(once.sheet());
        assertThat(twice.notShared()).isEmpty();
    }

    @Test
    void theDefaultBankNeverSharesItsPrivateItems() {
        QuestionBank bank = BankLoader.loadDefault();
        assertThat(Sharing.neverShared(bank))
                .containsExactlyInAnyOrder(
                        "safety-afraid",
                        "safety-harmed",
                        "safety-pressured",
                        "safety-isolated",
                        "safety-money",
                        "safety-checked",
                        "safety-seen",
                        "own-worry",
                        "own-urge-to-check",
                        "own-past-betrayal",
                        "self-checks-partner",
                        "connection-note");
        // the note for a session is meant for a therapist: it may be shared
        assertThat(Sharing.neverShared(bank)).doesNotContain("session-note");
    }

    @Test
    void theSharedRecordIsImmutable() {
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        listed.put("self", new LinkedHashSet<>(List.of("hopes")));
        listed.put("partner", Set.of());
        Sharing.Shared shared = new Sharing.Shared(sheet(Map.of(), Map.of()), listed);
        listed.get("self").add("f-flirt");
        assertThat(shared.notShared()).isEqualTo(Map.of("self", Set.of("hopes")));
    }
}
