package io.github.newsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Guards the predefined-scope engine of {@link NewsValidator}: a class missing from {@link
 * NewsValidator#MODEL_TYPES} would be skipped silently when reached by a cascade.
 */
class ModelTypesTest {

  private static final Validator GENERAL =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void everyConstrainedClassOfTheCoreModuleIsAModelType() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : coreClasses()) {
      if (type.isAnnotation()
          || ConstraintValidator.class.isAssignableFrom(type)
          || type.isEnum()
          || type.getName().contains(".validation.")) {
        continue;
      }
      BeanDescriptor descriptor = GENERAL.getConstraintsForClass(type);
      if (descriptor.isBeanConstrained() && !NewsValidator.MODEL_TYPES.contains(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("constrained classes missing from NewsValidator.MODEL_TYPES").isEmpty();
  }

  @Test
  void modelTypesAndOtherObjectsAreBothValidated() {
    Article bad =
        Article.builder(" ", "h")
            .urgency(12)
            .addBlock(Paragraph.of("a\u0007b"))
            .addMedia(
                Media.builder(MediaKind.IMAGE, "m")
                    .addRendition(Rendition.builder("ftp://x").width(-1).build())
                    .build())
            .build();
    ValidationReport report = NewsValidator.shared().validate(bad);
    assertThat(report.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "id",
            "urgency",
            "body[0].content[0].value",
            "media[0].renditions[0].url",
            "media[0].renditions[0].width");
    assertThat(NewsValidator.shared().validate(new Outside()).problems())
        .extracting(Problem::path)
        .containsExactly("name");
  }

  /** A class that is not a model type, validated by the general engine. */
  static final class Outside {
    @jakarta.validation.constraints.NotBlank String name = " ";
  }

  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class")
            || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        String className =
            name.substring(0, name.length() - ".class".length())
                .replace(java.io.File.separatorChar, '.');
        try {
          classes.add(Class.forName(className, false, Article.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + className, e);
        }
      }
    }
    assertThat(classes).hasSizeGreaterThan(30);
    return classes;
  }
}
