package org.dossier.knowledge.internal;

import java.util.List;
import java.util.stream.Stream;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.Medium;
import org.dossier.knowledge.OfficeDescriptor;
import org.dossier.knowledge.OfficeTerm;
import org.dossier.knowledge.Organization;
import org.dossier.knowledge.Person;
import org.dossier.knowledge.Place;

/**
 * Everything the data files hold, checked and cross-referenced: each term names a known person,
 * each country code a known country, and each country's capital is one of the places.
 */
public record KnowledgeData(List<Country> countries, List<Place> places,
    List<Organization> organizations, List<Person> people, List<OfficeTerm> terms,
    List<OfficeDescriptor> descriptors, List<Medium> media) {

  public KnowledgeData {
    countries = List.copyOf(countries);
    places = List.copyOf(places);
    organizations = List.copyOf(organizations);
    people = List.copyOf(people);
    terms = List.copyOf(terms);
    descriptors = List.copyOf(descriptors);
    media = List.copyOf(media);
  }

  /** This data with {@code more} places after its own. */
  public KnowledgeData withPlaces(List<Place> more) {
    return new KnowledgeData(countries, Stream.concat(places.stream(), more.stream()).toList(),
        organizations, people, terms, descriptors, media);
  }
}
