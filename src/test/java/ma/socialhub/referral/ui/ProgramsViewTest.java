package ma.socialhub.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ProgramsViewTest extends KaribuTest {

    @Test
    void aSupervisorSeesEachProgramAgainstItsNationalTarget() {
        long program = fixtures.program(fixtures.incubator(9));
        String code = fixtures.jdbc().sql("SELECT code FROM program WHERE id = ?").param(program).query(String.class).single();
        var supervisor = UsernamePasswordAuthenticationToken.authenticated("supervisor", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SUPERVISOR)));
        fixtures.signIn(supervisor);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(supervisor);
        request.setUserInRole((principal, role) -> Roles.SUPERVISOR.equals(role));
        UI.getCurrent().navigate("programs");

        Paragraph national = _get(Paragraph.class, s -> s.withClasses("program-national").withAttribute("data-program", code));
        assertThat(national.getText()).contains("36").contains("0");
    }
}
