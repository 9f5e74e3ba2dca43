package grayarea.session;

import grayarea.bank.BankRef;
import grayarea.bank.Question;
import grayarea.bank.Section;
import grayarea.session.crypto.TherapistPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a therapist hands a client: which bank and sections, who the practice is, an optional client
 * code, and what the client sees at the end. A hand-out holds nothing about a client's answers; it
 * is saved as a {@code .grayarea} file by {@link HandOutFile}.
 *
 * @param bank the bank the quiz uses
 * @param bankText the therapist's own bank, whole, as JSON text; null for a bank built into the app
 * @param perspective the perspective asked ("self", "partner"), or null to let the client choose
 * @param sections the ids of the sections asked; empty for all. Sections that hold a
 *     safety-relevant question are always asked (see {@link #asks(Section)})
 * @param clientCode a code the therapist recognises, never a name; or null
 * @param clientSees what the client sees at the end
 * @param practice the therapist's practice profile
 * @param therapistKey the therapist's public key for sealing results (Base64), or null
 */
public record HandOut(
        BankRef bank,
        String bankText,
        String perspective,
        List<String> sections,
        String clientCode,
        ClientSees clientSees,
        PracticeProfile practice,
        String therapistKey,
        Instant createdAt) {

    public static final String EXTENSION = ".grayarea";
    public static final int MAX_CLIENT_CODE = 40;

    /** What the client sees when they finish. */
    public enum ClientSees {
        /** their result, as anyone taking the self-check would. */
        RESULT,
        /** a thank-you page; the therapist goes through the result with them. */
        THANK_YOU;

        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static ClientSees fromJson(String value) {
            for (ClientSees c : values()) {
                if (c.json().equals(value)) {
                    return c;
                }
            }
            return null;
        }
    }

    public HandOut {
        if (bank == null || clientSees == null || practice == null || createdAt == null) {
            throw new IllegalArgumentException(
                    "a hand-out names its bank, the practice, what the client sees and its date");
        }
        sections = List.copyOf(sections);
    }

    /** The therapist's public key, when results are to be sealed for them. */
    public Optional<TherapistPublicKey> publicKey() {
        return therapistKey == null ? Optional.empty() : TherapistPublicKey.parse(therapistKey);
    }

    /**
     * Whether the quiz asks this section: it was chosen, or it holds a safety-relevant question
     * (one marked so, or one that can raise a safety flag).
     */
    public boolean asks(Section section) {
        return sections.isEmpty()
                || sections.contains(section.id())
                || holdsSafetyQuestion(section);
    }

    /**
     * Whether the section holds a safety-relevant question (one marked so, or one some answer of
     * which raises a safety flag): such sections are never left out.
     */
    public static boolean holdsSafetyQuestion(Section section) {
        return section.questions().stream().anyMatch(Question::safety);
    }
}
