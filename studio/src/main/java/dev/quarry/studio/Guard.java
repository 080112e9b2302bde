package dev.quarry.studio;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses every request that lacks the run's token, or that names a foreign Host (DNS rebinding)
 * or Origin (another site's page calling the API).
 */
final class Guard {

  private final String token;
  private final Set<String> hosts;
  private final Set<String> origins;

  Guard(String token, int port) {
    this.token = token;
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  /**
   * Why the request is refused, or {@code null} when it may go on. The page's script and style
   * sheet (code, no data) need no token, since the browser fetches them without one.
   */
  String refusal(HttpExchange exchange, boolean needsToken) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      return "Foreign host " + host + ": Studio answers only on " + hosts;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origins.contains(origin.toLowerCase(java.util.Locale.ROOT))) {
      return "Foreign origin " + origin;
    }
    if (!needsToken) {
      return null;
    }
    String given = exchange.getRequestHeaders().getFirst("X-Quarry-Token");
    if (given == null) {
      given = queryToken(exchange.getRequestURI());
    }
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return "Missing or wrong token: open the address Studio printed";
    }
    return null;
  }

  private static String queryToken(URI uri) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("token=")) {
        return java.net.URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
