package dev.quarry.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Quarry's settings under {@code quarry.*}. */
@ConfigurationProperties("quarry")
public class QuarryProperties {

  private final Migrate migrate = new Migrate();
  private final Embedded embedded = new Embedded();

  /** Whether each statement's parameter values are logged (they may be personal data). */
  private boolean logParameters;

  /** Migrations at start-up. */
  public Migrate getMigrate() {
    return migrate;
  }

  /** The embedded PostgreSQL used when no database is configured. */
  public Embedded getEmbedded() {
    return embedded;
  }

  /** Whether each statement's parameter values are logged. */
  public boolean isLogParameters() {
    return logParameters;
  }

  /** Logs each statement's parameter values, or not. */
  public void setLogParameters(boolean logParameters) {
    this.logParameters = logParameters;
  }

  /** {@code quarry.migrate.*}. */
  public static class Migrate {

    /** Whether pending migrations on the class path (db/quarry/migrations) are applied at start-up. */
    private boolean enabled = true;

    /** Whether pending migrations are applied at start-up. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Applies pending migrations at start-up, or not. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code quarry.embedded.*}. */
  public static class Embedded {

    /** Where the embedded PostgreSQL keeps its data, relative to the working directory. */
    private String dataDirectory = ".quarry/postgres";

    /** Whether the embedded PostgreSQL is a throw-away one, its data deleted when the application stops (for tests). */
    private boolean temporary;

    /** Where the embedded PostgreSQL keeps its data. */
    public String getDataDirectory() {
      return dataDirectory;
    }

    /** Keeps the embedded PostgreSQL's data in this folder. */
    public void setDataDirectory(String dataDirectory) {
      this.dataDirectory = dataDirectory;
    }

    /** Whether the embedded PostgreSQL is thrown away when the application stops. */
    public boolean isTemporary() {
      return temporary;
    }

    /** Throws the embedded PostgreSQL away when the application stops, or not. */
    public void setTemporary(boolean temporary) {
      this.temporary = temporary;
    }
  }
}
