package grayarea.bank;

/**
 * A place to get help. {@code fillIn} marks an entry a therapist must complete for their own region
 * before it is shown as a real contact.
 *
 * @param source where the entry was checked (the shared list's entries; null for a bank's own)
 * @param checked the date it was checked, as YYYY-MM-DD (the shared list's entries; else null)
 * @param emergency whether it is the emergency services' entry: the one kept when a therapist
 *     replaces the app's list with their own
 */
public record HelpResource(
        String id,
        Text name,
        Text contact,
        Text region,
        Text notes,
        boolean fillIn,
        String source,
        String checked,
        boolean emergency) {

    /** A bank's own entry: no source or date of its own. */
    public HelpResource(
            String id, Text name, Text contact, Text region, Text notes, boolean fillIn) {
        this(id, name, contact, region, notes, fillIn, null, null, false);
    }
}
