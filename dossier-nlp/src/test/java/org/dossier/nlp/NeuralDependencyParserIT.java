package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The faster scoring must not change a single parse: every arc and relation equals what
 * CoreNLP's own {@code predict} gives for the same tagged sentences.
 */
class NeuralDependencyParserIT {

  @Test
  void givesTheParsesCoreNlpGivesArcForArc() {
    String text = TestTexts.NEWS_SENTENCES + TestTexts.exampleArticle();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation document = new Annotation(text);
    new StanfordCoreNLP(props).annotate(document);
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    NeuralDependencyParser fast = NeuralDependencyParser.of(coreNlp);

    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      String[] arcs = new String[size];
      Arrays.fill(arcs, "-1 root");
      for (TypedDependency d : coreNlp.predict(sentence).typedDependencies()) {
        if (d.gov().index() > 0) {
          arcs[d.dep().index() - 1] = (d.gov().index() - 1) + " " + d.reln();
        }
      }
      expected.addAll(List.of(arcs));
      NeuralDependencyParser.Parse parse = fast.parse(sentence);
      for (int i = 0; i < size; i++) {
        actual.add(parse.heads()[i] + " " + parse.relations()[i]);
      }
    }
    assertThat(expected).hasSizeGreaterThan(300);
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
