package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.staff.Scope;
import ma.socialhub.feedback.FeedbackComment;
import ma.socialhub.feedback.Satisfaction;
import ma.socialhub.supervision.AppointmentFigures;
import ma.socialhub.supervision.CenterBoard;
import ma.socialhub.supervision.CounterAtWork;
import ma.socialhub.supervision.ServiceLive;
import ma.socialhub.supervision.Supervision;
import ma.socialhub.supervision.Table;
import ma.socialhub.ticketing.QueueUpdates;
import org.jspecify.annotations.Nullable;

/**
 * One center's board, live: a tile per service (waiting now and the longest wait against the
 * target, the day's average wait and service time, served, no-shows, transfers, the counters that
 * serve it and who works them). A line passing its target turns red; with the sound on, a chime
 * sounds when a line newly passes its target.
 */
@Route(value = "supervision/center/:center", layout = SupervisionLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CenterBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Supervision supervision;
    private final QueueUpdates updates;
    private final Div tiles = new Div();
    private final Div counters = new Div();
    private final Div comments = new Div();
    private final Span updated = new Span();
    private final Checkbox sound = new Checkbox();
    private @Nullable String code;
    private volatile @Nullable CenterBoard board;
    private Set<Long> overTarget = new HashSet<>();

    public CenterBoardView(Supervision supervision, QueueUpdates updates) {
        this.supervision = supervision;
        this.updates = updates;
        addClassName("center-board");
        tiles.addClassName("board-tiles");
        counters.addClassName("board-counters");
        updated.addClassName("supervision-updated");
        sound.setLabel(getTranslation("supervision.sound"));
        sound.addClassName("board-sound");
        // one subscription for the view's life, whichever center it shows after a navigation
        WhileAttached.subscribe(this, ui -> {
            var refresh = LiveRefresh.of(ui, this::refresh);
            return updates.subscribeAll(change -> {
                CenterBoard shown = board;
                if (shown != null && (change.centerId() == shown.centerId() || change.centerId() == 0)) {
                    refresh.accept(change);
                }
            });
        });
        // a click is the gesture browsers need before a page may play sound
        sound.addValueChangeListener(e -> {
            if (e.getValue()) {
                getElement().executeJs("window.hubChime && window.hubChime()");
            }
        });
    }

    static RouteParameters of(String code) {
        return new RouteParameters("center", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("center").orElse(null);
        board = code == null ? null : supervision.board(code).orElse(null);
        removeAll();
        if (board == null) {
            add(new H2(getTranslation("supervision.unknownCenter")), new Anchor(
                    RouteConfiguration.forSessionScope().getUrl(SupervisionView.class), getTranslation("supervision.nav.live")));
            return;
        }
        event.getUI().getPage().addJavaScript("scripts/chime.js");
        long centerId = board.centerId();
        HorizontalLayout head = new HorizontalLayout(new H2(board.name().in(HubLanguage.orDefault(getLocale()))), updated, sound);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        supervision.named(Scope.Level.CENTER, centerId).ifPresent(area -> add(new AreaPicker(supervision, area, SupervisionView.class,
                chosen -> { })));
        Anchor trends = new Anchor(RouteConfiguration.forSessionScope().getUrl(TrendsView.class) + "?"
                + AreaParameter.query(new Scope(Scope.Level.CENTER, centerId, null)).getQueryString(),
                getTranslation("supervision.nav.trends"));
        trends.addClassName("board-trends");
        comments.addClassName("board-comments");
        add(head, tiles, new H3(getTranslation("supervision.counters")), counters, comments,
                new HorizontalLayout(new ExportButtons("board-" + board.code(), this::table), trends));
        overTarget = new HashSet<>();
        show(board, false);
    }

    private void refresh() {
        if (code != null) {
            supervision.board(code).ifPresent(b -> show(b, true));
        }
    }

    private void show(CenterBoard fresh, boolean alert) {
        board = fresh;
        HubLanguage language = HubLanguage.orDefault(getLocale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        tiles.removeAll();
        Set<Long> nowOver = new HashSet<>();
        for (ServiceLive line : fresh.services()) {
            Div tile = new Div();
            tile.addClassName("board-tile");
            tile.getElement().setAttribute("data-service", String.valueOf(line.letter()));
            if (line.overTarget()) {
                tile.addClassName("over-target");
                nowOver.add(line.serviceId());
            }
            Span letter = new Span(String.valueOf(line.letter()));
            letter.addClassName("tile-letter");
            Span name = new Span(line.name().in(language));
            name.addClassName("tile-name");
            Span waiting = new Span(numbers.format(line.figures().waiting()));
            waiting.addClassName("tile-waiting");
            Span waitingLabel = new Span(getTranslation("supervision.waiting"));
            waitingLabel.addClassName("tile-waiting-label");
            Span longest = new Span(getTranslation("supervision.longestOfTarget", Map.of(
                    "wait", Minutes.of(line.figures().longestWait(), this), "target", line.targetWaitMinutes())));
            longest.addClassName("tile-longest");
            Paragraph day = new Paragraph(getTranslation("supervision.tileDay", Map.of(
                    "average", Minutes.of(line.figures().averageWait(), this),
                    "service", Minutes.of(line.figures().averageService(), this),
                    "served", numbers.format(line.figures().served()), "noShows", numbers.format(line.figures().noShows()),
                    "transferred", numbers.format(line.figures().transferred()))));
            day.addClassName("tile-day");
            Span desks = new Span(getTranslation("supervision.countersOpenOf", Map.of("open", line.countersOpen(),
                    "all", line.counters().size())));
            desks.addClassName("tile-counters");
            if (line.overTarget()) {
                Span alarm = new Span(getTranslation("supervision.overTarget"));
                alarm.addClassName("tile-alarm");
                alarm.getElement().setAttribute("role", "alert");
                tile.add(alarm);
            }
            tile.add(new Div(letter, name), new Div(waiting, waitingLabel), longest, day, desks);
            AppointmentFigures booked = fresh.appointments().get(line.serviceId());
            if (booked != null && booked.booked() > 0) {
                Span appointments = new Span(getTranslation("supervision.appointmentsToday", Map.of(
                        "booked", numbers.format(booked.booked() - booked.cancelled()), "arrived", numbers.format(booked.checkedIn()),
                        "missed", numbers.format(booked.noShows()))));
                appointments.addClassName("tile-appointments");
                tile.add(appointments);
            }
            Satisfaction said = fresh.satisfaction().get(line.serviceId());
            if (said != null && said.answers() > 0) {
                Span satisfaction = new Span(getTranslation("supervision.satisfactionToday", Map.of(
                        "mean", TrendSections.mean(this, said.mean()), "answers", numbers.format(said.answers()))));
                satisfaction.addClassName("tile-satisfaction");
                tile.add(satisfaction);
            }
            tiles.add(tile);
        }
        showComments(fresh);
        counters.removeAll();
        for (CounterAtWork counter : fresh.counters()) {
            Span line = new Span(getTranslation("counter.label", Map.of("counter", counter.label())) + " · "
                    + getTranslation("counter.state." + counter.state().name())
                    + (counter.staffName() == null ? "" : " · " + counter.staffName()));
            line.addClassNames("board-counter", "counter-" + counter.state().name().toLowerCase(Locale.ROOT));
            counters.add(line);
        }
        updated.setText(getTranslation("supervision.updatedAt", Map.of("time",
                DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(fresh.zone())
                        .format(fresh.at()))));
        boolean newlyOver = nowOver.stream().anyMatch(id -> !overTarget.contains(id));
        if (alert && newlyOver && sound.getValue()) {
            getElement().executeJs("window.hubChime && window.hubChime()");
        }
        overTarget = nowOver;
    }

    /** The week's latest comments, already screened for personal data; never who served. */
    private void showComments(CenterBoard fresh) {
        comments.removeAll();
        if (fresh.comments().isEmpty()) {
            return;
        }
        comments.add(new H3(getTranslation("supervision.comments")));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        for (FeedbackComment said : fresh.comments()) {
            String service = fresh.services().stream().filter(s -> s.serviceId() == said.serviceId())
                    .map(s -> String.valueOf(s.letter())).findFirst().orElse("");
            Paragraph line = new Paragraph(day.format(said.day()) + " · " + service + " · " + said.score() + "/5 · ");
            Span text = new Span(said.comment());
            // a citizen writes in their own language and direction
            text.getElement().setAttribute("dir", "auto");
            line.add(text);
            line.addClassName("board-comment");
            comments.add(line);
        }
    }

    private Table table() {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        CenterBoard fresh = code == null ? null : supervision.board(code).orElse(null);
        for (ServiceLive s : fresh == null ? List.<ServiceLive>of() : fresh.services()) {
            rows.add(Arrays.asList(String.valueOf(s.letter()), s.name().in(language), s.figures().waiting(),
                    Minutes.number(s.figures().longestWait()), s.targetWaitMinutes(), Minutes.number(s.figures().averageWait()),
                    Minutes.number(s.figures().averageService()), s.figures().issued(), s.figures().served(), s.figures().noShows(),
                    s.figures().transferred(), s.countersOpen()));
        }
        return new Table(fresh == null ? "" : fresh.name().in(language), List.of(getTranslation("supervision.letter"),
                getTranslation("supervision.service"), getTranslation("supervision.waiting"),
                getTranslation("supervision.longestWaitMinutes"), getTranslation("supervision.targetMinutes"),
                getTranslation("supervision.averageWaitMinutes"), getTranslation("supervision.averageServiceMinutes"),
                getTranslation("supervision.issued"), getTranslation("supervision.served"), getTranslation("supervision.noShows"),
                getTranslation("supervision.transferred"), getTranslation("supervision.countersOpen")), rows);
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("supervision.nav.live") : board.name().in(HubLanguage.orDefault(getLocale()));
    }
}
