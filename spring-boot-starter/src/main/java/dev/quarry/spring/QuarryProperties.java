package dev.quarry.spring;

import dev.quarry.runtime.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Quarry's settings under {@code quarry.*}. */
@ConfigurationProperties("quarry")
public class QuarryProperties {

  private final Migrate migrate = new Migrate();
  private final Embedded embedded = new Embedded();

  /** Whether each statement's parameter values are logged (they may be personal data). */
  private boolean logParameters;

  /** Streaming read replicas' URLs: reads outside transactions go to them, with read-your-writes. */
  private List<String> replicaUrls = new ArrayList<>();

  /** How far behind a replica may be and still serve reads (default 10 s). */
  private Duration replicaMaxLag = Database.DEFAULT_REPLICA_MAX_LAG;

  /** How long a read waits for a replica to replay the caller's last write before asking the primary (default 100 ms). */
  private Duration readYourWritesWait = Database.DEFAULT_READ_YOUR_WRITES_WAIT;

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

  /** The read replicas' URLs. */
  public List<String> getReplicaUrls() {
    return replicaUrls;
  }

  /** Reads from these replicas. */
  public void setReplicaUrls(List<String> replicaUrls) {
    this.replicaUrls = replicaUrls;
  }

  /** How far behind a replica may be and still serve reads. */
  public Duration getReplicaMaxLag() {
    return replicaMaxLag;
  }

  /** Skips replicas further behind than this. */
  public void setReplicaMaxLag(Duration replicaMaxLag) {
    this.replicaMaxLag = replicaMaxLag;
  }

  /** How long a read waits for a replica to replay the caller's last write. */
  public Duration getReadYourWritesWait() {
    return readYourWritesWait;
  }

  /** Waits this long for a replica to replay the caller's last write. */
  public void setReadYourWritesWait(Duration readYourWritesWait) {
    this.readYourWritesWait = readYourWritesWait;
  }

  /** {@code quarry.migrate.*}. */
  public static class Migrate {

    /** Whether pending migrations on the class path (db/quarry/migrations) are applied at start-up. */
    private boolean enabled = true;

    /**
     * The server's own address for migrations, when the application's data source goes through
     * PgBouncer (default: {@code DIRECT_DATABASE_URL}, else the application's data source).
     */
    private String url;

    /** The direct address migrations use, or {@code null}. */
    public String getUrl() {
      return url;
    }

    /** Migrates through this address instead of the application's data source. */
    public void setUrl(String url) {
      this.url = url;
    }

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
