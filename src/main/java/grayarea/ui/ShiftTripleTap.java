package grayarea.ui;

/**
 * Counts Shift presses for the quick exit: three separate presses of Shift alone within five
 * seconds. Any other key resets the count, and so does Shift held with another key, so typing
 * capitals never triggers it. A held Shift (key repeat) counts once.
 */
public final class ShiftTripleTap {

    public static final long WINDOW_MILLIS = 5_000;
    private static final int PRESSES = 3;

    private int count;
    private long firstAt;
    private boolean shiftDown;

    /** A Shift key went down; returns true when this press completes the triple tap. */
    public boolean shiftPressed(long nowMillis) {
        if (shiftDown) {
            return false;
        }
        shiftDown = true;
        if (count == 0 || nowMillis - firstAt > WINDOW_MILLIS) {
            count = 0;
            firstAt = nowMillis;
        }
        count++;
        if (count >= PRESSES) {
            count = 0;
            return true;
        }
        return false;
    }

    public void shiftReleased() {
        shiftDown = false;
    }

    /** Any other key: start over. */
    public void otherKey() {
        count = 0;
    }
}
