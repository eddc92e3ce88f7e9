/**
 * newsmodel core: immutable, validated types for articles, media and share links, with Bean
 * Validation constraints and {@link io.github.newsmodel.validation.NewsValidator}. No JSON library.
 */
module io.github.newsmodel.core {
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires org.hibernate.validator;

  exports io.github.newsmodel.article;
  exports io.github.newsmodel.body;
  exports io.github.newsmodel.entity;
  exports io.github.newsmodel.extension;
  exports io.github.newsmodel.media;
  exports io.github.newsmodel.party;
  exports io.github.newsmodel.share;
  exports io.github.newsmodel.time;
  exports io.github.newsmodel.validation;
  exports io.github.newsmodel.validation.constraints;
  // constraint validators are instantiated by the provider
  exports io.github.newsmodel.validation.internal to
      org.hibernate.validator;

  // Hibernate Validator reads the constrained fields of the model
  opens io.github.newsmodel.article to
      org.hibernate.validator;
  opens io.github.newsmodel.body to
      org.hibernate.validator;
  opens io.github.newsmodel.entity to
      org.hibernate.validator;
  opens io.github.newsmodel.media to
      org.hibernate.validator;
  opens io.github.newsmodel.party to
      org.hibernate.validator;
  opens io.github.newsmodel.share to
      org.hibernate.validator;
  opens io.github.newsmodel.time to
      org.hibernate.validator;
}
