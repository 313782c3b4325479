package ma.socialhub.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import ma.socialhub.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a screen: logged in full for the operators, shown to the user as one
 * translated sentence. No stack trace ever reaches a screen. When the database is out of reach the
 * page says "temporarily unavailable" and tries again by itself: a kiosk or a display nobody
 * attends comes back without a hand on it.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private String title = "";
    /** A database restart takes seconds; a failover, tens of seconds. */
    static final int RETRY_MILLIS = 10_000;

    public ErrorView() {
        addClassName("message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
            log.warn("Screen {} opened while the database is out of reach: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            addClassName("unavailable");
            title = getTranslation("error.unavailable.title");
            add(new H1(getTranslation("error.unavailable.title")), new Paragraph(getTranslation("error.unavailable.text")));
            event.getUI().getPage().executeJs("setTimeout(() => location.reload(), $0)", RETRY_MILLIS);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Screen {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        title = getTranslation("error.title");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text")),
                new Anchor("/", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
