package org.dossier.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Allows each client a number of requests per minute (a fixed one-minute window per client), so
 * one client cannot keep the analysis busy for everyone. Thread-safe.
 */
final class ClientRateLimit {

  private static final long WINDOW_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final LongSupplier clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long start, int used) {
  }

  ClientRateLimit(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  ClientRateLimit(int perMinute) {
    this(perMinute, System::nanoTime);
  }

  /** Counts one request of {@code client}; false when it has used up its minute. */
  boolean tryAcquire(String client) {
    long now = clock.getAsLong();
    if (windows.size() > 10_000) {
      // Many clients: forget the expired windows so the map stays small.
      windows.values().removeIf(w -> now - w.start() >= WINDOW_NANOS);
    }
    Window window = windows.compute(client, (key, w) -> w == null || now - w.start() >= WINDOW_NANOS
        ? new Window(now, 1) : new Window(w.start(), w.used() + 1));
    return window.used() <= perMinute;
  }

  /** Seconds until {@code client} may ask again. */
  long secondsToWait(String client) {
    Window window = windows.get(client);
    if (window == null) {
      return 0;
    }
    long left = WINDOW_NANOS - (clock.getAsLong() - window.start());
    return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }
}
