package grayarea.ui.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolkit's pieces that pages share, without a page: background work, field problems, the
 * secret field.
 */
@Timeout(60)
class ToolkitTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void slowWorkRunsOffTheScreensThreadOneAtATime() throws Exception {
        BackgroundWork work = new BackgroundWork();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> workThread = new AtomicReference<>();
        List<String> results = new ArrayList<>();
        AtomicReference<Boolean> second = new AtomicReference<>();
        onFx(
                () -> {
                    work.run(
                            "Opening…",
                            () -> {
                                workThread.set(Thread.currentThread().getName());
                                release.await();
                                return "opened";
                            },
                            results::add,
                            e -> results.add("failed: " + e));
                    second.set(work.run("Again", () -> "twice", results::add, e -> {}));
                });
        assertThat(second.get()).as("a second press while the first runs starts nothing").isFalse();
        // the work is held at the latch: the screen's thread still runs other work meanwhile
        CountDownLatch fxRan = new CountDownLatch(1);
        Platform.runLater(fxRan::countDown);
        assertThat(fxRan.await(5, TimeUnit.SECONDS))
                .as("the JavaFX thread is free while the work waits")
                .isTrue();
        assertThat(onFxGet(work::isBusy)).isTrue();
        assertThat(onFxGet(() -> work.whatProperty().get())).isEqualTo("Opening…");
        assertThat(results).isEmpty();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxGet(() -> !work.isBusy()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results).containsExactly("opened");
        assertThat(workThread.get()).isEqualTo("grayarea-background-work");
        assertThat(onFxGet(() -> work.whatProperty().get())).isEmpty();
    }

    @Test
    void whatWouldTakeThePageAwayWaitsForItsWorkToLand() throws Exception {
        BackgroundWork work = new BackgroundWork();
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new ArrayList<>();
        onFx(
                () -> {
                    work.run(
                            "Opening…",
                            () -> {
                                release.await();
                                return "result shown";
                            },
                            order::add,
                            e -> order.add("failed"));
                    work.whenIdle(() -> order.add("locked"));
                });
        assertThat(order).as("nothing happens while the work runs").isEmpty();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxGet(() -> order.size() == 2));
        assertThat(order).containsExactly("result shown", "locked");
        onFx(() -> work.whenIdle(() -> order.add("at once")));
        assertThat(order).endsWith("at once");
    }

    @Test
    void aFailureComesBackToThePage() throws Exception {
        BackgroundWork work = new BackgroundWork(Runnable::run);
        List<String> said = new ArrayList<>();
        onFx(
                () ->
                        work.run(
                                "Sealing…",
                                () -> {
                                    throw new IOException("disk full");
                                },
                                done -> said.add("done"),
                                failed -> said.add(failed.getMessage())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).containsExactly("disk full");
        assertThat(onFxGet(work::isBusy)).isFalse();
    }

    @Test
    void aFieldsProblemIsWrittenUnderItAndSpokenWithItsName() throws Exception {
        SimpleStringProperty problem = new SimpleStringProperty("");
        TextField field = new TextField();
        AtomicReference<Label> line = new AtomicReference<>();
        AtomicReference<FieldProblems> problems = new AtomicReference<>();
        onFx(
                () -> {
                    problems.set(new FieldProblems());
                    line.set(problems.get().watch(field, "Your name", problem, "name-error"));
                });
        assertThat(line.get().isVisible()).isFalse();
        assertThat(field.getAccessibleText()).isEqualTo("Your name");
        onFx(() -> problem.set("Please give a name."));
        WaitForAsyncUtils
                .waitForFxEvents(); // ControlsFX decorates on the next turn of the JavaFX thread
        assertThat(line.get().isVisible()).isTrue();
        assertThat(line.get().getText()).isEqualTo("Please give a name.");
        assertThat(field.getAccessibleText()).isEqualTo("Your name. Please give a name.");
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        assertThat(onFxGet(problems.get()::hasProblems)).isTrue();
        onFx(() -> problem.set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line.get().isVisible()).isFalse();
        assertThat(field.getAccessibleText()).isEqualTo("Your name");
        assertThat(onFxGet(problems.get()::hasProblems)).isFalse();
        onFx(() -> problem.set("Please give a name."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxGet(problems.get()::hasProblems)).isTrue();
        onFx(() -> problems.get().forget(field));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxGet(problems.get()::hasProblems))
                .as("a forgotten field's problem no longer counts")
                .isFalse();
        assertThat(line.get().isVisible()).isFalse();
    }

    @Test
    void aButtonsProblemIsWrittenUnderItToo() throws Exception {
        SimpleStringProperty problem = new SimpleStringProperty("Please choose a hand-out.");
        Button choose = new Button("Choose a hand-out…");
        AtomicReference<Label> line = new AtomicReference<>();
        AtomicReference<FieldProblems> problems = new AtomicReference<>();
        onFx(
                () -> {
                    problems.set(new FieldProblems());
                    line.set(problems.get().watch(choose, "Hand-out", problem, "hand-out-error"));
                });
        assertThat(line.get().isVisible())
                .as("ControlsFX reads no value from a button; shown all the same")
                .isTrue();
        assertThat(line.get().getText()).isEqualTo("Please choose a hand-out.");
        assertThat(choose.getAccessibleText()).isEqualTo("Hand-out. Please choose a hand-out.");
        assertThat(onFxGet(problems.get()::hasProblems)).isTrue();
        onFx(() -> problem.set(null));
        assertThat(line.get().isVisible()).isFalse();
        assertThat(onFxGet(problems.get()::hasProblems)).isFalse();
    }

    @Test
    void theSecretFieldHandsOutCharactersAndKeepsNoneOfThem() throws Exception {
        AtomicReference<SecretField> secret = new AtomicReference<>();
        onFx(
                () -> {
                    secret.set(new SecretField("pin"));
                    secret.get().control().setText("4711");
                });
        SecretField repeat = onFxGet(() -> new SecretField("pin-again"));
        onFx(() -> repeat.control().setText("4712"));
        assertThat(onFxGet(() -> secret.get().sameAs(repeat))).isFalse();
        onFx(() -> repeat.control().setText("4711"));
        assertThat(onFxGet(() -> secret.get().sameAs(repeat))).isTrue();
        char[] taken = onFxGet(() -> secret.get().take());
        assertThat(taken).containsExactly('4', '7', '1', '1');
        assertThat(secret.get().control().getLength()).isZero();
        assertThat(onFxGet(() -> secret.get().emptyProperty().get())).isTrue();
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFxGet(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
