package org.dossier.store;

/** How much of the machine the database may use: memory in MiB and worker threads. */
public record StoreSettings(int memoryLimitMb, int threads) {

  public StoreSettings {
    if (memoryLimitMb < 64) {
      throw new IllegalArgumentException("memory limit must be at least 64 MiB: " + memoryLimitMb);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  public static StoreSettings defaults() {
    return new StoreSettings(4096, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
