package grayarea.ui.toolkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * A labelled group of choices of which at most one is chosen: the storage choice on the welcome
 * page (radio buttons), a question's single-choice answer (toggle buttons). The choices share one
 * {@link ToggleGroup}, so the arrow keys move between them as JavaFX does for a group, and Space
 * chooses; each choice speaks as its words ({@code accessibleText}) with the group's label as its
 * help, so a screen reader names the question with every answer. The chosen value is {@link
 * #valueProperty()} (null while nothing is chosen); setting it chooses the matching choice without
 * anything being pressed.
 *
 * <p>Nothing is chosen for the person: a group starts empty (decision 0021).
 *
 * @param <T> what a choice stands for (a setting, an answer); compared with {@code equals}
 */
public final class ChoiceGroup<T> {

    private final String label;
    private final ToggleGroup group = new ToggleGroup();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final List<ButtonBase> choices = new ArrayList<>();
    private final Map<Toggle, T> values = new IdentityHashMap<>();
    private boolean updating;

    /**
     * @param label the question the choices answer, said with each of them
     */
    public ChoiceGroup(String label) {
        this.label = Objects.requireNonNull(label);
        group.selectedToggleProperty()
                .addListener(
                        (obs, old, now) ->
                                follow(() -> value.set(now == null ? null : values.get(now))));
        value.addListener((obs, old, now) -> follow(() -> group.selectToggle(toggleFor(now))));
    }

    private void follow(Runnable change) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }

    private Toggle toggleFor(T wanted) {
        if (wanted == null) {
            return null;
        }
        return values.entrySet().stream()
                .filter(e -> wanted.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** A radio button choice, with its own id. */
    public RadioButton radio(String id, String text, String accessibleText, T stands) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        add(radio, accessibleText, stands);
        return radio;
    }

    /** A toggle button choice (a question's answer). */
    public ToggleButton toggle(String text, String accessibleText, T stands) {
        ToggleButton toggle = new ToggleButton(text);
        add(toggle, accessibleText, stands);
        return toggle;
    }

    private <B extends ButtonBase & Toggle> void add(B choice, String accessibleText, T stands) {
        choice.setToggleGroup(group);
        choice.setAccessibleText(accessibleText);
        choice.setAccessibleHelp(label);
        values.put(choice, stands);
        choices.add(choice);
        if (stands != null && stands.equals(value.get())) {
            follow(() -> group.selectToggle(choice));
        }
    }

    /** The question the choices answer. */
    public String label() {
        return label;
    }

    /** The choices, in the order they were made. */
    public List<ButtonBase> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** The chosen value, or null while nothing is chosen. */
    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /**
     * Chooses the choice standing for {@code wanted} (none for null, or a value no choice stands
     * for).
     */
    public void select(T wanted) {
        value.set(wanted);
        if (wanted != null && toggleFor(wanted) == null) {
            value.set(null);
        }
    }
}
