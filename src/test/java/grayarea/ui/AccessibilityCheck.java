package grayarea.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;

/**
 * Looks at a window as assistive technology is told about it: every control a person can reach or
 * use must say what kind of control it is (an accessible role that is not NODE, PARENT or TEXT) and
 * what it is (a meaningful accessible text: its own, or its visible text, or the text of the label
 * that is for it). Meaningful: not empty, with at least one letter, not a raw resource key, no
 * "null", no placeholder left unfilled. A choice in a group (a radio button, an answer toggle) must
 * also say what it is a choice of, in its accessible help.
 */
final class AccessibilityCheck {

    private static final Set<AccessibleRole> NOT_A_CONTROL =
            Set.of(AccessibleRole.NODE, AccessibleRole.PARENT, AccessibleRole.TEXT);
    private static final Pattern KEY_SHAPED =
            Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z][A-Za-z-]*)+");
    private static final Pattern NULL_WORD = Pattern.compile("(?i)(^|\\W)null(\\W|$)");
    private static final Pattern UNFILLED = Pattern.compile("\\{\\s*\\d+[^}]*}");

    private AccessibilityCheck() {}

    /**
     * Every problem found, each naming the control it is about; {@code keys} are the window's
     * resource keys.
     */
    static List<String> problems(Parent root, Set<String> keys) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        Map<Node, Label> labels = new IdentityHashMap<>();
        for (Node node : nodes) {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labels.put(label.getLabelFor(), label);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!isControl(node)) {
                continue;
            }
            AccessibleRole role = node.getAccessibleRole();
            if (role == null || NOT_A_CONTROL.contains(role)) {
                problems.add("no control role (" + role + "): " + describe(node));
            }
            String name = name(node, labels);
            String wrong = meaningless(name, keys);
            if (wrong != null) {
                problems.add(wrong + ": " + describe(node));
            }
            if (node instanceof Toggle toggle
                    && toggle.getToggleGroup() != null
                    && meaningless(node.getAccessibleHelp(), keys) != null) {
                // "Español, radio button" says nothing of what is chosen: the help names the
                // question or group
                problems.add(
                        "a choice that does not say what it is a choice of (no accessible help): "
                                + describe(node));
            }
        }
        return problems;
    }

    /**
     * Whether a person can reach or use the node: a control of a kind that acts, or anything
     * focusable.
     */
    static boolean isControl(Node node) {
        return node.isFocusTraversable()
                || node instanceof ButtonBase
                || node instanceof TextInputControl
                || node instanceof ComboBoxBase
                || node instanceof ChoiceBox
                || node instanceof Slider
                || node instanceof Spinner
                || node instanceof ListView
                || node instanceof ScrollPane;
    }

    /** What assistive technology names the node by. */
    static String name(Node node, Map<Node, Label> labels) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        Label label = labels.get(node);
        return label == null ? null : label.getText();
    }

    /** Why the name says nothing, or null when it says something. */
    static String meaningless(String name, Set<String> keys) {
        if (name == null || name.isBlank()) {
            return "no accessible text";
        }
        String text = name.strip();
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return "an accessible text without a word (\"" + text + "\")";
        }
        if (keys.contains(text) || KEY_SHAPED.matcher(text).matches()) {
            return "a resource key as accessible text (\"" + text + "\")";
        }
        if (NULL_WORD.matcher(text).find()) {
            return "\"null\" in the accessible text (\"" + text + "\")";
        }
        if (UNFILLED.matcher(text).find()) {
            return "a placeholder left in the accessible text (\"" + text + "\")";
        }
        return null;
    }

    /**
     * The nodes a person meets, in the order of the page: a control's own skin (the text inside a
     * button, the scroll bars of a text area) is the control's business and not walked, but the
     * content of a scroll pane or titled pane is.
     */
    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), out);
            }
            return;
        }
        if (node instanceof TitledPane titled) {
            if (titled.getContent() != null) {
                collect(titled.getContent(), out);
            }
            return;
        }
        if (node instanceof Control) {
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static String describe(Node node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            out.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            out.append(" \"").append(labeled.getText()).append('"');
        }
        return out.toString();
    }
}
