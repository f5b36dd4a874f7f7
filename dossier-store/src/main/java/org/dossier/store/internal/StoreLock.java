package org.dossier.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLockedException;

/**
 * The operating-system lock that keeps one writer per store: a writer holds an exclusive lock on
 * the lock file and writes its pid into it; readers hold shared locks. The OS drops the lock when
 * the process dies, even by SIGKILL, so a crash never leaves a store locked.
 */
public final class StoreLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks the store for writing, or throws naming the process that holds it. */
  public static StoreLock exclusive(StoreFiles files) {
    FileChannel channel = openChannel(files);
    FileLock lock = tryLock(channel, files, false);
    try {
      byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      channel.force(false);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException(files.name(), "cannot write lock file " + files.lock(), e);
    }
    return new StoreLock(channel, lock);
  }

  /** Locks the store for reading: other readers may share it, a writer may not. */
  public static StoreLock shared(StoreFiles files) {
    FileChannel channel = openChannel(files);
    return new StoreLock(channel, tryLock(channel, files, true));
  }

  private static FileChannel openChannel(StoreFiles files) {
    try {
      return FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException(files.name(), "cannot open lock file " + files.lock() + ": " + e, e);
    }
  }

  private static FileLock tryLock(FileChannel channel, StoreFiles files, boolean shared) {
    FileLock lock;
    try {
      lock = channel.tryLock(0, Long.MAX_VALUE, shared);
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException(files.name(), "cannot lock " + files.lock() + ": " + e, e);
    }
    if (lock == null) {
      Optional<Long> holder = holder(files);
      closeQuietly(channel);
      throw new StoreLockedException(files.name(), "store " + files.name()
          + holder.map(pid -> " is locked by another dossier process (pid " + pid + ")")
              .orElse(" is in use by another dossier process (a reader)")
          + (shared ? "; wait for it to finish" : "; only one process may write a store"));
    }
    return lock;
  }

  // The pid the last writer recorded, if that process still runs.
  private static Optional<Long> holder(StoreFiles files) {
    try {
      String text = Files.readString(files.lock(), StandardCharsets.US_ASCII).strip();
      long pid = Long.parseLong(text);
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> pid);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing a channel we failed to lock: nothing left to protect.
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The OS releases the lock with the channel in any case.
    }
  }
}
