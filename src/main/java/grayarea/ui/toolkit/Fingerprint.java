package grayarea.ui.toolkit;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A key's fingerprint shown large, in its groups of four, the same way wherever it appears (the
 * therapist's profile page, the client's check before a sealed save), so that two people can
 * compare it group by group, or copy it onto paper. A screen reader spells it out letter by letter.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /**
     * @param fingerprint such as {@code GAGJ-ZFQD-XEVE-WOPN} ({@link
     *     grayarea.session.crypto.TherapistPublicKey#fingerprint()})
     * @param what what it is the fingerprint of, said before it to assistive technology
     */
    public static Label label(String id, String fingerprint, String what) {
        Label label = new Label(fingerprint);
        label.setId(id);
        label.getStyleClass().add(Style.FINGERPRINT);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleText(what + ": " + spelled(fingerprint));
        return label;
    }

    /** "GAGJ-ZFQD" as "G A G J, Z F Q D": each letter read alone, a pause between groups. */
    static String spelled(String fingerprint) {
        StringBuilder out = new StringBuilder();
        for (String group : fingerprint.split("-")) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(String.join(" ", group.split("")));
        }
        return out.toString();
    }
}
