package cn.budgetperf.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules every service's domain obeys (STYLE 2): no framework, and no reaching out into its
 * own application or adapters. A service includes them with
 * {@code @ArchTest static final ArchTests domain = ArchTests.in(DomainRules.class);}.
 */
public final class DomainRules {

    @ArchTest
    public static final ArchRule domainKnowsNoFramework = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micronaut..", "org.apache.kafka..",
                    "jakarta.persistence..", "tools.jackson..", "cn.budgetperf.kit..");

    @ArchTest
    public static final ArchRule domainDoesNotReachIntoAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "..application..");

    private DomainRules() {
    }
}
