package ma.socialhub.counter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.referral.Referrals;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visits;

/**
 * The counter's screens show and forward: whatever changes a ticket, a visit, a file or a referral
 * goes through {@link CounterDesk} or {@link VisitSteps}, where it is tested without a screen. Of
 * the other features' services the screens only read, and only what is listed here.
 */
@AnalyzeClasses(packages = "ma.socialhub", importOptions = ImportOption.DoNotIncludeTests.class)
class CounterScreensTest {

    private static final Map<Class<?>, Set<String>> READS = Map.of(
            Tickets.class, Set.of("waitingCounts"),
            QueueMoves.class, Set.of(),
            Visits.class, Set.of("find", "needsFor", "allNeeds", "proposals"),
            Beneficiaries.class, Set.of("find"),
            Referrals.class, Set.of("ofBeneficiary", "history", "steps"));

    private static final DescribedPredicate<JavaMethodCall> CHANGE_BEHIND_THE_DESK =
            new DescribedPredicate<>("a method of another feature's service that is not one of its reads") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return READS.entrySet().stream()
                            .filter(service -> call.getTargetOwner().isEquivalentTo(service.getKey()))
                            .anyMatch(service -> !service.getValue().contains(call.getName()));
                }
            };

    @ArchTest
    static final ArchRule counterScreensChangeNothingBehindTheDesk = noClasses()
            .that().resideInAPackage("ma.socialhub.counter.ui..")
            .should().callMethodWhere(CHANGE_BEHIND_THE_DESK)
            .because("a rule kept in a screen cannot be tested without the screen");
}
