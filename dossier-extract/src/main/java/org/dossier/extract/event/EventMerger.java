package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;

/**
 * Merges the events an article tells more than once: the same type, source, target and date is
 * one event, told best where the text dates and places it and the coder is surest; an event
 * without target goes when the same source did the same on the same date to someone named.
 * Keeps the order of first telling. Thread-safe.
 */
final class EventMerger {

  List<PoliticalEvent> merge(List<PoliticalEvent> events) {
    Map<String, PoliticalEvent> best = new LinkedHashMap<>();
    for (PoliticalEvent e : events) {
      best.merge(key(e, true), e, (a, b) -> better(b, a) ? b : a);
    }
    List<PoliticalEvent> out = new ArrayList<>();
    for (PoliticalEvent e : best.values()) {
      boolean covered = e.target().isEmpty() && best.values().stream().anyMatch(o ->
          o.target().isPresent() && key(o, false).equals(key(e, false)));
      if (!covered) {
        out.add(e);
      }
    }
    return out;
  }

  private static String key(PoliticalEvent e, boolean withTarget) {
    String target = withTarget ? e.target().map(EventMerger::id).orElse("-") : "";
    return e.code() + "|" + id(e.source()) + "|" + target + "|" + e.date();
  }

  private static String id(EventActor a) {
    return a.entityId() + "/" + a.sector().orElse("");
  }

  private static boolean better(PoliticalEvent a, PoliticalEvent b) {
    return score(a) > score(b);
  }

  private static double score(PoliticalEvent e) {
    return e.confidence() + (e.dateFromText() ? 0.2 : 0) + (e.location().isPresent() ? 0.1 : 0);
  }
}
