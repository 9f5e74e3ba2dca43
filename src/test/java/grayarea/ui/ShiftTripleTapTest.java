package grayarea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick-exit count, with a clock of our own. */
class ShiftTripleTapTest {

    private final ShiftTripleTap taps = new ShiftTripleTap();

    private boolean tap(long at) {
        boolean done = taps.shiftPressed(at);
        taps.shiftReleased();
        return done;
    }

    @Test
    void threeTapsWithinFiveSecondsTrigger() {
        assertThat(tap(0)).isFalse();
        assertThat(tap(2_000)).isFalse();
        assertThat(tap(5_000)).isTrue();
    }

    @Test
    void tapsSpreadOverMoreThanFiveSecondsDoNot() {
        assertThat(tap(0)).isFalse();
        assertThat(tap(3_000)).isFalse();
        assertThat(tap(5_001)).isFalse(); // the window restarts here
        assertThat(tap(6_000)).isFalse();
        assertThat(tap(7_000)).isTrue();
    }

    @Test
    void anyOtherKeyResetsTheCount() {
        tap(0);
        tap(100);
        taps.otherKey();
        assertThat(tap(200)).isFalse();
        assertThat(tap(300)).isFalse();
        assertThat(tap(400)).isTrue();
    }

    @Test
    void aHeldShiftCountsOnce() {
        assertThat(taps.shiftPressed(0)).isFalse();
        assertThat(taps.shiftPressed(30)).isFalse(); // key repeat while held
        assertThat(taps.shiftPressed(60)).isFalse();
        taps.shiftReleased();
        assertThat(tap(100)).isFalse();
        assertThat(tap(200)).isTrue();
    }

    @Test
    void itCountsAgainAfterTriggering() {
        tap(0);
        tap(1);
        assertThat(tap(2)).isTrue();
        assertThat(tap(3)).isFalse();
    }
}
