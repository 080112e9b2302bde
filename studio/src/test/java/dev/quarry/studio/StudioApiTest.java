package dev.quarry.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every API route, and every refusal. */
class StudioApiTest {

  static StudioFixture fixture;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fixture = new StudioFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.studio.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> api(String method, String path, String body) throws Exception {
    return call(method, path, body, "X-Quarry-Token", fixture.studio.token(), "Content-Type", "application/json");
  }

  @Test
  void clientsThatNeverFinishTheirRequestDoNotFreezeStudio() throws Exception {
    java.util.List<Socket> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket("127.0.0.1", fixture.studio.port());
        socket.getOutputStream().write("GET /api/models HTTP/1.1\r\nHost: 127.0.0.1".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      long start = System.nanoTime();
      HttpResponse<String> models = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.studio.port() + "/api/models"))
          .header("X-Quarry-Token", fixture.studio.token()).timeout(java.time.Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, models.statusCode());
      assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(15), "answered while slow clients wait");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void bodiesOverTheCapAreRefusedWith413WithoutBeingRead() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", fixture.studio.port())) {
      String request = "POST /api/models/Post/rows HTTP/1.1\r\nHost: 127.0.0.1:" + fixture.studio.port() + "\r\nX-Quarry-Token: "
          + fixture.studio.token() + "\r\nContent-Type: application/json\r\nContent-Length: 95000000\r\n\r\n{\"title\":\"";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("HTTP/1.1 413 Request Entity Too Large", response.readLine());
      String line;
      StringBuilder rest = new StringBuilder();
      while ((line = response.readLine()) != null) {
        rest.append(line).append('\n');
      }
      assertTrue(rest.toString().contains("larger than 4 MB"), rest.toString());
    }
  }

  @Test
  void malformedRequestsGetAJsonErrorNotAClosedConnection() throws Exception {
    HttpResponse<String> filter = api("GET", "/api/models/User/rows?filter=name", null);
    assertEquals(400, filter.statusCode());
    assertTrue(filter.body().contains("A filter is field:operator[:value]"), filter.body());
    HttpResponse<String> patch = api("PATCH", "/api/models/User/rows", "{}");
    assertEquals(400, patch.statusCode());
    assertTrue(patch.body().contains("needs \\\"edits\\\""), patch.body());
    HttpResponse<String> json = api("DELETE", "/api/models/User/rows", "{not json");
    assertEquals(400, json.statusCode());
    assertTrue(json.body().contains("not valid JSON"), json.body());
  }

  @Test
  void pagesAreNeverFramedAndNeverLeakTheirAddress() throws Exception {
    HttpResponse<String> page = call("GET", "/?token=" + fixture.studio.token(), null);
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    assertEquals("no-referrer", api("GET", "/api/models", null).headers().firstValue("Referrer-Policy").orElse(""));
  }

  @Test
  void servesThePageOnlyWithTheToken() throws Exception {
    HttpResponse<String> page = call("GET", "/?token=" + fixture.studio.token(), null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<title>Quarry Studio</title>"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));

    assertEquals(403, call("GET", "/", null).statusCode());
    assertEquals(403, call("GET", "/?token=wrong", null).statusCode());
    assertEquals(403, call("GET", "/api/models", null).statusCode());
    assertEquals(403, call("GET", "/api/models", null, "X-Quarry-Token", "wrong").statusCode());
  }

  @Test
  void refusesForeignOriginsAndHosts() throws Exception {
    assertEquals(403, call("POST", "/api/models/User/rows", "{\"email\":\"x@evil.example\"}",
        "X-Quarry-Token", fixture.studio.token(), "Origin", "https://evil.example").statusCode());

    try (Socket socket = new Socket("127.0.0.1", fixture.studio.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/models?token=" + fixture.studio.token() + " HTTP/1.1\r\nHost: rebound.example:" + fixture.studio.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertEquals("HTTP/1.1 403 Forbidden", status);
    }
    assertEquals(0, fixture.count("select count(*) from users where email = 'x@evil.example'"));
  }

  @Test
  void listsModelsWithCountsFieldsAndRelations() throws Exception {
    HttpResponse<String> response = api("GET", "/api/models", null);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"name\":\"User\""), response.body());
    assertTrue(response.body().contains("\"size\":{\"count\":3,\"estimated\":false}"), response.body());
    assertTrue(response.body().contains("\"field\":\"posts\",\"kind\":\"ONE_TO_MANY\""), response.body());
  }

  @Test
  void pagesSortsAndFiltersRowsWithRelationCounts() throws Exception {
    HttpResponse<String> page = api("GET", "/api/models/User/rows?size=2&sort=email&dir=desc", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().indexOf("cy@example.com") < page.body().indexOf("bob@example.com"), page.body());
    assertTrue(page.body().contains("\"more\":true"), page.body());

    HttpResponse<String> filtered = api("GET", "/api/models/User/rows?filter=" + java.net.URLEncoder.encode("email:contains:ada%_", StandardCharsets.UTF_8), null);
    assertTrue(filtered.body().contains("\"rows\":[]"), "wildcards are matched literally: " + filtered.body());
    HttpResponse<String> ada = api("GET", "/api/models/User/rows?filter=email:startsWith:ada", null);
    assertTrue(ada.body().contains("\"_count_posts\":2") && ada.body().contains("\"_count_todos\":1"), ada.body());
    assertTrue(ada.body().contains("\"total\":{\"count\":1,\"estimated\":false}"), "the total counts the filtered rows: " + ada.body());
    assertTrue(page.body().contains("\"total\":{\"count\":3,\"estimated\":false}"), page.body());
    HttpResponse<String> bad = api("GET", "/api/models/User/rows?filter=nope:eq:1", null);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("No field User.nope"), bad.body());
  }

  @Test
  void createsHonouringDefaultsAndReportsErrors() throws Exception {
    HttpResponse<String> created = api("POST", "/api/models/Post/rows", "{\"title\":\"Created\",\"authorId\":\"3\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"published\":false"), created.body());

    HttpResponse<String> duplicate = api("POST", "/api/models/User/rows", "{\"email\":\"ada@example.com\"}");
    assertEquals(409, duplicate.statusCode());
    assertTrue(duplicate.body().contains("Unique constraint failed on User.email"), duplicate.body());
    HttpResponse<String> missing = api("POST", "/api/models/Post/rows", "{\"title\":\"No author\"}");
    assertEquals(409, missing.statusCode());
    assertTrue(missing.body().contains("Post.authorId is required"), missing.body());
  }

  @Test
  void savesSeveralEditsInOneTransaction() throws Exception {
    HttpResponse<String> saved = api("PATCH", "/api/models/User/rows",
        "{\"edits\":[{\"key\":{\"id\":2},\"values\":{\"name\":\"Bob\"}},{\"key\":{\"id\":3},\"values\":{\"name\":null}}]}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(1, fixture.count("select count(*) from users where name = 'Bob'"));
    assertEquals(2, fixture.count("select count(*) from users where name is null or name = 'Bob'"));

    HttpResponse<String> refused = api("PATCH", "/api/models/User/rows",
        "{\"edits\":[{\"key\":{\"id\":2},\"values\":{\"name\":\"Robert\"}},{\"key\":{\"id\":3},\"values\":{\"email\":\"ada@example.com\"}}]}");
    assertEquals(409, refused.statusCode());
    assertEquals(0, fixture.count("select count(*) from users where name = 'Robert'"), "nothing half-saved");
  }

  @Test
  void computedColumnsAndTheVersionAreShownButNeverWritten() throws Exception {
    String models = api("GET", "/api/models", null).body();
    assertTrue(models.contains("\"name\":\"titleLength\",\"column\":\"title_length\",\"type\":\"INT\",\"list\":false,"
        + "\"nullable\":false,\"hasDefault\":true,\"readOnly\":true,\"computed\":\"length(title)\""), models);
    assertTrue(models.contains("\"readOnly\":true,\"version\":true"), models);

    HttpResponse<String> created = api("POST", "/api/models/Todo/rows",
        "{\"title\":\"Eleven char\",\"userId\":\"1\",\"titleLength\":\"99\",\"version\":\"5\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"title_length\":11") && created.body().contains("\"version\":0"), created.body());
    long id = fixture.count("select max(id) from todos");

    HttpResponse<String> computed = api("PATCH", "/api/models/Todo/rows",
        "{\"edits\":[{\"key\":{\"id\":" + id + ",\"version\":0},\"values\":{\"titleLength\":\"3\"}}]}");
    assertEquals(400, computed.statusCode());
    assertTrue(computed.body().contains("Todo.titleLength is computed by the database"), computed.body());

    HttpResponse<String> saved = api("PATCH", "/api/models/Todo/rows",
        "{\"edits\":[{\"key\":{\"id\":" + id + ",\"version\":0},\"values\":{\"title\":\"Four\"}}]}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(saved.body().contains("\"title_length\":4") && saved.body().contains("\"version\":1"), saved.body());

    HttpResponse<String> stale = api("PATCH", "/api/models/Todo/rows",
        "{\"edits\":[{\"key\":{\"id\":" + id + ",\"version\":0},\"values\":{\"title\":\"Stale\"}}]}");
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("changed or deleted by someone else since it was loaded"), stale.body());
    HttpResponse<String> staleDelete = api("DELETE", "/api/models/Todo/rows", "{\"keys\":[{\"id\":" + id + ",\"version\":0}]}");
    assertEquals(409, staleDelete.statusCode());
    assertEquals(1, fixture.count("select count(*) from todos where id = ? and title = 'Four' and version = 1", id));

    HttpResponse<String> deleted = api("DELETE", "/api/models/Todo/rows", "{\"keys\":[{\"id\":" + id + ",\"version\":1}]}");
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertEquals(1, fixture.count("select count(*) from todos where id = ? and archived", id), "soft-deleted as the application would");
  }

  @Test
  void aMaterializedViewIsRefreshedOnRequestAndNothingElseIs() throws Exception {
    assertTrue(api("GET", "/api/models", null).body().contains("\"name\":\"AuthorPostCount\",\"table\":\"author_post_counts\","
        + "\"view\":true,\"materialized\":true"));
    assertTrue(api("GET", "/api/models/AuthorPostCount/rows", null).body().startsWith("{\"rows\":[]"), "made before the rows were");

    HttpResponse<String> refreshed = api("POST", "/api/models/AuthorPostCount/refresh", null);
    HttpResponse<String> table = api("POST", "/api/models/Post/refresh", null);

    assertEquals(200, refreshed.statusCode(), refreshed.body());
    assertEquals(fixture.count("select count(distinct author_id) from posts"),
        fixture.count("select count(*) from author_post_counts"), "one row per author now");
    assertEquals(400, table.statusCode());
    assertTrue(table.body().contains("Post is not a materialized view"), table.body());
  }

  @Test
  void deletesAndShowsForeignKeyRefusals() throws Exception {
    HttpResponse<String> refused = api("DELETE", "/api/models/User/rows", "{\"keys\":[{\"id\":2}]}");
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("still referenced through Todo.user"), refused.body());

    HttpResponse<String> deleted = api("DELETE", "/api/models/Todo/rows", "{\"keys\":[{\"id\":2}]}");
    assertEquals(200, deleted.statusCode());
    assertTrue(deleted.body().contains("\"deleted\":1"));
  }

  @Test
  void theConsoleShowsTheSqlAndItsParameters() throws Exception {
    api("GET", "/api/models/Post/rows?filter=title:eq:Third", null);

    HttpResponse<String> log = api("GET", "/api/log?after=0", null);
    assertTrue(log.body().contains("\"parameters\":[\"Third\"]"), log.body());
    assertTrue(log.body().contains("row_to_json"), log.body());
  }
}
