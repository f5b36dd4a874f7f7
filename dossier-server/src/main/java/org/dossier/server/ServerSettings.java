package org.dossier.server;

import static java.util.Objects.requireNonNull;

/**
 * Where the server listens and what it accepts: the host and port (0 picks a free port), the
 * largest request body in bytes, and how many analyze requests one client may make per minute.
 * Immutable; {@code withX} returns a copy.
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int analyzePerMinute) {

  /** 5 MiB: far larger than any pasted article, small enough to refuse floods early. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  public ServerSettings {
    requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (analyzePerMinute < 1) {
      throw new IllegalArgumentException("analyzePerMinute must be positive: " + analyzePerMinute);
    }
  }

  /** Loopback only, port 8080, 5 MiB bodies, 30 analyses per client and minute. */
  public static ServerSettings defaults() {
    return new ServerSettings("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES, 30);
  }

  public ServerSettings withHost(String host) {
    return new ServerSettings(host, port, maxBodyBytes, analyzePerMinute);
  }

  public ServerSettings withPort(int port) {
    return new ServerSettings(host, port, maxBodyBytes, analyzePerMinute);
  }

  public ServerSettings withMaxBodyBytes(long bytes) {
    return new ServerSettings(host, port, bytes, analyzePerMinute);
  }

  public ServerSettings withAnalyzePerMinute(int requests) {
    return new ServerSettings(host, port, maxBodyBytes, requests);
  }
}
