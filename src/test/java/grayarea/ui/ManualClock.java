package grayarea.ui;

import grayarea.ui.toolkit.UiClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A clock for the window under test that stands still until the test moves it on: the idle lock and
 * the quick exit then act at once and always at the same point, with no waiting and no sleep. Use
 * it on the JavaFX application thread only, as the app does ({@link UiTest#passTime}).
 */
final class ManualClock implements UiClock {

    private record Pending(long due, long order, Runnable action) {}

    private long now = Instant.parse("2026-12-07T10:00:00Z").toEpochMilli();
    private long scheduled;
    private final List<Pending> pending = new ArrayList<>();

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Timer after(Duration wait, Runnable action) {
        Pending timer = new Pending(now + wait.toMillis(), scheduled++, action);
        pending.add(timer);
        return () -> pending.remove(timer);
    }

    /**
     * Moves the time on, running every action that falls due on the way, in the order they fall
     * due.
     */
    void advance(Duration by) {
        long until = now + by.toMillis();
        for (Optional<Pending> next = nextDueBy(until); next.isPresent(); next = nextDueBy(until)) {
            pending.remove(next.get());
            now = Math.max(now, next.get().due());
            next.get().action().run();
        }
        now = until;
    }

    /** How many actions wait to run. */
    int waiting() {
        return pending.size();
    }

    private Optional<Pending> nextDueBy(long until) {
        return pending.stream()
                .filter(p -> p.due() <= until)
                .min(Comparator.comparingLong(Pending::due).thenComparingLong(Pending::order));
    }
}
