package grayarea.bank;

/**
 * A place to get help. {@code fillIn} marks an entry a therapist must complete for their own region
 * before it is shown as a real contact.
 */
public record HelpResource(
        String id, Text name, Text contact, Text region, Text notes, boolean fillIn) {}
