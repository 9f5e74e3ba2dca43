package grayarea.report;

import grayarea.bank.Answer;
import grayarea.bank.AnswerSheet;
import grayarea.bank.Band;
import grayarea.bank.ConversationPrompt;
import grayarea.bank.Flag;
import grayarea.bank.HelpDirectory;
import grayarea.bank.Parts;
import grayarea.bank.Question;
import grayarea.bank.QuestionBank;
import grayarea.bank.QuestionType;
import grayarea.report.ReportBlock.Kind;
import grayarea.scoring.BoundaryReading;
import grayarea.scoring.Comparison;
import grayarea.scoring.Comparison.BoundaryAgreement;
import grayarea.scoring.Comparison.DoubleStandard;
import grayarea.scoring.ComparisonTurn;
import grayarea.scoring.CoupleComparison;
import grayarea.scoring.Headline;
import grayarea.scoring.PartResult;
import grayarea.scoring.Result;
import grayarea.scoring.ScoringEngine;
import grayarea.session.HelpList;
import grayarea.session.PracticeProfile;
import grayarea.session.ResultFile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report a therapist reads: a one-page clinician summary (who, when, which bank, the band and
 * scores, safety flags where the file may hold them, before the band when one was raised, and the
 * boundary differences), then the client pages (the client's own report: reflections with their
 * notes, conversation starters, resources, the practice's own help resources). Laid out by {@link
 * PdfReport}, printed the same.
 */
public final class TherapistReport {

    /** At most this many lines per list on the summary, so that it stays one page. */
    static final int MAX_LINES = 8;

    private final QuestionBank bank;
    private final Words words;
    private final String region;

    /** A report whose client pages show the help lines for the system's country. */
    public TherapistReport(QuestionBank bank, String language) {
        this(bank, language, HelpList.systemCountry());
    }

    /**
     * A report whose client pages show the help lines for a region (a country code; anything else
     * gives the emergency advice alone).
     */
    public TherapistReport(QuestionBank bank, String language, String region) {
        this.bank = bank;
        this.words = new Words(bank, language);
        this.region = region;
    }

    /** One person's result file: the summary, then their pages. */
    public List<ReportBlock> blocks(ResultFile.Contents file, PracticeProfile practice) {
        List<ReportBlock> out = new ArrayList<>();
        header(out, file, practice);
        Result result = file.result();
        // a safety flag comes before any band or score, as it does on the client's own pages
        boolean safetyFirst = result.safety();
        if (safetyFirst) {
            safety(out, file.complete(), result);
        }
        add(out, Kind.HEADING, words.get("clinician.result"));
        for (PartResult part : result.parts()) {
            add(out, Kind.BULLET, partLine(part));
        }
        if (!safetyFirst) {
            safety(out, file.complete(), result);
        }
        TextReport client = new TextReport(bank, words.language, clientHelp(practice));
        // a section the person was never asked is never reported as "not answered": the boundary
        // map only when the bank has one and it was shown
        if (boundariesShown(file.answers())) {
            add(out, Kind.HEADING, words.get("clinician.doubleStandards"));
            List<BoundaryReading> doubles = result.doubleStandards();
            if (doubles.isEmpty()) {
                add(
                        out,
                        Kind.PARAGRAPH,
                        words.get(
                                result.boundaries().isEmpty()
                                        ? "clinician.boundaries.none"
                                        : "clinician.doubleStandards.none"));
            }
            capped(out, doubles.stream().map(this::doubleStandardLine).toList());
        }
        add(out, Kind.PARAGRAPH, "");
        add(out, Kind.PARAGRAPH, words.get("clinician.notDiagnosis"));

        add(out, Kind.PAGE_BREAK, "");
        out.addAll(client.blocks(file.answers(), result, file.notes()));
        starters(out, result);
        practiceResources(out, practice);
        return out;
    }

