package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.GeoPoint;
import org.dossier.model.Mention;
import org.dossier.model.Role;

/** An entity being assembled while the stage reads one article; frozen into an {@link Entity}. */
final class EntityDraft {

  final String id;
  final String name;
  final EntityType type;
  final Optional<String> countryCode;
  final Optional<GeoPoint> location;
  private final Set<Role> roles = new LinkedHashSet<>();
  private final List<Mention> mentions = new ArrayList<>();

  EntityDraft(String id, String name, EntityType type, Optional<String> countryCode,
      Optional<GeoPoint> location) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.countryCode = countryCode;
    this.location = location;
  }

  void addMention(Mention mention) {
    for (Mention m : mentions) {
      if (m.overlaps(mention)) {
        return;
      }
    }
    mentions.add(mention);
  }

  void addRole(Role role) {
    roles.add(role);
  }

  boolean hasRoles() {
    return !roles.isEmpty();
  }

  List<Role> roles() {
    return List.copyOf(roles);
  }

  List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  int firstOffset() {
    return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
  }

  Entity freeze() {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start));
    return new Entity(id, name, type, countryCode, location, List.copyOf(roles), sorted);
  }
}
