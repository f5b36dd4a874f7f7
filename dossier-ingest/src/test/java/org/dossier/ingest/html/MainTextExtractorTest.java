package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.date.VisibleDateParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

  private final MainTextExtractor extractor = new MainTextExtractor(new PageCleaner(),
      new ContentSelector(), new TextCollector(), new BlockFilter(new VisibleDateParser()));

  private MainText extract(String html) {
    return extractor.extract(Jsoup.parse(html, "https://news.example.com/story"),
        Optional.empty(), Optional.empty());
  }

  @Test
  void everyStageIsFinal() {
    for (Class<?> stage : List.of(PageCleaner.class, ContentSelector.class, TextCollector.class,
        BlockFilter.class, MainTextExtractor.class)) {
      assertThat(Modifier.isFinal(stage.getModifiers())).as(stage.getSimpleName()).isTrue();
    }
  }

  @Test
  void joinsAnArticleCutIntoChunksByAds() {
    String chunk = "<div class=chunk><div class=body><p>%s paragraph of the story, long enough"
        + " to count, with a comma or two, and a full stop.</p><p>%s again, another paragraph of"
        + " the same story that goes on for a while.</p></div><div class=adrail></div></div>";
    MainText text = extract("<html><body><nav><a href=/>Home</a></nav><div class=chunks>"
        + chunk.formatted("First", "First") + "<div class=ad>Advertisement</div>"
        + chunk.formatted("Second", "Second") + "</div></body></html>");
    assertThat(text.paragraphs()).hasSize(4);
    assertThat(text.paragraphs().get(3)).startsWith("Second again");
  }

  @Test
  void keepsLinksToOtherSitesButDropsTheSitesOwnLinkBoxes() {
    MainText text = extract("<html><body><article>"
        + "<p>The report, published on Monday, found that prices rose by a tenth in a year.</p>"
        + "<p><a href=\"https://other.org/report.pdf\">Read the full report on other.org</a></p>"
        + "<p><a href=\"/2019/11/other-story\">RELATED: PRICES ROSE LAST YEAR TOO</a></p>"
        + "<p>Economists said the rise would slow, but warned that rents lag behind prices.</p>"
        + "</article></body></html>");
    assertThat(text.paragraphs()).containsExactly(
        "The report, published on Monday, found that prices rose by a tenth in a year.",
        "Read the full report on other.org",
        "Economists said the rise would slow, but warned that rents lag behind prices.");
  }

  @Test
  void endsTheStoryAtARelatedBoxOnlyWhenNoStoryFollows() {
    MainText text = extract("<html><body><article>"
        + "<p>" + "A long first paragraph of the story with many words in it. ".repeat(6) + "</p>"
        + "<p><strong>Don't miss</strong></p>"
        + "<p>The story goes on after the box, as stories on many sites do.</p>"
        + "<h3>Related articles</h3><p>A teaser for another story</p>"
        + "</article></body></html>");
    assertThat(text.paragraphs()).hasSize(2);
    assertThat(text.paragraphs().get(1))
        .isEqualTo("The story goes on after the box, as stories on many sites do.");
  }
}
