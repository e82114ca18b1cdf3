package ai.zimmer;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the shape of the code: feature packages without cycles, domain types free of web,
 * JDBC and Redis, and features talking to each other through services, never through
 * another feature's repository.
 */
@AnalyzeClasses(packages = "ai.zimmer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final DescribedPredicate<JavaClass> DOMAIN_TYPES = DescribedPredicate
		.describe("domain types (records and enums)", (javaClass) -> javaClass.isRecord() || javaClass.isEnum());

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("ai.zimmer.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule domainTypesStayFreeOfInfrastructure = noClasses().that(DOMAIN_TYPES)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..", "jakarta.servlet..",
				"io.lettuce..", "org.springframework.data.redis..");

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule platformDependsOnNoFeature = noClasses().that()
		.resideInAPackage("ai.zimmer.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ai.zimmer.account..", "ai.zimmer.marketplace..", "ai.zimmer.integration..",
				"ai.zimmer.wallet..", "ai.zimmer.billing..", "ai.zimmer.demo..", "ai.zimmer.admin..");

}
