package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.extract.event.AgentLexicon.Agent;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Organization;
import org.dossier.knowledge.Person;
import org.dossier.knowledge.Place;

/**
 * Reads what an organization's name says when the knowledge base does not know it: a known body
 * inside it ("Red Cross officials"), its country by name, demonym, city or leader ("Poland's
 * parliament", "Nigerian Union of Teachers", "Baghdad University Medical School", "the Netanyahu
 * government"), and its sector by its last word ("Lithuanian Parliament" is a legislature); a
 * body of no country whose name says so is international. Thread-safe.
 */
final class OrganizationNames {

  private final KnowledgeBase knowledge;
  private final AgentLexicon agents;

  OrganizationNames(KnowledgeBase knowledge, AgentLexicon agents) {
    this.knowledge = knowledge;
    this.agents = agents;
  }

  /** The longest known organization the name holds, if it is not the whole name. */
  Optional<Organization> knownWithin(String name) {
    return longest(words(name), knowledge::organization);
  }

  /** The country the name ties the organization to. */
  Optional<String> country(String name) {
    List<String> words = words(name);
    return longest(words, this::countryNamed).map(Country::iso2)
        .or(() -> longest(words, this::city).map(Place::countryCode))
        .or(() -> longest(words, this::leader).flatMap(Person::countryCode));
  }

  /**
   * What sort of body the name says it is: international when it says so ("International Labor
   * Office", "Organization of African Unity", "Asia-Pacific Economic Cooperation"), else by its
   * last word ("Lithuanian Parliament", "Homeland Union").
   */
  Optional<String> sector(String name, Optional<String> country) {
    boolean wide = name.matches("(?i).*\\b(international|united nations|world|global|european"
        + "|african|arab|asian|asia-pacific|pacific|atlantic|islamic|gulf|nordic|baltic"
        + "|caribbean|latin american|inter-american|commonwealth)\\b.*");
    if (country.isEmpty() && wide && name.matches("(?i).*\\b(organi[sz]ation|union|council|league"
        + "|community|agency|fund|bank|commission|cooperation|forum|alliance|conference|office"
        + "|court|parliament|programme|program|unity)\\b.*")) {
      return Optional.of("IGO");
    }
    boolean civic = name.matches("(?i).*\\b(association|federation|foundation|committee|society"
        + "|institute|network)\\b.*");
    if (country.isEmpty() && wide && civic || name.matches("(?i).*\\b(human rights|watch"
        + "|amnesty|red cross|red crescent|doctors without|physicians for)\\b.*")) {
      return Optional.of("NGO");
    }
    List<String> words = words(name);
    for (int i = words.size() - 1; i >= 0; i--) {
      Optional<Agent> agent = agents.find(words.get(i).toLowerCase(Locale.ROOT), words.get(i));
      if (agent.isPresent() && agent.get().sector().isPresent()) {
        return agent.get().sector();
      }
    }
    return Optional.empty();
  }

  private Optional<Country> countryNamed(String words) {
    return Character.isUpperCase(words.charAt(0))
        ? knowledge.countryByDemonym(words).or(() -> knowledge.country(words)) : Optional.empty();
  }

  // Only names of some length: short words are abbreviations of other things ("La", "LA").
  private Optional<Place> city(String words) {
    return Character.isUpperCase(words.charAt(0)) && words.length() >= 4
        ? knowledge.places(words).stream().findFirst() : Optional.empty();
  }

  private Optional<Person> leader(String word) {
    return Character.isUpperCase(word.charAt(0)) && !word.contains(" ") && word.length() >= 4
        ? knowledge.peopleWithSurname(word).stream().findFirst() : Optional.empty();
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.replaceAll("\\(.*?\\)", " ").split("[\\s,]+")) {
      String clean = w.replaceAll("('s|’s|')$", "");
      if (clean.length() >= 2) {
        out.add(clean);
      }
    }
    return out;
  }

  /** The value found for the longest run of words (not the whole name). */
  private static <T> Optional<T> longest(List<String> words, Function<String, Optional<T>> lookup) {
    for (int n = words.size() - 1; n >= 1; n--) {
      for (int i = 0; i + n <= words.size(); i++) {
        Optional<T> found = lookup.apply(String.join(" ", words.subList(i, i + n)));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
