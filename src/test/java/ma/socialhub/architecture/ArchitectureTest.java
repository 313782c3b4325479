package ma.socialhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import ma.socialhub.ticketing.Tickets;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import org.springframework.stereotype.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the package-by-feature shape: features do not form cycles, screens go through services,
 * and the domain features never reach up into the screens.
 */
@AnalyzeClasses(packages = "ma.socialhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("ma.socialhub.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsNeverTouchRepositoriesOrSql = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule domainFeaturesNeverDependOnScreens = noClasses()
            .that().resideInAnyPackage("ma.socialhub.ticketing..", "ma.socialhub.catalog..", "ma.socialhub.staff..",
                    "ma.socialhub.intake..", "ma.socialhub.visit..", "ma.socialhub.orientation..", "ma.socialhub.referral..",
                    "ma.socialhub.directory..", "ma.socialhub.privacy..")
            .and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule screensOfOneFeatureDoNotUseAnothersScreens = slices()
            .matching("ma.socialhub.(kiosk|counter|display|home|phone|referral|admin|staff).ui..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule screensIssueTicketsOnlyThroughTheKioskService = noClasses().that().resideInAPackage("..ui..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.equivalentTo(Tickets.class))).and(JavaCall.Predicates.target(HasName.Predicates.name("issue"))))
            .because("a kiosk must prove it is registered (KioskTickets) before it issues a ticket");

    /**
     * Deny by default, on services too: every public method of a service states who may call it
     * (a role, everyone, or nobody), on the method or on its class. A method without it would be
     * open to any code path, which is what a forgotten annotation must never mean.
     */
    @ArchTest
    static final ArchRule everyServiceMethodSaysWhoMayCallIt = ArchRuleDefinition.methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic().and().areNotStatic()
            .should(new ArchCondition<JavaMethod>("declare who may call it") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean declared = SECURITY.stream().anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                    if (!declared) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " has no @RolesAllowed, @PermitAll or @DenyAll"));
                    }
                }
            });

    static final List<Class<? extends Annotation>> SECURITY = List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    /**
     * One way to get "now": the injected {@code Clock}, which tests pin and move. {@code now()}
     * without a clock reads the machine's time (and, for a date, the machine's zone).
     */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses().should().callMethodWhere(
            DescribedPredicate.describe("java.time's now() without the clock",
                    call -> call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now")
                            && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class))))
            .orShould().callMethod(System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule theSharedBaseDependsOnNoFeature = noClasses().that().resideInAPackage("ma.socialhub.base..")
            .should().dependOnClassesThat().resideInAnyPackage("ma.socialhub.ticketing..", "ma.socialhub.catalog..", "ma.socialhub.api..",
                    "ma.socialhub.staff..", "ma.socialhub.kiosk..", "ma.socialhub.counter..", "ma.socialhub.display..",
                    "ma.socialhub.home..", "ma.socialhub.demo..", "ma.socialhub.intake..", "ma.socialhub.visit..",
                    "ma.socialhub.orientation..", "ma.socialhub.referral..", "ma.socialhub.directory..");

    /**
     * SQL lives in package-private classes of the feature that owns the table (docs/adr/0020): a
     * public service composes them, owns the transaction and checks who may call. The open shared
     * kernel and the demo's volume generator are the exceptions the ADR names.
     */
    @ArchTest
    static final ArchRule onlyPackagePrivateClassesReachTheDatabase = noClasses().that().arePublic()
            .and().resideOutsideOfPackages("ma.socialhub.base..", "ma.socialhub.demo..")
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(Connection.class)
            .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
            .because("a public class composes the package-private stores of its feature; only they hold SQL");
}
