package io.github.newsmodel.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

class JsonArchitectureTest {

  private static final JavaClasses JSON =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.newsmodel.json");

  @Test
  void jsonUsesOnlyThePublicApiOfCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.newsmodel.internal..", "io.github.newsmodel.validation.internal..")
        .check(JSON);
  }

  @Test
  void theFormatPackagesDoNotDependOnEachOtherExceptThroughHtmlBodies() {
    noClasses()
        .that()
        .resideInAPackage("io.github.newsmodel.json.ninjs..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.newsmodel.json.schemaorg..", "io.github.newsmodel.json.opengraph..")
        .check(JSON);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.newsmodel.json.schemaorg..", "io.github.newsmodel.json.opengraph..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.newsmodel.json.ninjs..")
        .check(JSON);
  }

  @Test
  void everyPackageIsNullMarked() throws ClassNotFoundException {
    Set<String> packages = new TreeSet<>();
    for (JavaClass type : JSON) {
      packages.add(type.getPackageName());
    }
    assertThat(packages).contains("io.github.newsmodel.json", "io.github.newsmodel.json.internal");
    for (String name : packages) {
      Class<?> info = Class.forName(name + ".package-info");
      assertThat(info.isAnnotationPresent(NullMarked.class)).as(name).isTrue();
    }
  }
}
