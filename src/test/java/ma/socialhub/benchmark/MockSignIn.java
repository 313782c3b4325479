package ma.socialhub.benchmark;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import ma.socialhub.staff.StaffMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs a staff member in on the current Karibu session, as the login form would: Spring
 * Security's context (what the services check) and the request's principal and roles (what
 * Vaadin's route access checks read).
 */
final class MockSignIn {

    private MockSignIn() {
    }

    static void as(StaffMember member, SecurityContextHolderStrategy contexts) {
        SecurityContext security = contexts.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        contexts.setContext(security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(security.getAuthentication());
        request.setUserInRole((principal, role) -> member.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
