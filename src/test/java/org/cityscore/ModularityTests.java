package org.cityscore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages and the dependencies each may have, as docs/architecture.md describes them. Each package's
 * {@code package-info.java} lists what it may use; {@code verify()} fails on any other dependency and on a cycle.
 * Nothing here writes files.
 */
class ModularityTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cityscore");

    @Test
    void featurePackagesUseOnlyTheirAllowedDependencies() {
        ApplicationModules.of(CityscoreApplication.class).verify();
    }

    @Test
    void scoringIsPlainJava() {
        // package-info carries the module's annotation; the classes themselves know no Spring
        noClasses()
                .that()
                .resideInAPackage("org.cityscore.scoring..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(MAIN);
    }

    @Test
    void poiStaysInExcelAndOpenPdfInReport() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.cityscore.excel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(MAIN);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.cityscore.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.lowagie..")
                .check(MAIN);
    }
}
