package org.dossier.model;

/** A point on the map in WGS84 degrees. */
public record GeoPoint(double lat, double lon) {

  public GeoPoint {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("not a coordinate: " + lat + ", " + lon);
    }
  }
}
