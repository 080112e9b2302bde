package dev.quarry.runtime.config;

import dev.quarry.runtime.error.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL connection address, from either form users meet: Prisma's
 * {@code postgresql://user:password@host:5432/db?schema=app} or JDBC's
 * {@code jdbc:postgresql://host:5432/db?user=me}. The password never appears in
 * {@link #toString()} or in an error message.
 *
 * @param jdbcUrl the JDBC URL without credentials
 * @param user the user, or {@code null} to let the driver decide
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

  /** The environment variable Quarry reads. */
  public static final String ENVIRONMENT_VARIABLE = "DATABASE_URL";

  /**
   * The environment variable naming the server's own address when {@code DATABASE_URL} goes
   * through a pooler: Migrate uses it first, since migrations need a session of their own.
   */
  public static final String DIRECT_ENVIRONMENT_VARIABLE = "DIRECT_DATABASE_URL";

  /** The query parameter that says the address is PgBouncer's in transaction-pooling mode (Prisma's name). */
  public static final String PGBOUNCER_PARAMETER = "pgbouncer";

  /** Parses either form. */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new ConfigurationException("The database URL is empty. Set DATABASE_URL to postgresql://user:password@host:5432/database.");
    }
    String text = url.trim();
    if (text.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(text, null, null);
    }
    if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
      throw new ConfigurationException("Unsupported database URL " + redact(text)
          + ": use postgresql://user:password@host:5432/database or jdbc:postgresql://host:5432/database.");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ConfigurationException("The database URL " + redact(text) + " is not a valid URL: " + e.getReason()
          + ". Percent-encode special characters in the password (@ as %40, : as %3A).");
    }
    if (uri.getHost() == null) {
      throw new ConfigurationException("The database URL " + redact(text) + " names no host.");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    jdbc.append(path);
    List<String> params = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String param : uri.getRawQuery().split("&")) {
        // Prisma's ?schema=x is the driver's currentSchema.
        params.add(param.startsWith("schema=") ? "currentSchema=" + param.substring("schema=".length()) : param);
      }
    }
    if (!params.isEmpty()) {
      jdbc.append('?').append(String.join("&", params));
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  /**
   * The URL on the first non-blank line of {@code file}: a way to pass a password that no other
   * user sees in the process list.
   */
  public static DatabaseUrl fromFile(java.nio.file.Path file) {
    try {
      return parse(java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
          .findFirst().orElseThrow(() -> new ConfigurationException("The URL file " + file + " is empty: write the database URL "
              + "on its first line.")));
    } catch (java.io.IOException e) {
      throw new ConfigurationException("Cannot read the URL file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The URL in {@code DATABASE_URL}, if set. */
  public static java.util.Optional<DatabaseUrl> fromEnvironment() {
    String value = System.getProperty("quarry.databaseUrl", System.getenv(ENVIRONMENT_VARIABLE));
    return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(parse(value));
  }

  /** The URL in {@code DIRECT_DATABASE_URL}, else the one in {@code DATABASE_URL}, if either is set. */
  public static java.util.Optional<DatabaseUrl> directFromEnvironment() {
    String value = System.getProperty("quarry.directUrl", System.getenv(DIRECT_ENVIRONMENT_VARIABLE));
    return value == null || value.isBlank() ? fromEnvironment() : java.util.Optional.of(parse(value));
  }

  /**
   * Whether this address is PgBouncer's in transaction pooling ({@code pgbouncer=true}): each
   * transaction may run on another server connection, so the client keeps no session state and
   * prepares no named statements on the server.
   */
  public boolean pgBouncer() {
    return "true".equalsIgnoreCase(parameter(PGBOUNCER_PARAMETER));
  }

  /** This address with {@code pgbouncer=true}. */
  public DatabaseUrl withPgBouncer() {
    return pgBouncer() ? this
        : new DatabaseUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + PGBOUNCER_PARAMETER + "=true", user, password);
  }

  /** The value of a query parameter of the JDBC URL, or {@code null}. */
  public String parameter(String name) {
    int query = jdbcUrl.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : jdbcUrl.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equalsIgnoreCase(name)) {
        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /**
   * The URL with any password replaced by {@code ****}: everything between the user's name and
   * the last {@code @} before the query (a password may hold an unencoded {@code @}), and any
   * {@code password=} parameter.
   */
  public static String redact(String url) {
    String text = url.replaceAll("(?i)(password=)[^&]*", "$1****");
    int scheme = text.indexOf("://");
    if (scheme < 0) {
      return text;
    }
    int query = text.indexOf('?', scheme);
    int at = text.lastIndexOf('@', query < 0 ? text.length() : query);
    if (at < scheme) {
      return text;
    }
    int colon = text.indexOf(':', scheme + 3);
    String user = colon >= 0 && colon < at ? text.substring(scheme + 3, colon) : text.substring(scheme + 3, at);
    boolean hasPassword = colon >= 0 && colon < at;
    return text.substring(0, scheme + 3) + user + (hasPassword ? ":****" : "") + text.substring(at);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + redact(jdbcUrl) + (user != null ? ", user=" + user : "") + (password != null ? ", password=****" : "") + "]";
  }
}
