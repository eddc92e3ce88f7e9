package io.github.newsmodel.architecture;

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

class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.newsmodel");

  @Test
  void coreNeverDependsOnJacksonOrTheJsonModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..", "com.fasterxml.jackson..", "io.github.newsmodel.json..")
        .check(CORE);
  }

  @Test
  void everyPackageIsNullMarked() throws ClassNotFoundException {
    Set<String> packages = new TreeSet<>();
    for (JavaClass type : CORE) {
      packages.add(type.getPackageName());
    }
    assertThat(packages).hasSizeGreaterThan(10);
    for (String name : packages) {
      Class<?> info = Class.forName(name + ".package-info");
      assertThat(info.isAnnotationPresent(NullMarked.class)).as(name).isTrue();
    }
  }
}
