package everything;

/** A record nested in another stored as JSON. */
public record Geo(double lat, double lon) {}
