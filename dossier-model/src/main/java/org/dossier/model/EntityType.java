package org.dossier.model;

/** What kind of thing an {@link Entity} is. */
public enum EntityType {
  PERSON, ORGANIZATION, COUNTRY, LOCATION, MEDIA, OTHER
}
