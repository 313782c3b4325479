package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.counter.WalkInResult;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.ticketing.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * The counter's queue moves besides "call next": its state (open, on break, closed), opening a
 * ticket by number or scan, transferring the current ticket, serving a walk-in. Each forwards to
 * the {@link CounterDesk} and says what it answered; the screen then reads the counter again.
 */
class CounterMoves extends HorizontalLayout {

    private final CounterDesk desk;
    private final Catalog catalog;
    private final Runnable changed;
    private final Messages messages;
    private final Select<CounterState> state = new Select<>();
    private final Button transfer = new Button();
    private final Button walkIn = new Button();
    private @Nullable Counter counter;
    private @Nullable Ticket ticket;
    private boolean updatingState;

    CounterMoves(CounterDesk desk, Catalog catalog, Messages messages, Runnable changed) {
        this.messages = messages;
        this.desk = desk;
        this.catalog = catalog;
        this.changed = changed;
        addClassName("counter-moves");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        state.setLabel(getTranslation("counter.state"));
        state.setItems(CounterState.values());
        state.setItemLabelGenerator(s -> getTranslation("counter.state." + s.name()));
        state.addClassName("counter-state");
        state.addValueChangeListener(e -> {
            Counter here = counter;
            if (!updatingState && here != null && e.getValue() != null && !desk.changeCounterState(here.id(), e.getValue())) {
                // closed meanwhile (idle, signed out elsewhere) or taken over: choosing the counter opens it again
                Notices.warn("counter.takenOver");
                changed.run();
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
    void show(@Nullable Counter counter, @Nullable Ticket ticket) {
        this.counter = counter;
        this.ticket = ticket;
        updatingState = true;
        try {
            state.setValue(counter == null ? null : catalog.counter(counter.id()).map(Counter::state).orElse(null));
        } finally {
            updatingState = false;
        }
        transfer.setEnabled(counter != null && ticket != null);
        walkIn.setEnabled(counter != null && ticket == null);
    }

    private void open(String typedOrScanned) {
        Counter here = counter;
        if (here != null) {
            result(desk.open(here.id(), typedOrScanned), "counter.open.notFound");
        }
    }

    private void openTransfer() {
        Counter here = counter;
        Ticket held = ticket;
        if (here == null || held == null) {
            return;
        }
        List<Counter> others = catalog.countersAt(here.centerId()).stream().filter(c -> c.id() != here.id()).toList();
        new TransferDialog(catalog.servicesAt(here.centerId()), others, messages.offered(), (service, to, smsNumber) -> {
            MoveResult result = service != null ? desk.transferToService(held.id(), here.id(), service.id())
                    : desk.transferToCounter(held.id(), here.id(), to == null ? -1 : to.id());
            if (result instanceof MoveResult.Moved) {
                Notices.done("counter.transfer.done");
                if (smsNumber != null) {
                    follow(held, smsNumber);
                }
            }
            result(result, "counter.stepRefused");
        }).open();
    }

    private void follow(Ticket held, String smsNumber) {
        switch (messages.subscribeAtCounter(held.id(), smsNumber)) {
            case SubscribeResult.Subscribed ok -> Notices.done("counter.transfer.smsDone");
            case SubscribeResult.TooManyForNumber many -> Notices.warn("counter.transfer.smsTooMany");
            case SubscribeResult.PhoneInvalid invalid -> Notices.warn("phone.sms.invalid");
            case SubscribeResult.NotWaiting over -> {
                // served or called already at the new service: nothing to announce
            }
        }
    }

    private void openWalkIn() {
        Counter here = counter;
        if (here == null) {
            return;
        }
        List<SocialService> offered = catalog.servicesAt(here.centerId()).stream()
                .filter(s -> here.serviceIds().contains(s.id())).toList();
        new WalkInDialog(offered, service -> {
            switch (desk.serveWalkIn(here.id(), service.id(), HubLanguage.orDefault(getLocale()))) {
                case WalkInResult.Served served -> changed.run();
                case WalkInResult.CounterBusy busy -> {
                    Notices.warn("counter.busy");
                    changed.run();
                }
                case WalkInResult.NotAllowed notAllowed -> Notices.warn("counter.stepRefused");
            }
        }).open();
    }

    private void result(MoveResult result, String refusedKey) {
        switch (result) {
            case MoveResult.Moved moved -> {
                // shown by reading the counter again
            }
            case MoveResult.CounterBusy busy -> Notices.warn("counter.busy");
            case MoveResult.NotFound notFound -> Notices.warn("counter.open.notFound");
            case MoveResult.NotAllowed notAllowed -> Notices.warn(refusedKey);
        }
        changed.run();
    }
}
