package ma.socialhub.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a kiosk or display shows for a center code that does not exist: a plain, translated page. */
public class CenterNotFound extends VerticalLayout {

    public CenterNotFound(String code) {
        addClassName("message-page");
        add(new LanguageSwitcher());
        add(new H1(getTranslation("center.notFound.title")));
        Paragraph text = new Paragraph(getTranslation("center.notFound.text"));
        Paragraph given = new Paragraph(getTranslation("center.notFound.code") + " ");
        given.add(new Isolated(code));
        add(text, given);
    }
}
