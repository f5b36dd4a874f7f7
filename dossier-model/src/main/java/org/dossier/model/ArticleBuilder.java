package org.dossier.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the fields of an {@link Article}; {@link #build()} computes the content id. */
public final class ArticleBuilder {
  private String source;
  private String text;
  private String url;
  private String title;
  private LocalDate published;
  private LocalDate modified;
  private String section;
  private String siteName;
  private String byline;
  private Integer readingTimeMinutes;
  private Dateline dateline;
  private final List<String> captions = new ArrayList<>();
  private String language;

  ArticleBuilder(String source, String text) {
    this.source = requireNonNull(source, "source");
    this.text = requireNonNull(text, "text");
  }

  ArticleBuilder(Article article) {
    this(article.source(), article.text());
    url = article.url().orElse(null);
    title = article.title().orElse(null);
    published = article.published().orElse(null);
    modified = article.modified().orElse(null);
    section = article.section().orElse(null);
    siteName = article.siteName().orElse(null);
    byline = article.byline().orElse(null);
    readingTimeMinutes = article.readingTimeMinutes().orElse(null);
    dateline = article.dateline().orElse(null);
    captions.addAll(article.captions());
    language = article.language().orElse(null);
  }

  public ArticleBuilder source(String source) {
    this.source = requireNonNull(source, "source");
    return this;
  }

  public ArticleBuilder text(String text) {
    this.text = requireNonNull(text, "text");
    return this;
  }

  public ArticleBuilder url(String url) {
    this.url = url;
    return this;
  }

  public ArticleBuilder title(String title) {
    this.title = title;
    return this;
  }

  public ArticleBuilder published(LocalDate published) {
    this.published = published;
    return this;
  }

  public ArticleBuilder modified(LocalDate modified) {
    this.modified = modified;
    return this;
  }

  public ArticleBuilder section(String section) {
    this.section = section;
    return this;
  }

  public ArticleBuilder siteName(String siteName) {
    this.siteName = siteName;
    return this;
  }

  public ArticleBuilder byline(String byline) {
    this.byline = byline;
    return this;
  }

  public ArticleBuilder readingTimeMinutes(Integer minutes) {
    this.readingTimeMinutes = minutes;
    return this;
  }

  public ArticleBuilder dateline(Dateline dateline) {
    this.dateline = dateline;
    return this;
  }

  public ArticleBuilder caption(String caption) {
    captions.add(requireNonNull(caption, "caption"));
    return this;
  }

  public ArticleBuilder captions(List<String> captions) {
    this.captions.clear();
    this.captions.addAll(captions);
    return this;
  }

  public ArticleBuilder language(String language) {
    this.language = language;
    return this;
  }

  public Article build() {
    return new Article(Article.contentId(text), source, Optional.ofNullable(url),
        Optional.ofNullable(title), Optional.ofNullable(published), Optional.ofNullable(modified),
        Optional.ofNullable(section), Optional.ofNullable(siteName), Optional.ofNullable(byline),
        Optional.ofNullable(readingTimeMinutes), Optional.ofNullable(dateline), captions,
        Optional.ofNullable(language), text);
  }
}