    /**
     * A couple's result file: the summary of both turns and their comparison, then the comparison
     * pages.
     */
    public List<ReportBlock> blocks(ResultFile.CoupleContents file, PracticeProfile practice) {
        List<ReportBlock> out = new ArrayList<>();
        header(out, file, practice);
        Comparison comparison =
                CoupleComparison.compare(bank, file.first(), file.second(), words.language);
        String first = name(file.first(), "couple.first");
        String second = name(file.second(), "couple.second");
        add(out, Kind.PARAGRAPH, words.format("clinician.couple", first, second));
        if (!comparison.available()) {
            add(out, Kind.PARAGRAPH, words.get("clinician.couple.notAvailable"));
        } else {
            add(out, Kind.HEADING, words.get("clinician.result"));
            for (ComparisonTurn turn : List.of(file.first(), file.second())) {
                Result shared = new ScoringEngine(bank).score(turn.shared().sheet());
                String who = turn == file.first() ? first : second;
                for (PartResult part : shared.parts()) {
                    add(
                            out,
                            Kind.BULLET,
                            words.format("clinician.couple.part", who, partLine(part)));
                }
            }
            add(out, Kind.PARAGRAPH, words.get("clinician.couple.sharedOnly"));
            ComparisonReport couple = new ComparisonReport(bank, words.language);
            if (!boundaryQuestions().isEmpty()) {
                add(out, Kind.HEADING, words.get("clinician.mismatches"));
                List<String> mismatches =
                        comparison.boundaries().stream()
                                .filter(
                                        b ->
                                                b.first() != null
                                                        && b.second() != null
                                                        && b.difference() > 0)
                                .map((BoundaryAgreement b) -> couple.boundaryLine(b, first, second))
                                .toList();
                if (mismatches.isEmpty()) {
                    add(out, Kind.PARAGRAPH, words.get("clinician.mismatches.none"));
                }
                capped(out, mismatches);
                add(out, Kind.HEADING, words.get("clinician.doubleStandards"));
                List<String> doubles =
                        comparison.doubleStandards().stream()
                                .map(
                                        (DoubleStandard d) ->
                                                couple.doubleStandardLine(d, first, second))
                                .toList();
                if (doubles.isEmpty()) {
                    add(out, Kind.PARAGRAPH, words.get("clinician.doubleStandards.none"));
                }
                capped(out, doubles);
            }
        }
        add(out, Kind.PARAGRAPH, "");
        add(out, Kind.PARAGRAPH, words.get("clinician.notDiagnosis"));
        add(out, Kind.PAGE_BREAK, "");
        out.addAll(new ComparisonReport(bank, words.language).blocks(comparison, first, second));
        practiceResources(out, practice);
        return out;
    }

    private void header(List<ReportBlock> out, ResultFile.Any file, PracticeProfile practice) {
        add(out, Kind.TITLE, words.format("clinician.title", words.t(bank.about().title())));
        String code = file.clientCode() == null ? words.get("clinician.noCode") : file.clientCode();
        String date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(words.locale)
                        .format(file.createdAt().atZone(ZoneId.systemDefault()));
        add(out, Kind.PARAGRAPH, words.format("clinician.client", code, date));
        add(
                out,
                Kind.PARAGRAPH,
                words.format("clinician.bank", bank.id(), bank.version(), file.appVersion()));
        if (practice != null) {
            add(out, Kind.PARAGRAPH, words.format("clinician.practice", practice.heading()));
        }
    }

    /** A double standard about the client, in the third person. */
    private String doubleStandardLine(BoundaryReading reading) {
        String behaviour =
                bank.behaviour(reading.behaviour())
                        .map(b -> words.t(b.label()))
                        .orElse(reading.behaviour());
        String key =
                reading.lean() == BoundaryReading.Lean.EASIER_ON_ME
                        ? "clinician.double.easierOnSelf"
                        : "clinician.double.easierOnPartner";
        return words.format(
                key,
                behaviour,
                words.get("rating." + reading.ifIDid().json()),
                words.get("rating." + reading.ifPartnerDid().json()));
    }

    private String partLine(PartResult part) {
        String label =
                bank.perspective(part.part())
                        .map(p -> words.t(p.label()))
                        .orElse(words.get("part.main"));
        String band = bandWords(part);
        TextReport text = new TextReport(bank, words.language);
        String primary =
                part.scores().stream()
                        .filter(s -> s.dimension().equals(bank.primary().dimension()))
                        .findFirst()
                        .map(text::scoreLine)
                        .orElse("");
        return words.format("clinician.part", label, band, primary);
    }

    /** The headline band in words, with how it came about when that is more than the score. */
    private String bandWords(PartResult part) {
        Headline headline = part.headline();
        if (headline != null && headline.status() == Headline.Status.NOT_ENOUGH_ANSWERED) {
            Headline.CoverageCheck c = headline.coverage();
            return c == null
                    ? words.get("csv.band.notEnough")
                    : words.format(
                            "clinician.band.notEnough",
                            c.answered(),
                            // as HeadlineSteps counts: answers set aside are neither
                            c.answered() + c.missing());
        }
        if (part.band() == null) {
            return words.get("clinician.band.none");
        }
        String label =
                bank.primary().band(part.band()).map(Band::label).map(words::t).orElse(part.band());
        List<String> raisedBy =
                headline == null
                        ? List.of()
                        : headline.rules().stream()
                                .filter(Headline.FiredRule::raised)
                                .map(
                                        r ->
                                                bank.primary().bandRules().stream()
                                                        .filter(b -> b.id().equals(r.rule()))
                                                        .findFirst()
                                                        .map(b -> words.t(b.label()))
                                                        .orElse(r.rule()))
                                .toList();
        return raisedBy.isEmpty()
                ? label
                : words.format("clinician.band.raised", label, String.join("; ", raisedBy));
    }

