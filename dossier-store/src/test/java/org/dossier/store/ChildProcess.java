package org.dossier.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link SyntheticIngestMain} running in its own JVM, with its output read line by line. */
final class ChildProcess implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;

  private ChildProcess(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
  }

  static ChildProcess start(Path log, String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), SyntheticIngestMain.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    return new ChildProcess(process);
  }

  /** Reads lines until one starts with {@code prefix}; false when the process ended first. */
  boolean awaitLine(String prefix) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  long pid() {
    return process.pid();
  }

  /** Kills the process with SIGKILL (what {@code destroyForcibly} sends on Linux). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  int await() throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child process did not finish in 120 s");
    }
    return process.exitValue();
  }

  /** Kills the process if it still runs and waits until it is gone (and its locks with it). */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
