package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.constraints.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link HttpUrl} on {@link URI} values by checking their string form with the same rules
 * as {@link HttpUrlValidator}. Internal, not API.
 */
public final class HttpUrlUriValidator implements ConstraintValidator<HttpUrl, URI> {

  private boolean allowMailto;

  /** Creates the validator; called by Hibernate Validator. */
  public HttpUrlUriValidator() {}

  @Override
  public void initialize(HttpUrl annotation) {
    allowMailto = annotation.allowMailto();
  }

  @Override
  public boolean isValid(@Nullable URI value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return HttpUrlValidator.check(value.toString(), allowMailto, context);
  }
}
