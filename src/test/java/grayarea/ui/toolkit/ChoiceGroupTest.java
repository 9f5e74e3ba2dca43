package grayarea.ui.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import grayarea.ui.UiTest;
import java.util.List;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import org.junit.jupiter.api.Test;

/**
 * The choice group: one chosen at most, nothing chosen for the person, each choice named with its
 * question.
 */
class ChoiceGroupTest extends UiTest {

    @Test
    void nothingIsChosenAtFirstAndChoosingAValueChoosesItsChoiceOnly() {
        interact(
                () -> {
                    ChoiceGroup<String> group =
                            new ChoiceGroup<>("How should we keep your answers?");
                    RadioButton keep =
                            group.radio("keep", "Keep", "Keep them. On this computer", "keep");
                    RadioButton forget =
                            group.radio(
                                    "forget",
                                    "Forget",
                                    "Forget them. When the window closes",
                                    "forget");
                    assertThat(group.valueProperty().get()).isNull();
                    assertThat(keep.isSelected() || forget.isSelected()).isFalse();

                    group.select("forget");
                    assertThat(forget.isSelected()).isTrue();
                    assertThat(keep.isSelected()).isFalse();

                    keep.fire(); // as Space or a click chooses
                    assertThat(group.valueProperty().get()).isEqualTo("keep");
                    assertThat(forget.isSelected()).isFalse();

                    group.select("something else"); // no choice stands for it: none is chosen
                    assertThat(group.valueProperty().get()).isNull();
                    assertThat(keep.isSelected() || forget.isSelected()).isFalse();
                });
    }

    @Test
    void eachChoiceSpeaksAsItsWordsWithTheQuestionAsHelp() {
        interact(
                () -> {
                    ChoiceGroup<Integer> group = new ChoiceGroup<>("How often?");
                    group.valueProperty()
                            .set(2); // chosen before its choice was made: it shows chosen
                    group.toggle("Never", "Never", 1);
                    group.toggle("Often", "Often", 2);
                    List<ButtonBase> choices = group.choices();
                    assertThat(choices)
                            .extracting(ButtonBase::getAccessibleText)
                            .containsExactly("Never", "Often");
                    assertThat(choices)
                            .extracting(ButtonBase::getAccessibleHelp)
                            .containsOnly("How often?");
                    assertThat(choices)
                            .extracting(c -> ((Toggle) c).isSelected())
                            .containsExactly(false, true);
                    assertThat(((Toggle) choices.get(0)).getToggleGroup())
                            .isSameAs(((Toggle) choices.get(1)).getToggleGroup());
                });
    }
}
