package dev.quarry.migrate;

import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The migrations, in order: a folder of {@code <yyyyMMddHHmmss>_<name>/migration.sql} (each with
 * the {@code schema.json} it produces) and a {@value #LOCK_FILE} naming the database provider.
 * Read from a directory (while developing) or from the class path (in a deployed application).
 */
public final class MigrationsFolder {

  /** Where the folder lives in a project, and on the class path. */
  public static final String DEFAULT_LOCATION = "db/quarry/migrations";

  /** The default folder of a Maven project. */
  public static final Path DEFAULT_DIRECTORY = Path.of("src", "main", "resources", "db", "quarry", "migrations");

  /** The file naming the provider, so a folder for one database is never applied to another. */
  public static final String LOCK_FILE = "migration_lock.toml";

  /** The only provider this version supports. */
  public static final String PROVIDER = "postgresql";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private final Path directory;
  private final List<Migration> migrations;

  private MigrationsFolder(Path directory, List<Migration> migrations) {
    this.directory = directory;
    this.migrations = List.copyOf(migrations);
  }

  /** Reads a directory; a missing directory is an empty folder. */
  public static MigrationsFolder read(Path directory) {
    TreeMap<String, Migration> found = new TreeMap<>();
    if (Files.isDirectory(directory)) {
      checkLock(text(directory.resolve(LOCK_FILE)), directory.resolve(LOCK_FILE).toString());
      try (Stream<Path> entries = Files.list(directory)) {
        for (Path entry : entries.toList()) {
          Path script = entry.resolve("migration.sql");
          if (Files.isRegularFile(script)) {
            String name = entry.getFileName().toString();
            Path snapshot = entry.resolve("schema.json");
            found.put(name, new Migration(name, text(script),
                Files.isRegularFile(snapshot) ? SchemaJson.read(text(snapshot)) : null));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the migrations in " + directory, e);
      }
    }
    return new MigrationsFolder(directory, new ArrayList<>(found.values()));
  }

  /** Reads {@value #DEFAULT_LOCATION} from the class path (a directory or inside a jar). */
  public static MigrationsFolder fromClasspath(ClassLoader loader) {
    URL url = loader.getResource(DEFAULT_LOCATION);
    if (url == null) {
      return new MigrationsFolder(null, List.of());
    }
    try {
      if (url.getProtocol().equals("file")) {
        return read(Path.of(url.toURI()));
      }
      if (url.getProtocol().equals("jar")) {
        return fromJar(loader, ((JarURLConnection) url.openConnection()).getJarFile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the migrations at " + url, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot read the migrations at " + url, e);
    }
    throw new MigrationException(MigrationException.Reason.FOLDER, "Cannot list migrations at " + url + "; put them in a directory or a jar.");
  }

  private static MigrationsFolder fromJar(ClassLoader loader, JarFile jar) throws IOException {
    TreeMap<String, Migration> found = new TreeMap<>();
    String prefix = DEFAULT_LOCATION + "/";
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String entry = entries.nextElement().getName();
      if (entry.startsWith(prefix) && entry.endsWith("/migration.sql")) {
        String name = entry.substring(prefix.length(), entry.length() - "/migration.sql".length());
        String snapshot = resource(loader, prefix + name + "/schema.json");
        found.put(name, new Migration(name, resource(loader, entry), snapshot == null ? null : SchemaJson.read(snapshot)));
      }
    }
    String lock = resource(loader, prefix + LOCK_FILE);
    if (lock != null) {
      checkLock(lock, prefix + LOCK_FILE);
    }
    return new MigrationsFolder(null, new ArrayList<>(found.values()));
  }

  private static String resource(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void checkLock(String text, String where) {
    if (text == null) {
      return;
    }
    String provider = text.lines().map(String::trim).filter(l -> l.startsWith("provider"))
        .map(l -> l.substring(l.indexOf('=') + 1).trim().replace("\"", "")).findFirst().orElse(null);
    if (provider != null && !provider.equals(PROVIDER)) {
      throw new MigrationException(MigrationException.Reason.FOLDER, "The migrations in " + where + " are for provider \""
          + provider + "\", but this database is " + PROVIDER + ". Migrations cannot switch providers: start a new "
          + "migrations folder (move the old one away) and run migrate dev.");
    }
  }

  private static String text(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** The migrations in name (and so time) order. */
  public List<Migration> migrations() {
    return migrations;
  }

  /** The schema the last migration produces, or {@code null} when there is none. */
  public Schema lastSchema() {
    for (int i = migrations.size() - 1; i >= 0; i--) {
      if (migrations.get(i).schema() != null) {
        return migrations.get(i).schema();
      }
    }
    return null;
  }

  /** The directory, or {@code null} when read from a jar. */
  public Path directory() {
    return directory;
  }

  /**
   * Writes a new migration {@code <now>_<name>} with its script and snapshot, and the lock file
   * when missing; returns it.
   */
  public Migration write(String name, String script, Schema schema) {
    if (directory == null) {
      throw new IllegalStateException("Migrations read from a jar cannot be written");
    }
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    LocalDateTime time = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    if (!migrations.isEmpty()) {
      // Names order migrations: a new one always sorts after the last, even within one second.
      String last = migrations.get(migrations.size() - 1).name();
      if (last.length() >= 14 && last.substring(0, 14).chars().allMatch(Character::isDigit)) {
        LocalDateTime previous = LocalDateTime.parse(last.substring(0, 14), STAMP);
        if (!time.isAfter(previous)) {
          time = previous.plusSeconds(1);
        }
      }
    }
    String folder = time.format(STAMP) + "_" + (slug.isEmpty() ? "migration" : slug);
    try {
      Path target = Files.createDirectories(directory.resolve(folder));
      Files.writeString(target.resolve("migration.sql"), script, StandardCharsets.UTF_8);
      Files.writeString(target.resolve("schema.json"), SchemaJson.write(schema), StandardCharsets.UTF_8);
      Path lock = directory.resolve(LOCK_FILE);
      if (!Files.exists(lock)) {
        Files.writeString(lock, "# Written by Quarry; do not edit. Migrations are for one provider only.\nprovider = \"" + PROVIDER + "\"\n",
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the migration " + folder + " in " + directory, e);
    }
    return new Migration(folder, script, schema);
  }

  /** Removes a migration this folder wrote and nothing ran: one that failed its check before being applied. */
  void remove(Migration migration) {
    Path target = directory.resolve(migration.name());
    try {
      Files.deleteIfExists(target.resolve("migration.sql"));
      Files.deleteIfExists(target.resolve("schema.json"));
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the migration " + target + "; remove it by hand", e);
    }
  }
}
