package io.github.newsmodel.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ExamplesArchitectureTest {

  @Test
  void examplesUseOnlyTheLibrariesPublicApi() {
    JavaClasses examples =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.newsmodel.examples");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.newsmodel.internal..",
            "io.github.newsmodel.validation.internal..",
            "io.github.newsmodel.json.internal..")
        .check(examples);
  }
}
