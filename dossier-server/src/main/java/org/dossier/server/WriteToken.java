package org.dossier.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that write endpoints require, kept in a file beside the store
 * ({@code dossier.duckdb.token}) readable by its owner only. The file is created on first start;
 * {@link #created()} tells the caller to print the token that one time.
 */
public final class WriteToken {

  private final String value;
  private final Path file;
  private final boolean created;

  private WriteToken(String value, Path file, boolean created) {
    this.value = value;
    this.file = file;
    this.created = created;
  }

  /** The token file of the store at {@code database}: {@code <database>.token}. */
  public static Path fileFor(Path database) {
    Path absolute = database.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".token");
  }

  /** Reads the store's token, or creates it with owner-only permissions when there is none. */
  public static WriteToken forStore(Path database) {
    Path file = fileFor(database);
    try {
      if (Files.exists(file)) {
        return new WriteToken(read(file), file, false);
      }
      String token = HexFormat.of().formatHex(randomBytes());
      Files.createDirectories(file.getParent());
      try {
        Files.createFile(file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (FileAlreadyExistsException e) {
        return new WriteToken(read(file), file, false);
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the file inherits the folder's access rules.
        Files.createFile(file);
      }
      Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
      return new WriteToken(token, file, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token file " + file + ": " + e, e);
    }
  }

  private static String read(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (token.length() < 32) {
      throw new IOException("token file " + file + " holds no token; delete it to make a new one");
    }
    return token;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** Whether {@code presented} is this token; compares in constant time. */
  public boolean matches(String presented) {
    requireNonNull(presented, "presented");
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }

  public String value() {
    return value;
  }

  public Path file() {
    return file;
  }

  /** True when this start created the token: the one time it is shown. */
  public boolean created() {
    return created;
  }

  @Override
  public String toString() {
    return "WriteToken[" + file + "]";
  }
}
