package dev.quarry.samples.todos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The service over real HTTP on a random port, on a throw-away embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quarry.embedded.temporary=true")
class TodosHttpTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> call(String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void usersAndTodosEndToEnd() throws Exception {
    HttpResponse<String> ada = call("POST", "/users", "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}");
    assertEquals(201, ada.statusCode(), ada.body());
    assertTrue(ada.body().contains("\"id\":1"), ada.body());

    assertEquals(201, call("POST", "/users/1/todos", "{\"title\":\"Write the notes\"}").statusCode());
    assertEquals(201, call("POST", "/users/1/todos", "{\"title\":\"Read Bob's reply\"}").statusCode());
    assertEquals(200, call("POST", "/todos/1/complete", null).statusCode());

    HttpResponse<String> open = call("GET", "/todos?done=false&user=ada@example.com", null);
    assertEquals(200, open.statusCode());
    assertTrue(open.body().contains("Read Bob's reply") && !open.body().contains("Write the notes"), open.body());
    assertTrue(open.body().contains("\"email\":\"ada@example.com\""), "todos come with their user: " + open.body());

    HttpResponse<String> users = call("GET", "/users", null);
    assertTrue(users.body().contains("\"todos\":[{"), "users come with their todos: " + users.body());

    HttpResponse<String> refused = call("DELETE", "/users/1", null);
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
    assertTrue(refused.body().contains("still referenced through Todo.user"), refused.body());

    HttpResponse<String> duplicate = call("POST", "/users", "{\"email\":\"ada@example.com\"}");
    assertEquals(409, duplicate.statusCode());
    assertTrue(duplicate.body().contains("Unique constraint failed on User.email"), duplicate.body());
    assertEquals(404, call("POST", "/users/99/todos", "{\"title\":\"x\"}").statusCode());

    assertEquals(204, call("DELETE", "/todos/1", null).statusCode());
    assertEquals(204, call("DELETE", "/todos/2", null).statusCode());
    assertEquals(204, call("DELETE", "/users/1", null).statusCode());

    HttpResponse<String> migrations = call("GET", "/actuator/quarry", null);
    assertEquals(200, migrations.statusCode(), migrations.body());
    assertTrue(migrations.body().matches("(?s).*\"applied\":\\[\"\\d{14}_init\"\\].*"), migrations.body());
    HttpResponse<String> health = call("GET", "/actuator/health", null);
    assertTrue(health.body().matches("(?s).*\"quarry\":\\{\"details\":\\{\"applied\":1,\"pending\":\\[\\],\"failed\":\\[\\]\\},\"status\":\"UP\"\\}.*"),
        health.body());
  }
}
