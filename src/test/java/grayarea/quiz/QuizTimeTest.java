package grayarea.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.bank.BankCatalog;
import grayarea.bank.BankLoader;
import grayarea.bank.BankRef;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.session.HandOutFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long the welcome page says a quiz takes: the questions each view shows, worked out by hand on
 * a small bank with one question of every kind (src/test/resources/quiz/time-bank.json), times the
 * typical time of each kind.
 */
class QuizTimeTest {

    private static final Path FIXTURE = Path.of("src/test/resources/quiz/time-bank.json");

    @TempDir Path folder;

    private static QuestionBank fixture() throws Exception {
        return BankLoader.load(FIXTURE);
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    @Test
    void eachKindOfQuestionHasItsTypicalTime() throws Exception {
        QuestionBank bank = fixture();
        Map<String, Integer> seconds = new LinkedHashMap<>();
        bank.sections()
                .forEach(
                        s ->
                                s.questions()
                                        .forEach(q -> seconds.put(q.id(), QuizTime.secondsFor(q))));
        assertThat(seconds)
                .containsExactly(
                        Map.entry("h-scale", 10), // scale
                        Map.entry("h-single", 10), // single choice
                        Map.entry("h-talked", 6), // yes/no
                        Map.entry("h-how", 10), // scale, shown only after "yes"
                        Map.entry("y-habits", 20), // checklist
                        Map.entry("y-note", 0), // free text, optional
                        Map.entry("s-story", 60), // free text, required
                        Map.entry("l-late", 12), // boundary rating
                        Map.entry("l-phone", 12),
                        Map.entry("afraid", 6));
    }

    @Test
    void aSoloQuizCountsEveryQuestionOfItsPagesTheConditionalOnesToo() throws Exception {
        QuestionBank bank = fixture();

        assertThat(ids(QuizTime.questionsShown(bank, List.of("partner"), s -> true)))
                .containsExactly(
                        "h-scale",
                        "h-single",
                        "h-talked",
                        "h-how",
                        "s-story",
                        "l-late",
                        "l-phone",
                        "afraid");
        // 10 + 10 + 6 + 10 + 60 + 12 + 12 + 6 = 126 s: 2.1 minutes, said as 3
        assertThat(QuizTime.solo(bank, "partner")).isEqualTo(new QuizTime.Estimate(8, 126));
        assertThat(QuizTime.solo(bank, "partner").minutes()).isEqualTo(3);

        // about me adds its own page: a checklist (20 s) and an optional note (0 s)
        assertThat(QuizTime.solo(bank, "self")).isEqualTo(new QuizTime.Estimate(10, 146));
        assertThat(QuizTime.solo(bank, "self").minutes()).isEqualTo(3);
    }

    @Test
    void aCoupleTurnAsksAQuestionWordedAlikeForBothOnceAndTheBoundaryMapOnce() throws Exception {
        QuestionBank bank = fixture();

        assertThat(ids(QuizTime.questionsShown(bank, List.of("self", "partner"), s -> true)))
                .containsExactly(
                        // about me
                        "h-scale",
                        "h-single",
                        "h-talked",
                        "h-how",
                        "y-habits",
                        "y-note",
                        "s-story",
                        "afraid",
                        // about my partner: only the question with its own wording for them
                        "h-scale",
                        // the boundary map, once
                        "l-late",
                        "l-phone");
        // 146 - 24 (boundary map) = 122 about me, + 10 about my partner, + 24 = 156 s
        QuizTime.Estimate turn = QuizTime.turn(bank, List.of("self", "partner"));
        assertThat(turn).isEqualTo(new QuizTime.Estimate(11, 156));
        assertThat(turn.minutes()).isEqualTo(3);
    }

    @Test
    void aHandOutCountsTheSectionsItAsksAndTheSafetyQuestionsThatAreAlwaysAsked() throws Exception {
        HandOutFile.Opened handOut = handOut(List.of("habits"));

        assertThat(
                        ids(
                                QuizTime.questionsShown(
                                        handOut.bank(),
                                        List.of("partner"),
                                        s -> handOut.handOut().asks(s))))
                .containsExactly("h-scale", "h-single", "h-talked", "h-how", "afraid");
        // 10 + 10 + 6 + 10 + 6 = 42 s: under a minute, said as one
        assertThat(QuizTime.handOut(handOut, "partner")).isEqualTo(new QuizTime.Estimate(5, 42));
        assertThat(QuizTime.handOut(handOut, "partner").minutes()).isEqualTo(1);
        // a hand-out of every section takes as long as the quiz itself
        assertThat(QuizTime.handOut(handOut(List.of()), "partner"))
                .isEqualTo(QuizTime.solo(fixture(), "partner"));
    }

    @Test
    void aBankWithoutPerspectivesIsOneQuiz() throws Exception {
        QuestionBank openness = BankLoader.load(Path.of("questions/examples/openness-check.json"));
        // six items (five scales and a single choice), one single choice, one yes/no:
        // 6 x 10 + 10 + 6 = 76 s
        assertThat(QuizTime.solo(openness, null)).isEqualTo(new QuizTime.Estimate(8, 76));
        assertThat(QuizTime.solo(openness, null).minutes()).isEqualTo(2);
    }

    @Test
    void minutesRoundUpAndAreNeverNone() {
        assertThat(new QuizTime.Estimate(0, 0).minutes()).isEqualTo(1);
        assertThat(new QuizTime.Estimate(1, 6).minutes()).isEqualTo(1);
        assertThat(new QuizTime.Estimate(6, 60).minutes()).isEqualTo(1);
        assertThat(new QuizTime.Estimate(7, 61).minutes()).isEqualTo(2);
        assertThat(new QuizTime.Estimate(12, 120).minutes()).isEqualTo(2);
        assertThat(new QuizTime.Estimate(13, 121).minutes()).isEqualTo(3);
    }

    @Test
    void theCountIsWhatTheQuizItselfShows() throws Exception {
        // the same pages and questions as a quiz taken from that view, for the fixture and for
        // every bundled bank's every perspective
        QuestionBank bank = fixture();
        for (List<String> view :
                List.of(List.of("partner"), List.of("self"), List.of("self", "partner"))) {
            assertThat(QuizTime.of(bank, view, s -> true).questions())
                    .as("%s", view)
                    .isEqualTo(shownByAQuiz(bank, view));
        }
        BankCatalog catalog = BankCatalog.bundled();
        for (BankRef ref : catalog.refs()) {
            QuestionBank bundled = catalog.find(ref).orElseThrow();
            List<String> perspectives =
                    bundled.perspectives().isEmpty()
                            ? Collections.singletonList(null)
                            : bundled.perspectives().stream().map(p -> p.id()).toList();
            for (String perspective : perspectives) {
                assertThat(QuizTime.solo(bundled, perspective).questions())
                        .as("%s %s", ref, perspective)
                        .isEqualTo(shownByAQuiz(bundled, Collections.singletonList(perspective)));
            }
        }
    }

    @Test
    void microCheating100TakesAboutAsLongAsThisInEachView() {
        // the released default bank, kept bundled: its figures to compare later versions with
        QuestionBank released =
                BankCatalog.bundled().find(new BankRef("micro-cheating", "1.0.0")).orElseThrow();
        QuizTime.Estimate partner = QuizTime.solo(released, "partner");
        QuizTime.Estimate self = QuizTime.solo(released, "self");
        QuizTime.Estimate turn = QuizTime.turn(released, List.of("self", "partner"));
        assertThat(List.of(partner, self, turn))
                .containsExactly(
                        new QuizTime.Estimate(PARTNER_QUESTIONS, PARTNER_SECONDS),
                        new QuizTime.Estimate(SELF_QUESTIONS, SELF_SECONDS),
                        new QuizTime.Estimate(TURN_QUESTIONS, TURN_SECONDS));
        // about my partner: 5 behaviors (5 x 10 s), raising it (6 + 4 x 10), reassuring signs
        // (3 x 10 + a checklist, 20), the gut check (6 + 10), connection (3 x 10 and a note, 0),
        // the boundary map (5 x 12), safety (2 x 6); about me adds one yes/no of the gut check
        assertThat(List.of(partner.minutes(), self.minutes(), turn.minutes()))
                .containsExactly(5, 5, 7);
    }

    private static final int PARTNER_QUESTIONS = 27;
    private static final int PARTNER_SECONDS = 264;
    private static final int SELF_QUESTIONS = 28;
    private static final int SELF_SECONDS = 270;
    private static final int TURN_QUESTIONS = 41;
    private static final int TURN_SECONDS = 392;

    /** How many questions a quiz from that view has on its pages, counted through the quiz. */
    private static int shownByAQuiz(QuestionBank bank, List<String> perspectives) {
        Quiz quiz = new Quiz(bank, null, perspectives, "en", null, null, Map.of(), Instant.now());
        return quiz.steps().stream().mapToInt(step -> quiz.questionsOf(step).size()).sum();
    }

    /** A therapist's hand-out of the fixture bank (carried whole), asking these sections. */
    private HandOutFile.Opened handOut(List<String> sections) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("kind", "grayarea.handout");
        root.put("formatVersion", 1);
        root.put("createdAt", "2026-12-07T10:00:00Z");
        ObjectNode bank = root.putObject("bank");
        bank.put("id", "time-fixture");
        bank.put("version", "1.0.0");
        root.put("bankText", Files.readString(FIXTURE, StandardCharsets.UTF_8));
        root.put("perspective", "partner");
        if (!sections.isEmpty()) {
            sections.forEach(root.putArray("sections")::add);
        }
        root.put("clientSees", "result");
        ObjectNode practice = root.putObject("practice");
        practice.put("therapistName", "Ana Ruiz");
        practice.putArray("resources");
        Path file = folder.resolve("client.grayarea");
        Files.writeString(file, json.writeValueAsString(root), StandardCharsets.UTF_8);
        return HandOutFile.read(file);
    }
}
