package grayarea.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One partner's answer sheet as the other partner may see it (docs/safety.md). Pure.
 *
 * <p>Three kinds of answer are taken out:
 *
 * <ul>
 *   <li>answers to <b>private</b> questions ({@link Question#privateItem()}), and answers to
 *       questions shown only after a private answer (their presence would tell what the private
 *       answer was). These are <i>never shared</i>: removed silently, and not listed anywhere, so
 *       not even whether they were answered travels;
 *   <li>answers their author marked {@code "shared": false};
 *   <li>answers to questions shown only after an answer that is not shared, for the same reason.
 *       These are listed as not shared whether or not the sheet holds an answer to them, so the
 *       list itself tells nothing about the answer it follows.
 * </ul>
 *
 * The last two are reported in {@link Shared#notShared()}, per part, in bank order, so that a
 * comparison can say "not shared" instead of guessing. The sheet's {@code order} loses every
 * question id that was taken out.
 */
public final class Sharing {

    private Sharing() {}

    /**
     * A sheet as the other partner may see it.
     *
     * @param sheet the answers that are shared (nothing private, nothing unshared)
     * @param notShared per part, the ids of the (non-private) questions whose answers were left
     *     out, in bank order; parts with nothing left out are absent
     */
    public record Shared(AnswerSheet sheet, Map<String, Set<String>> notShared) {
        public Shared {
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            notShared.forEach(
                    (part, ids) -> {
                        if (!ids.isEmpty()) {
                            copy.put(part, Collections.unmodifiableSet(new LinkedHashSet<>(ids)));
                        }
                    });
            notShared = Collections.unmodifiableMap(copy);
        }

        /** Whether the answer to the question in that part was left out by its author. */
        public boolean isNotShared(String part, String question) {
            return notShared.getOrDefault(part, Set.of()).contains(question);
        }

        /** How many answers were left out, over all parts. */
        public int notSharedCount() {
            return notShared.values().stream().mapToInt(Set::size).sum();
        }
    }

    /** The sheet as the other partner may see it. Applying it twice changes nothing more. */
    public static Shared share(QuestionBank bank, AnswerSheet sheet) {
        Set<String> never = neverShared(bank);
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        Map<String, Set<String>> notShared = new LinkedHashMap<>();
        Set<String> removedAnywhere = new LinkedHashSet<>(never);
        for (Map.Entry<String, Map<String, Answer>> part : sheet.parts().entrySet()) {
            Map<String, Answer> answers = part.getValue();
            Set<String> withheld = new LinkedHashSet<>();
            // bank order, so a condition always comes after the answers it reads
            for (Question question : bank.questionsInPart(part.getKey())) {
                if (never.contains(question.id())) {
                    continue;
                }
                Answer answer = answers.get(question.id());
                boolean chosen = answer != null && !answer.shared();
                boolean follows =
                        question.showIf() != null
                                && question.showIf().questions().stream()
                                        .anyMatch(withheld::contains);
                if (chosen || follows) {
                    withheld.add(question.id());
                }
            }
            Map<String, Answer> kept = new LinkedHashMap<>();
            answers.forEach(
                    (id, answer) -> {
                        Question question = bank.question(id).orElse(null);
                        if (question == null || never.contains(id)) {
                            // an id the bank does not know cannot be known not to be private: left
                            // out, unlisted
                            return;
                        }
                        if (!answer.shared()) {
                            // in a part that does not ask it (a sheet that does not fit its bank):
                            // still withheld
                            withheld.add(id);
                        } else if (!withheld.contains(id)) {
                            kept.put(id, answer);
                        }
                    });
            parts.put(part.getKey(), kept);
            notShared.put(part.getKey(), withheld);
            removedAnywhere.addAll(withheld);
        }
        AnswerSheet shared =
                new AnswerSheet(
                        sheet.bank(),
                        sheet.respondent(),
                        sheet.language(),
                        sheet.createdAt(),
                        parts,
                        orderWithout(sheet, removedAnywhere));
        return new Shared(shared, notShared);
    }

    /**
     * The sheet without the answers that are never shared (private questions and those that follow
     * them), for a file that is not sealed; the author's own sharing choices are not looked at.
     */
    public static AnswerSheet withoutPrivate(QuestionBank bank, AnswerSheet sheet) {
        Set<String> never = neverShared(bank);
        Map<String, Map<String, Answer>> parts = new LinkedHashMap<>();
        sheet.parts()
                .forEach(
                        (part, answers) -> {
                            Map<String, Answer> kept = new LinkedHashMap<>();
                            answers.forEach(
                                    (id, answer) -> {
                                        if (!never.contains(id)) {
                                            kept.put(id, answer);
                                        }
                                    });
                            parts.put(part, kept);
                        });
        return new AnswerSheet(
                sheet.bank(),
                sheet.respondent(),
                sheet.language(),
                sheet.createdAt(),
                parts,
                orderWithout(sheet, never));
    }

    /** The sheet's question order without the questions taken out. */
    private static Map<String, List<String>> orderWithout(AnswerSheet sheet, Set<String> removed) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        sheet.order()
                .forEach(
                        (section, ids) ->
                                order.put(
                                        section,
                                        ids.stream().filter(id -> !removed.contains(id)).toList()));
        return order;
    }

    /**
     * The questions of the bank whose answers are never shared: the private ones, and those shown
     * only after an answer to one of them (directly or through a chain of conditions), by id.
     */
    public static Set<String> neverShared(QuestionBank bank) {
        Set<String> never = new LinkedHashSet<>();
        // conditions read only earlier questions, so one pass in bank order settles chains
        for (Question question : bank.questions()) {
            if (question.privateItem()
                    || question.showIf() != null
                            && question.showIf().questions().stream().anyMatch(never::contains)) {
                never.add(question.id());
            }
        }
        return Collections.unmodifiableSet(never);
    }
}
