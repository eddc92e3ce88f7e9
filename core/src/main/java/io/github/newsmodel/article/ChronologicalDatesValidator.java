package io.github.newsmodel.article;

import io.github.newsmodel.time.NewsDateTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ChronologicalDates}. Public for the validation provider only; not API. */
public final class ChronologicalDatesValidator
    implements ConstraintValidator<ChronologicalDates, Article> {

  /** Creates the validator; called by the validation provider. */
  public ChronologicalDatesValidator() {}

  @Override
  public boolean isValid(@Nullable Article article, ConstraintValidatorContext context) {
    if (article == null) {
      return true;
    }
    NewsDateTime published = article.firstPublished();
    NewsDateTime modified = article.modified();
    if (published == null || modified == null || !modified.isBefore(published)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("modified")
        .addConstraintViolation();
    return false;
  }
}
