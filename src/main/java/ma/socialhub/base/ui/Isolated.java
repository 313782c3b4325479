package ma.socialhub.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;

/**
 * A piece of left-to-right text (a ticket number, a code) kept whole inside right-to-left text:
 * {@code B-017} must not come out as {@code 017-B} in an Arabic sentence.
 */
@Tag("bdi")
public class Isolated extends Span {

    public Isolated(String text) {
        super(text);
        getElement().setAttribute("dir", "ltr");
        addClassName("ltr");
    }
}
