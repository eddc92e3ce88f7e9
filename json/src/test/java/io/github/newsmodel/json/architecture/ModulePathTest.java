package io.github.newsmodel.json.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.jackson.NewsModelModule;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The test suite runs on the module path: these checks hold only for real named modules. */
class ModulePathTest {

  @Test
  void coreAndJsonRunAsNamedModules() {
    assertThat(Article.class.getModule().isNamed()).isTrue();
    assertThat(Article.class.getModule().getName()).isEqualTo("io.github.newsmodel.core");
    assertThat(NewsJson.class.getModule().getName()).isEqualTo("io.github.newsmodel.json");
  }

  @Test
  void internalPackagesAreNotExported() {
    ModuleDescriptor json = NewsJson.class.getModule().getDescriptor();
    ModuleDescriptor core = Article.class.getModule().getDescriptor();
    assertThat(json.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .contains("io.github.newsmodel.json", "io.github.newsmodel.json.ninjs")
        .doesNotContain("io.github.newsmodel.json.internal");
    assertThat(core.exports())
        .filteredOn(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .doesNotContain("io.github.newsmodel.internal", "io.github.newsmodel.validation.internal");
  }

  @Test
  void theJacksonModuleIsProvidedAsAService() {
    ModuleDescriptor json = NewsJson.class.getModule().getDescriptor();
    assertThat(json.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
              assertThat(p.providers()).containsExactly(NewsModelModule.class.getName());
            });
  }

  @Test
  void validationWorksAcrossTheModuleBoundary() {
    var result =
        NewsJson.defaults()
            .readAndValidate(
                "{\"id\":\"a\",\"headline\":\"Заголовок\",\"canonicalUrl\":\"javascript:alert(1)\"}");
    assertThat(result.problems())
        .extracting(p -> p.pointer() + " " + p.code())
        .containsExactly("/canonicalUrl url.scheme");
  }
}
