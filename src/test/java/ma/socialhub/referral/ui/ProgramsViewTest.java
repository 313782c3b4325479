package ma.socialhub.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;

class ProgramsViewTest extends KaribuTest {

    @Test
    void aSupervisorSeesEachProgramAgainstItsNationalTarget() {
        long program = fixtures.program(fixtures.incubator(9));
        String code = fixtures.jdbc().sql("SELECT code FROM program WHERE id = ?").param(program).query(String.class).single();
        signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        UI.getCurrent().navigate("programs");

        Paragraph national = _get(Paragraph.class, s -> s.withClasses("program-national").withAttribute("data-program", code));
        assertThat(national.getText()).contains("36").contains("0");
    }
}
