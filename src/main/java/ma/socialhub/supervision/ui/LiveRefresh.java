package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import ma.socialhub.ticketing.QueueChanged;

/**
 * Turns a burst of queue changes into one refresh of a screen: the first change schedules a
 * refresh {@value #DELAY_MS} ms later, the changes meanwhile ride along. A busy region sends many
 * changes a second; its supervisors' screens re-read at most twice a second, and never later than
 * a second after a change.
 */
final class LiveRefresh {

    static final long DELAY_MS = 500;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("supervision-refresh").factory());

    private LiveRefresh() {
    }

    static Consumer<QueueChanged> of(UI ui, Runnable refresh) {
        AtomicBoolean pending = new AtomicBoolean();
        return change -> {
            if (pending.compareAndSet(false, true)) {
                TIMER.schedule(() -> {
                    pending.set(false);
                    ui.access(refresh::run);
                }, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        };
    }
}