    /** The boundary questions of the bank. */
    private List<Question> boundaryQuestions() {
        return bank.questionsInPart(Parts.BOUNDARIES).stream()
                .filter(q -> q.type() == QuestionType.BOUNDARY)
                .toList();
    }

    /**
     * Whether the bank has a boundary map and the person was asked it: the sheet holds an entry
     * (answered, declined or not reached) for one of its ratings. A hand-out that left the section
     * out holds none, and its summary then says nothing about boundaries.
     */
    private boolean boundariesShown(AnswerSheet answers) {
        Map<String, Answer> given = answers.part(Parts.BOUNDARIES);
        return boundaryQuestions().stream().anyMatch(q -> given.containsKey(q.id()));
    }

    /**
     * Flags, and (only where the file may hold them, that is sealed) the safety questions left
     * unanswered, by their text: "no flag was raised" alone would hide a declined safety question.
     */
    private void safety(List<ReportBlock> out, boolean complete, Result result) {
        add(out, Kind.HEADING, words.get("clinician.flags"));
        if (!complete) {
            add(out, Kind.PARAGRAPH, words.get("clinician.flags.notSealed"));
        }
        List<Flag> raised =
                result.flags().stream().map(bank::flag).flatMap(Optional::stream).toList();
        List<String> unanswered =
                complete
                        ? result.safetyUnanswered().stream()
                                .map(bank::question)
                                .flatMap(Optional::stream)
                                .map(q -> words.t(q.text()))
                                .toList()
                        : List.of();
        if (raised.isEmpty() && complete) {
            add(
                    out,
                    Kind.PARAGRAPH,
                    words.get(
                            unanswered.isEmpty()
                                    ? "clinician.flags.none"
                                    : "clinician.flags.noneRaised"));
        }
        for (Flag flag : raised) {
            add(
                    out,
                    Kind.BULLET,
                    words.format(
                            flag.safety() ? "clinician.flag.safety" : "clinician.flag",
                            words.t(flag.label())));
        }
        if (!unanswered.isEmpty()) {
            add(
                    out,
                    Kind.PARAGRAPH,
                    words.format("clinician.safetyUnanswered", String.join("; ", unanswered)));
        }
    }

    /**
     * Conversation starters for one person: the bank's general ones; none at all when a safety flag
     * was raised, whether marked {@code together} or not (docs/decisions/0033).
     */
    private void starters(List<ReportBlock> out, Result result) {
        List<ConversationPrompt> general =
                bank.conversationPrompts().stream()
                        .filter(p -> p.topic() == ConversationPrompt.Topic.GENERAL)
                        .toList();
        if (general.isEmpty() || result.safety()) {
            return;
        }
        add(out, Kind.HEADING, words.get("couple.starters"));
        for (ConversationPrompt prompt : general) {
            add(out, Kind.BULLET, words.t(prompt.text()));
        }
    }

    /**
     * The client pages' help lines: the app's and the bank's for the region, or, when the therapist
     * replaced the app's list, its emergency entries alone. The therapist's own lines follow under
     * their name ({@link #practiceResources}), not twice.
     */
    private HelpList clientHelp(PracticeProfile practice) {
        HelpList full = HelpList.of(HelpDirectory.bundled(), bank, practice, region);
        return new HelpList(full.region(), full.country(), full.lines(), null, full.note());
    }

    private void practiceResources(List<ReportBlock> out, PracticeProfile practice) {
        if (practice == null) {
            return;
        }
        add(out, Kind.HEADING, words.format("clinician.fromPractice", practice.heading()));
        if (practice.noteToClients() != null) {
            add(out, Kind.PARAGRAPH, practice.noteToClients());
        }
        if (practice.contact() != null) {
            add(out, Kind.PARAGRAPH, words.format("clinician.contact", practice.contact()));
        }
        for (PracticeProfile.LocalResource r : practice.resources()) {
            add(
                    out,
                    Kind.BULLET,
                    r.notes() == null
                            ? words.format("clinician.resource", r.name(), r.contact())
                            : words.format(
                                    "clinician.resource.notes", r.name(), r.contact(), r.notes()));
        }
    }

    private void capped(List<ReportBlock> out, List<String> lines) {
        lines.stream().limit(MAX_LINES).forEach(line -> add(out, Kind.BULLET, line));
        if (lines.size() > MAX_LINES) {
            add(out, Kind.PARAGRAPH, words.format("clinician.more", lines.size() - MAX_LINES));
        }
    }

    private String name(ComparisonTurn turn, String fallbackKey) {
        return turn.respondent() == null || turn.respondent().isBlank()
                ? words.get(fallbackKey)
                : turn.respondent();
    }

    private static void add(List<ReportBlock> out, Kind kind, String text) {
        out.add(new ReportBlock(kind, text));
    }
}
