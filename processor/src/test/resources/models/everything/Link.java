package everything;

import java.time.Instant;

/** A record stored as an element of a JSON array. */
public record Link(String url, Role role, Instant added) {}
