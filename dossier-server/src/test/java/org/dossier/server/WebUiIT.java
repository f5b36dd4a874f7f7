package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.store.DossierStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The web UI driven in headless Chromium against a real server, store and models. */
class WebUiIT {

  private static final String ANALYZE_TITLE = "Analyze an article — Dossier";

  @TempDir
  static Path folder;

  private static DossierStore store;
  private static WriteToken token;
  private static DossierServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    Path database = folder.resolve("dossier.duckdb");
    store = DossierStore.open(database);
    token = WriteToken.forStore(database);
    server = DossierServer.start(ServerSettings.defaults().withPort(0), store, token,
        Models.analysis());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  private void analyze(String text, String format, boolean save) {
    browser.open(server.url() + "/");
    browser.paste(browser.find("#document"), text);
    new Select(browser.find("#format")).selectByValue(format);
    if (save) {
      browser.find("#save").click();
      browser.find("#token").sendKeys(token.value());
    }
    browser.find("#analyze-button").click();
    awaitAnalysis();
  }

  // Typed, and sent with Enter: the paste box works without a mouse.
  private void analyzeByKeyboard(String text) {
    browser.open(server.url() + "/");
    browser.find("#document").sendKeys(text);
    browser.find("#token").sendKeys(Keys.ENTER);
    awaitAnalysis();
  }

  private void awaitAnalysis() {
    browser.await(d -> d.findElement(By.id("status")).getAttribute("class").matches(
        ".*\\b(done|error)\\b.*"));
    assertThat(browser.find("#status").getAttribute("class")).as(browser.find("#status").getText())
        .contains("done");
  }

  @Test
  void thePastedExampleShowsItsQuotesHighlightedWithTheirSpeakers() throws Exception {
    analyze(Files.readString(Models.example()), "text", false);
    List<WebElement> quotes = browser.driver().findElements(By.cssSelector("#article-text mark.quote"));
    assertThat(quotes).isNotEmpty();
    assertThat(quotes).anySatisfy(q -> assertThat(q.getAttribute("title")).isNotBlank()
        .doesNotStartWith("unknown speaker"));
    assertThat(browser.driver().findElements(By.cssSelector("#article-text a.mention"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#article-text .timex"))).isNotEmpty();
    browser.screenshot("analyze-example");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aTimeCountedFromAnotherShowsTheDateItReaches() {
    analyzeByKeyboard("Talks end in Geneva\n\nDiplomats met in Geneva on Jan. 5, 2026. Two days"
        + " later, they left the city, officials said.\n");
    assertThat(browser.find("#times").getText()).contains("P2D → 2026-01-07");
  }

  @Test
  void aHostileTextIsShownAsTextAndRunsNoScript() {
    String hostile = "Hostile page\n\n"
        + "<img src=x onerror=\"document.title='pwned';window.dossierPwned=true\"> Officials met"
        + " in Geneva on Monday.\n\n\"We will talk again <script>document.title='pwned';"
        + "window.dossierPwned=true</script> next week,\" the minister said on Tuesday.\n";
    analyzeByKeyboard(hostile);
    String shown = browser.find("#article-text").getText();
    assertThat(shown).contains("<script>document.title='pwned';").contains("onerror=");
    assertNoScriptRan();
    browser.screenshot("hostile-text");
  }

  @Test
  void aHostileHtmlPageIsShownAsTextAndRunsNoScript() {
    String page = "<!DOCTYPE html><html><head><title>&lt;img src=x onerror=window.dossierPwned=1&gt;"
        + " Ministers meet in Geneva</title></head><body><article>"
        + "<h1>&lt;img src=x onerror=window.dossierPwned=1&gt; Ministers meet in Geneva</h1>"
        + "<p>GENEVA - Foreign ministers met in Geneva on Monday to discuss the talks."
        + " &lt;script&gt;window.dossierPwned=1&lt;/script&gt; The meeting lasted three hours.</p>"
        + "<script>window.dossierPwned=1;document.title='pwned'</script>"
        + "<p><img src=\"x\" onerror=\"window.dossierPwned=1;document.title='pwned'\">"
        + " \"We will talk again next week,\" the minister told reporters after the meeting.</p>"
        + "<p>Officials said further rounds of talks were planned for the coming month.</p>"
        + "</article></body></html>";
    analyze(page, "html", false);
    assertThat(browser.find("#article-title").getText()).contains("<img src=x onerror=");
    assertThat(browser.find("#article-text").getText()).contains("<script>window.dossierPwned=1");
    assertNoScriptRan();
    browser.screenshot("hostile-html");
  }

  private void assertNoScriptRan() {
    assertThat(browser.script("return typeof window.dossierPwned")).isEqualTo("undefined");
    assertThat(browser.driver().getTitle()).isEqualTo(ANALYZE_TITLE);
    assertThat(browser.driver().findElements(By.cssSelector("#result script, #result img")))
        .isEmpty();
  }

  @Test
  void theSeedShowsTrumpsQuoteHisPageAndTheMuscatTalks() throws Exception {
    Optional<Path> seed = Models.seed();
    assumeTrue(seed.isPresent(), "the reference article is in ../shared/seed, absent here");
    analyze(Files.readString(seed.get()), "auto", true);
    List<WebElement> trumpQuotes = browser.driver().findElements(
        By.cssSelector("#article-text mark.quote[data-speaker='Donald Trump']"));
    assertThat(trumpQuotes).isNotEmpty();
    assertThat(trumpQuotes.get(0).getAttribute("title")).startsWith("Donald Trump");
    browser.screenshot("analyze-seed");

    WebElement trump = browser.driver().findElements(By.cssSelector("#entities a")).stream()
        .filter(a -> a.getText().equals("Donald Trump")).findFirst().orElseThrow();
    trump.click();
    browser.await(d -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());
    assertThat(browser.find("#entity-name").getText()).isEqualTo("Donald Trump");
    assertThat(browser.find("#timeline").getText()).contains("CONSULT");
    assertThat(browser.driver().findElements(By.cssSelector("#entity-quotes li"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("svg.timeline-chart circle")))
        .isNotEmpty();
    browser.screenshot("entity-trump");

    browser.open(server.url() + "/timeline.html");
    browser.find("#actor").sendKeys("Iran");
    browser.find("#event").sendKeys("CONSULT");
    browser.find("#actor").submit();
    browser.await(d -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());
    assertThat(browser.find("#timeline").getText()).contains("Muscat");
    browser.screenshot("timeline-iran");

    browser.open(server.url() + "/network.html?actor=Iran");
    browser.await(d -> !d.findElements(By.cssSelector("svg.network-chart path.edge")).isEmpty());
    assertThat(browser.find("#network table").getText()).contains("United States");
    browser.screenshot("network-iran");

    browser.open(server.url() + "/search.html?q=negotiations&speaker=Trump");
    browser.await(d -> !d.findElements(By.cssSelector("#hits li")).isEmpty());
    browser.screenshot("search");
    browser.find("#hits a").click();
    browser.await(d -> !d.findElements(By.cssSelector("#quotes li")).isEmpty());
    assertThat(browser.find("#quotes").getText()).contains("Donald Trump");
    assertThat(browser.driver().findElements(
        By.cssSelector("#article-text mark.quote[data-speaker='Donald Trump']"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#article-text a.mention")))
        .isNotEmpty();
    browser.screenshot("article-stored");
    browser.open(server.url() + "/articles.html");
    browser.await(d -> !d.findElements(By.cssSelector("#hits li")).isEmpty());
    browser.screenshot("articles");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
