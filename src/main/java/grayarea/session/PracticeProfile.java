package grayarea.session;

import java.util.List;

/**
 * A therapist's practice as clients see it on the welcome page of a hand-out and on reports. Every
 * field but the name is optional; nothing here is about a client.
 *
 * @param therapistName the therapist's name, as clients know it
 * @param practice the practice's name, or null
 * @param contact how clients reach the practice (phone, e-mail, address), or null
 * @param noteToClients a short note shown to clients before they start, or null
 * @param resources help resources for the practice's region, shown with the app's own
 * @param replacesAppHelp "replace the app's list for my clients": clients then see only these
 *     resources, after the emergency advice for their country
 */
public record PracticeProfile(
        String therapistName,
        String practice,
        String contact,
        String noteToClients,
        List<LocalResource> resources,
        boolean replacesAppHelp) {

    public static final int MAX_NAME = 120;
    public static final int MAX_CONTACT = 300;
    public static final int MAX_NOTE = 1_000;
    public static final int MAX_RESOURCES = 10;

    /** A help resource the therapist adds for their region. */
    public record LocalResource(String name, String contact, String notes) {
        public LocalResource {
            if (name == null || name.isBlank() || contact == null || contact.isBlank()) {
                throw new IllegalArgumentException(
                        "a help resource has a name and a way to reach it");
            }
        }
    }

    public PracticeProfile {
        if (therapistName == null || therapistName.isBlank()) {
            throw new IllegalArgumentException("a practice profile names the therapist");
        }
        resources = List.copyOf(resources);
    }

    /** A profile whose resources are shown with the app's own list. */
    public PracticeProfile(
            String therapistName,
            String practice,
            String contact,
            String noteToClients,
            List<LocalResource> resources) {
        this(therapistName, practice, contact, noteToClients, resources, false);
    }

    /** The same profile, with or without "replace the app's list for my clients". */
    public PracticeProfile withReplacesAppHelp(boolean value) {
        return new PracticeProfile(
                therapistName, practice, contact, noteToClients, resources, value);
    }

    /** The practice as one line: "Dr. Ana Ruiz · Harbor Couples Therapy". */
    public String heading() {
        return practice == null ? therapistName : therapistName + " · " + practice;
    }
}
