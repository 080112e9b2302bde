package dev.quarry.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.DatabaseException;
import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.schema.Field;
import dev.quarry.schema.Model;
import dev.quarry.schema.Relation;
import dev.quarry.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A running Studio: serves the page and its JSON API on 127.0.0.1 for one database and schema.
 *
 * <pre>{@code
 * try (Studio studio = Studio.start(database, schema, 0)) {   // 0: any free port
 *   System.out.println(studio.url());                        // http://127.0.0.1:PORT/?token=...
 * }
 * }</pre>
 */
public final class Studio implements AutoCloseable {

  private static final Map<String, String> ASSETS = Map.of(
      "/", "index.html", "/app.js", "app.js", "/style.css", "style.css");

  /** The largest request body Studio reads: edits of a page of rows, with room to spare. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  /** Seconds a client may take to send a whole request before the JDK's server drops it. */
  static final int REQUEST_SECONDS = 10;

  static {
    // Read once, when the JDK's HTTP server first starts: a connection that never finishes its
    // request is closed after this long, so slow clients cannot hold every worker.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
    }
  }

  /** A request Studio cannot take: answered with its status and a JSON error. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final HttpServer server;
  private final String token;
  private final Schema schema;
  private final Tables tables;
  private final SqlLog log = new SqlLog();
  private final Guard guard;

  private Studio(Database database, Schema schema, int port) throws IOException {
    this.schema = schema;
    // Studio runs its statements on an executor of its own over the application's pool, so its
    // log shows Studio's statements and its error translation knows the snapshot's models.
    Executor executor = new Executor(database.dataSource(), false);
    executor.catalog().register(schema);
    executor.addListener(log);
    this.tables = new Tables(executor, schema);
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.guard = new Guard(token, server.getAddress().getPort());
    server.setExecutor(Executors.newFixedThreadPool(16, r -> {
      Thread thread = new Thread(r, "quarry-studio");
      thread.setDaemon(true);
      return thread;
    }));
    server.createContext("/", this::handle);
  }

  /** Starts Studio on {@code port} (0 for any free one). */
  public static Studio start(Database database, Schema schema, int port) {
    try {
      Studio studio = new Studio(database, schema, port);
      studio.server.start();
      return studio;
    } catch (IOException e) {
      throw new QuarryException("Cannot start Studio on port " + port + ": " + e.getMessage(), e);
    }
  }

  /** The address to open, with the access token. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/?token=" + token;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The per-run access token. */
  public String token() {
    return token;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      boolean code = path.equals("/app.js") || path.equals("/style.css");
      String refusal = guard.refusal(exchange, !code);
      if (refusal != null) {
        send(exchange, 403, "application/json", Json.write(Map.of("error", refusal)));
        return;
      }
      String asset = ASSETS.get(path);
      if (asset != null && exchange.getRequestMethod().equals("GET")) {
        sendAsset(exchange, asset);
        return;
      }
      if (path.startsWith("/api/")) {
        api(exchange, path.substring("/api/".length()));
        return;
      }
      send(exchange, 404, "application/json", Json.write(Map.of("error", "Not found: " + path)));
    } catch (BadRequest e) {
      send(exchange, e.status, "application/json", Json.write(Map.of("error", e.getMessage())));
    } catch (RuntimeException e) {
      // Answered, not dropped: the page shows the error.
      send(exchange, 500, "application/json", Json.write(Map.of("error", String.valueOf(e.getMessage()))));
    } finally {
      exchange.close();
    }
  }

  private void api(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    try {
      if (path.equals("models") && method.equals("GET")) {
        send(exchange, 200, "application/json", Json.write(models()));
      } else if (path.equals("log") && method.equals("GET")) {
        long after = Long.parseLong(query(exchange.getRequestURI()).getOrDefault("after", "0"));
        send(exchange, 200, "application/json", Json.write(log.since(after)));
      } else if (path.startsWith("models/") && path.endsWith("/refresh") && method.equals("POST")) {
        Model model = tables.model(path.substring("models/".length(), path.length() - "/refresh".length()));
        tables.refresh(model);
        send(exchange, 200, "application/json", Json.write(tables.size(model, List.of())));
      } else if (path.startsWith("models/") && path.endsWith("/rows")) {
        Model model = tables.model(path.substring("models/".length(), path.length() - "/rows".length()));
        rows(exchange, method, model);
      } else {
        send(exchange, 404, "application/json", Json.write(Map.of("error", "No API " + method + " /api/" + path)));
      }
    } catch (DatabaseException e) {
      send(exchange, 409, "application/json", Json.write(Map.of("error", e.getMessage())));
    } catch (QuarryException | IllegalArgumentException e) {
      send(exchange, 400, "application/json", Json.write(Map.of("error", String.valueOf(e.getMessage()))));
    }
  }

  @SuppressWarnings("unchecked")
  private void rows(HttpExchange exchange, String method, Model model) throws IOException {
    switch (method) {
      case "GET" -> {
        Map<String, String> query = query(exchange.getRequestURI());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Math.min(500, Integer.parseInt(query.getOrDefault("size", "50")));
        List<Tables.Condition> conditions = new ArrayList<>();
        for (String filter : query.getOrDefault("filter", "").split("\u001f")) {
          if (!filter.isEmpty()) {
            String[] parts = filter.split(":", 3);
            if (parts.length < 2) {
              throw new BadRequest(400, "A filter is field:operator[:value], not \"" + filter + "\".");
            }
            conditions.add(new Tables.Condition(parts[0], parts[1], parts.length > 2 ? parts[2] : ""));
          }
        }
        List<String> rows = tables.page(model, conditions, query.get("sort"), "desc".equals(query.get("dir")), page, size);
        boolean more = rows.size() > size;
        String body = "{\"rows\":[" + String.join(",", more ? rows.subList(0, size) : rows) + "],\"page\":" + page
            + ",\"size\":" + size + ",\"more\":" + more + ",\"total\":" + Json.write(tables.size(model, conditions)) + "}";
        send(exchange, 200, "application/json", body);
      }
      case "POST" -> {
        Map<String, Object> values = Json.read(body(exchange), Map.class);
        send(exchange, 201, "application/json", tables.create(model, values));
      }
      case "PATCH" -> {
        Map<String, Object> request = Json.read(body(exchange), Map.class);
        List<Map<String, Object>> edits = (List<Map<String, Object>>) required(request, "edits");
        List<Map<String, Object>> keys = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Map<String, Object> edit : edits) {
          keys.add((Map<String, Object>) edit.get("key"));
          changes.add((Map<String, Object>) edit.get("values"));
        }
        send(exchange, 200, "application/json", "[" + String.join(",", tables.update(model, keys, changes)) + "]");
      }
      case "DELETE" -> {
        Map<String, Object> request = Json.read(body(exchange), Map.class);
        int deleted = tables.delete(model, (List<Map<String, Object>>) required(request, "keys"));
        send(exchange, 200, "application/json", Json.write(Map.of("deleted", deleted)));
      }
      default -> send(exchange, 405, "application/json", Json.write(Map.of("error", "Method " + method + " not allowed")));
    }
  }

  /** The schema as the page needs it: models with fields, keys, relations and sizes. */
  private List<Map<String, Object>> models() {
    List<Map<String, Object>> models = new ArrayList<>();
    for (Model model : schema.models()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", model.name());
      entry.put("table", model.table());
      entry.put("view", model.view());
      entry.put("materialized", model.materialized());
      entry.put("key", Tables.keyFields(model));
      List<Map<String, Object>> fields = new ArrayList<>();
      for (Field field : model.fields()) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", field.name());
        f.put("column", field.column());
        f.put("type", field.type().name());
        f.put("list", field.list());
        f.put("nullable", field.nullable());
        f.put("hasDefault", field.hasDefault());
        f.put("readOnly", Tables.readOnly(field));
        if (field.computed() != null) {
          f.put("computed", field.computed());
        }
        if (field.version()) {
          f.put("version", true);
        }
        if (field.enumName() != null) {
          f.put("values", schema.enumType(field.enumName()).orElseThrow().values().stream().map(v -> v.dbName()).toList());
        }
        fields.add(f);
      }
      entry.put("fields", fields);
      List<Map<String, Object>> relations = new ArrayList<>();
      for (Relation relation : model.relations()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("field", relation.field());
        r.put("kind", relation.kind().name());
        r.put("target", relation.target());
        r.put("owning", relation.foreignKey() != null);
        if (relation.foreignKey() != null) {
          r.put("fields", relation.foreignKey().fields());
          r.put("references", relation.foreignKey().references());
        } else if (relation.inverseField() != null && relation.joinTable() == null) {
          var inverse = schema.model(relation.target()).orElseThrow().relation(relation.inverseField()).orElseThrow().foreignKey();
          r.put("fields", inverse.references());
          r.put("references", inverse.fields());
        }
        relations.add(r);
      }
      entry.put("relations", relations);
      entry.put("size", model.view() ? Map.of("count", 0, "estimated", true) : tables.size(model));
      models.add(entry);
    }
    return models;
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  /** A member the request must have; a 400 naming it otherwise. */
  private static Object required(Map<String, Object> request, String member) {
    Object value = request == null ? null : request.get(member);
    if (!(value instanceof List<?>)) {
      throw new BadRequest(400, "The request needs \"" + member + "\": a list.");
    }
    return value;
  }

  /** The request body, at most {@link #MAX_BODY_BYTES}; a 413 beyond. */
  private static String body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
      throw new BadRequest(413, "The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new BadRequest(413, "The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private void sendAsset(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = Studio.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        send(exchange, 404, "text/plain", "Missing asset " + name);
        return;
      }
      String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
      exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; connect-src 'self'; frame-ancestors 'none'");
      send(exchange, 200, type + "; charset=utf-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    // The token rides in the page's address: no other site may see it, frame the page or read it.
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
