package org.fieldsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain packages hold rules as plain Java: no Spring web, no servlet API, no persistence plumbing. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fieldsupport");

    @Test
    void domain_packages_do_not_depend_on_spring_web() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.springframework.jdbc..", "org.springframework.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void controllers_live_in_web_packages() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage("..web..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
