package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.LanguageTag;
import io.github.newsmodel.validation.constraints.MediaType;
import io.github.newsmodel.validation.constraints.NoInvisibleText;
import io.github.newsmodel.validation.constraints.Warning;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Turns a {@link ConstraintViolation} into a {@link Problem}. Internal, not API. */
public final class ViolationMapper {

  private static final java.util.regex.Pattern OUR_TEMPLATE =
      java.util.regex.Pattern.compile("\\{newsmodel\\.([^{}\\s]+)}");

  private static final Map<Class<? extends Annotation>, String> CODES =
      Map.ofEntries(
          Map.entry(NotNull.class, "required"),
          Map.entry(NotBlank.class, "required"),
          Map.entry(NotEmpty.class, "required"),
          Map.entry(Min.class, "range"),
          Map.entry(Max.class, "range"),
          Map.entry(Positive.class, "range"),
          Map.entry(PositiveOrZero.class, "range"),
          Map.entry(Negative.class, "range"),
          Map.entry(NegativeOrZero.class, "range"),
          Map.entry(DecimalMin.class, "range"),
          Map.entry(DecimalMax.class, "range"),
          Map.entry(Size.class, "size"),
          Map.entry(Pattern.class, "pattern"),
          Map.entry(Email.class, "email"),
          Map.entry(PastOrPresent.class, "time"),
          Map.entry(Past.class, "time"),
          Map.entry(Future.class, "time"),
          Map.entry(FutureOrPresent.class, "time"),
          Map.entry(HttpUrl.class, "url.syntax"),
          Map.entry(LanguageTag.class, "language.tag"),
          Map.entry(MediaType.class, "media.type"),
          Map.entry(CleanText.class, "text.control"),
          Map.entry(NoInvisibleText.class, "text.invisible"));

  private ViolationMapper() {}

  /**
   * Converts a violation.
   *
   * @param violation the violation
   * @return the problem
   */
  public static Problem toProblem(ConstraintViolation<?> violation) {
    return new Problem(
        path(violation.getPropertyPath()),
        code(violation),
        severity(violation),
        violation.getMessage());
  }

  /**
   * Derives the code: {@code <code>} for a template {@code {newsmodel.<code>}}, else a fixed code
   * per annotation type ({@code required}, {@code range}, ...), else the annotation's simple name
   * in lower case.
   *
   * @param violation the violation
   * @return the code
   */
  public static String code(ConstraintViolation<?> violation) {
    Matcher m = OUR_TEMPLATE.matcher(violation.getMessageTemplate());
    if (m.matches()) {
      return m.group(1);
    }
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    String code = CODES.get(type);
    return code != null ? code : type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /**
   * Derives the severity: {@link Severity#WARNING} when the constraint's payload contains {@link
   * Warning} or the validator attached {@code Severity.WARNING} as a dynamic payload.
   *
   * @param violation the violation
   * @return the severity
   */
  public static Severity severity(ConstraintViolation<?> violation) {
    if (violation.getConstraintDescriptor().getPayload().contains(Warning.class)) {
      return Severity.WARNING;
    }
    if (violation instanceof HibernateConstraintViolation<?> hv
        && hv.getDynamicPayload(Severity.class) == Severity.WARNING) {
      return Severity.WARNING;
    }
    return Severity.ERROR;
  }

  /**
   * Renders a property path like {@code media[0].renditions[2].width}, {@code keywords[3]} or
   * {@code extensions[key]}; container-element nodes ({@code <list element>}, {@code <map value>})
   * and bean nodes contribute no name; the root object is the empty string.
   *
   * @param path the Bean Validation path
   * @return the rendered path
   */
  public static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        sb.append('[');
        if (node.getIndex() != null) {
          sb.append(node.getIndex());
        } else if (node.getKey() != null) {
          sb.append(node.getKey());
        }
        sb.append(']');
      }
      String name = node.getName();
      ElementKind kind = node.getKind();
      if (name == null
          || name.isEmpty()
          || kind == ElementKind.BEAN
          || kind == ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    }
    return sb.toString();
  }
}
