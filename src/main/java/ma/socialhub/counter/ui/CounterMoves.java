package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * The counter's queue moves besides "call next": its state (open, on break, closed), opening a
 * ticket by number or scan, transferring the current ticket, serving a walk-in.
 */
class CounterMoves extends HorizontalLayout {

    private final QueueMoves moves;
    private final Catalog catalog;
    private final Supplier<@Nullable Counter> counter;
    private final Supplier<@Nullable Ticket> ticket;
    private final Consumer<@Nullable Ticket> show;
    private final Select<CounterState> state = new Select<>();
    private final Button transfer = new Button();
    private final Button walkIn = new Button();
    private boolean updatingState;

    CounterMoves(QueueMoves moves, Catalog catalog, Supplier<@Nullable Counter> counter, Supplier<@Nullable Ticket> ticket,
            Consumer<@Nullable Ticket> show) {
        this.moves = moves;
        this.catalog = catalog;
        this.counter = counter;
        this.ticket = ticket;
        this.show = show;
        addClassName("counter-moves");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        state.setLabel(getTranslation("counter.state"));
        state.setItems(CounterState.values());
        state.setItemLabelGenerator(s -> getTranslation("counter.state." + s.name()));
        state.addClassName("counter-state");
        state.addValueChangeListener(e -> {
            Counter here = counter.get();
            if (!updatingState && here != null && e.getValue() != null) {
                moves.changeCounterState(here.id(), e.getValue());
            }
        });
        transfer.setText(getTranslation("counter.transfer"));
        transfer.setIcon(VaadinIcon.EXCHANGE.create());
        transfer.addClassName("counter-transfer");
        transfer.addClickListener(e -> openTransfer());
        walkIn.setText(getTranslation("counter.walkIn"));
        walkIn.setIcon(VaadinIcon.USER.create());
        walkIn.addClassName("counter-walkIn");
        walkIn.addClickListener(e -> openWalkIn());
        add(new OpenTicketField(this::open), transfer, walkIn, state);
    }

    /** Brings the controls in line with the counter and its ticket. */
    void update() {
        Counter here = counter.get();
        updatingState = true;
        try {
            state.setValue(here == null ? null : catalog.counter(here.id()).map(Counter::state).orElse(null));
        } finally {
            updatingState = false;
        }
        transfer.setEnabled(here != null && ticket.get() != null);
        walkIn.setEnabled(here != null && ticket.get() == null);
    }

    private void open(String typedOrScanned) {
        Counter here = counter.get();
        if (here != null) {
            result(moves.open(here.id(), typedOrScanned), "counter.open.notFound");
        }
    }

    private void openTransfer() {
        Counter here = counter.get();
        Ticket held = ticket.get();
        if (here == null || held == null) {
            return;
        }
        List<Counter> others = catalog.countersAt(here.centerId()).stream().filter(c -> c.id() != here.id()).toList();
        new TransferDialog(catalog.servicesAt(here.centerId()), others, (service, to) -> {
            MoveResult result = service != null ? moves.transferToService(held.id(), here.id(), service.id())
                    : moves.transferToCounter(held.id(), here.id(), to == null ? -1 : to.id());
            if (result instanceof MoveResult.Moved) {
                Notices.done("counter.transfer.done");
                show.accept(null);
            } else {
                result(result, "counter.stepRefused");
            }
        }).open();
    }

    private void openWalkIn() {
        Counter here = counter.get();
        if (here == null) {
            return;
        }
        List<SocialService> served = catalog.servicesAt(here.centerId()).stream()
                .filter(s -> here.serviceIds().contains(s.id())).toList();
        new WalkInDialog(served, service -> result(moves.serveWalkIn(here.id(), service.id(),
                HubLanguage.orDefault(getLocale())), "counter.stepRefused")).open();
    }

    private void result(MoveResult result, String refusedKey) {
        switch (result) {
            case MoveResult.Moved moved -> show.accept(moved.ticket());
            case MoveResult.CounterBusy busy -> Notices.warn("counter.busy");
            case MoveResult.NotFound notFound -> Notices.warn("counter.open.notFound");
            case MoveResult.NotAllowed notAllowed -> Notices.warn(refusedKey);
        }
    }

}
