package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Comment;
import dev.quarry.it.model.Comment_;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.Post_;
import dev.quarry.it.model.Profile;

import dev.quarry.it.model.Tag;
import dev.quarry.it.model.Tag_;
import dev.quarry.it.model.Todo;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import dev.quarry.runtime.Duplicates;
import dev.quarry.runtime.WithCounts;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Includes, relation filters and orderings, nested writes and referential actions. */
class RelationTest extends ClientTest {

  final StatementCounter statements = new StatementCounter();
  User ada;
  User bob;
  User cy;

  @BeforeEach
  void seed() {
    db.removeListener(statements);
    db.executeRaw("truncate users, posts, comments, tags, profiles, todos, _post_to_tag restart identity cascade");
    ada = client.users().create(User.of("ada@example.com", "Ada"));
    bob = client.users().create(User.of("bob@example.com", "Bob"));
    cy = client.users().create(User.of("cy@example.com", "Cy"));
    for (User author : List.of(ada, bob)) {
      for (int i = 1; i <= 3; i++) {
        Post post = client.posts().create(new Post(null, author.name() + " " + i, null, i != 2, i * 10, null, null, null, author.id(), null, null));
        for (int c = 1; c <= i; c++) {
          client.comments().create(new Comment(null, "comment " + c, null, post.id()));
        }
      }
    }
    statements.reset();
    db.addListener(statements);
  }

  @Test
  void includesToManyInOneExtraStatementAndTellsNotLoadedFromEmpty() {
    List<User> users = client.users().findMany(q -> q.orderBy(User_.ID.asc()).include(User_.POSTS.include()));

    assertEquals(2, statements.count(), "one for users, one for all their posts");
    assertEquals(3, users.get(0).posts().size());
    assertEquals(List.of(), users.get(2).posts(), "included but empty");
    assertNull(client.users().findUniqueOrThrow(User_.id(cy.id())).posts(), "not included: not loaded");
  }

  @Test
  void findsByACompositeUnique() {
    Post post = client.posts().findUniqueOrThrow(Post_.authorIdAndTitle(bob.id(), "Bob 2"));

    assertEquals(20, post.views());
    assertTrue(client.posts().findUnique(Post_.authorIdAndTitle(ada.id(), "Bob 2")).isEmpty());
  }

  @Test
  void includesToOne() {
    List<Post> posts = client.posts().findMany(q -> q.include(Post_.AUTHOR.include()));

    assertEquals(2, statements.count());
    assertTrue(posts.stream().allMatch(p -> p.author() != null && p.author().id().equals(p.authorId())));
  }

  @Test
  void nestedIncludesCostOneStatementPerLevel() {
    List<User> users = client.users().findMany(q -> q.orderBy(User_.ID.asc())
        .include(User_.POSTS.include(p -> p.orderBy(Post_.ID.asc()).include(Post_.COMMENTS.include()))));

    assertEquals(3, statements.count(), "users, posts, comments");
    assertEquals(List.of(1, 2, 3), users.get(0).posts().stream().map(p -> p.comments().size()).toList());
  }

  @Test
  void filtersOrdersAndLimitsTheIncludedSidePerParent() {
    List<User> users = client.users().findMany(q -> q.where(User_.ID.in(ada.id(), bob.id())).orderBy(User_.ID.asc())
        .include(User_.POSTS.include(p -> p.where(Post_.PUBLISHED.isTrue()).orderBy(Post_.VIEWS.desc()).take(1))));

    assertEquals(2, statements.count());
    for (User user : users) {
      assertEquals(1, user.posts().size());
      assertEquals(30, user.posts().get(0).views());
    }
  }

  @Test
  void relationFiltersOnToManyAndToOne() {
    assertEquals(List.of("Ada", "Bob"), names(client.users().findMany(q -> q.where(User_.POSTS.some(Post_.VIEWS.gte(30))).orderBy(User_.NAME.asc()))));
    assertEquals(List.of("Cy"), names(client.users().findMany(User_.POSTS.none(Post_.ID.gt(0)))));
    assertEquals(List.of("Ada", "Bob", "Cy"), names(client.users().findMany(q -> q.where(User_.POSTS.every(Post_.VIEWS.lte(30))).orderBy(User_.NAME.asc()))));
    assertEquals(List.of("Cy"), names(client.users().findMany(User_.POSTS.every(Post_.VIEWS.gt(10)))));
    assertEquals(3, client.posts().count(Post_.AUTHOR.is(User_.NAME.eq("Ada"))));
    assertEquals(3, client.posts().count(Post_.AUTHOR.isNot(User_.NAME.eq("Ada"))));
    assertEquals(2, client.posts().count(Post_.COMMENTS.some(Comment_.TEXT.eq("comment 3"))), "each author's third post");
    assertEquals(0, client.users().count(User_.PROFILE.isNotNull()));
  }

  @Test
  void ordersByARelatedFieldAndByARelationCount() {
    List<Post> byAuthor = client.posts().findMany(q -> q.orderBy(Post_.AUTHOR.orderBy(User_.NAME.desc()), Post_.ID.asc()));
    assertEquals(bob.id(), byAuthor.get(0).authorId());

    List<User> byPosts = client.users().findMany(q -> q.orderBy(User_.POSTS.countAsc(), User_.ID.asc()));
    assertEquals("Cy", byPosts.get(0).name());
  }

  @Test
  void countsRelatedRowsWithoutLoadingThem() {
    List<WithCounts<User>> users = client.users().findManyWithCounts(q -> q.orderBy(User_.ID.asc()), User_.POSTS, User_.TODOS);

    assertEquals(1, statements.count());
    assertEquals(List.of(3L, 3L, 0L), users.stream().map(u -> u.count(User_.POSTS)).toList());
    assertEquals(0L, users.get(0).count(User_.TODOS));
    assertNull(users.get(0).row().posts());
  }

  @Test
  void nestedCreateWritesTheWholeTreeInOneTransaction() {
    User dee = client.users().create(new User(null, "dee@example.com", "Dee", null, null,
        List.of(Post.of("first", null), Post.of("second", null)),
        List.of(new Todo(null, "todo", null, null, null)),
        new Profile(null, null, "hello")));

    assertEquals(2, dee.posts().size());
    assertTrue(dee.posts().stream().allMatch(p -> p.authorId().equals(dee.id()) && p.id() != null));
    assertEquals(dee.id(), dee.profile().userId());
    User loaded = client.users().findUniqueOrThrow(User_.id(dee.id()), q -> q.include(User_.POSTS.include(), User_.PROFILE.include(), User_.TODOS.include()));
    assertEquals(2, loaded.posts().size());
    assertEquals("hello", loaded.profile().bio());
    assertEquals(1, loaded.todos().size());
  }

  @Test
  void nestedCreateManyInsertsEachLevelInOneStatementAndReturnsTheTree() {
    List<User> authors = List.of(author("many1@example.com", 20, 3), author("many2@example.com", 10, 2));

    List<User> created = client.users().createManyAndReturn(authors);

    assertEquals(List.of("users", "posts", "comments"), statements.events().stream().map(e -> e.table()).toList(),
        "one insert per level, not one per row");
    assertEquals(List.of("many1@example.com", "many2@example.com"), created.stream().map(User::email).toList(), "in the order given");
    for (User user : created) {
      for (int i = 0; i < user.posts().size(); i++) {
        Post post = user.posts().get(i);
        assertEquals(user.id(), post.authorId());
        assertEquals(user.email() + " post " + i, post.title(), "each post under its own author, in order");
        assertTrue(post.comments().stream().allMatch(c -> c.postId().equals(post.id()) && c.id() != null));
        assertEquals(List.of(post.title() + " comment 0"), post.comments().stream().map(Comment::text).limit(1).toList());
      }
    }
    assertEquals(30, client.posts().count(Post_.AUTHOR.is(User_.EMAIL.startsWith("many"))));
    assertEquals(20 * 3 + 10 * 2, client.comments().count(Comment_.POST.is(Post_.AUTHOR.is(User_.EMAIL.startsWith("many")))));
  }

  @Test
  void nestedCreateManyLinksManyToManyRowsInOneBatchAndCountsTopLevelRows() {
    List<Post> posts = List.of(
        new Post(null, "m2m a", null, null, null, null, null, null, ada.id(), null, List.of(new Tag(null, "red", null), new Tag(null, "blue", null))),
        new Post(null, "m2m b", null, null, null, null, null, null, ada.id(), null, List.of(new Tag(null, "green", null))));

    assertEquals(2, client.posts().createMany(posts));

    assertEquals(List.of("posts", "tags", "_post_to_tag"), statements.events().stream().map(e -> e.table()).toList());
    Post a = client.posts().findFirstOrThrow(q -> q.where(Post_.TITLE.eq("m2m a")).include(Post_.TAGS.include(t -> t.orderBy(Tag_.NAME.asc()))));
    assertEquals(List.of("blue", "red"), a.tags().stream().map(Tag::name).toList());
    assertThrows(InvalidQueryException.class, () -> client.posts().createMany(posts, Duplicates.SKIP));
  }

  private static User author(String email, int posts, int comments) {
    List<Post> written = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      String title = email + " post " + i;
      List<Comment> replies = new ArrayList<>();
      for (int c = 0; c < comments; c++) {
        replies.add(new Comment(null, title + " comment " + c, null, null));
      }
      written.add(new Post(null, title, null, null, null, null, null, null, null, replies, null));
    }
    return new User(null, email, null, null, null, written, null, null);
  }

  @Test
  void nestedCreateOfTheOwningSideCreatesTheParentFirst() {
    Post post = client.posts().create(new Post(null, "with author", null, null, null, null, null,
        User.of("new@example.com", "New"), null, null, null));

    assertNotNull(post.author());
    assertEquals(post.author().id(), post.authorId());
    assertEquals(1, client.users().count(User_.EMAIL.eq("new@example.com")));
  }

  @Test
  void connectsExistingRows() {
    Post post = client.posts().findFirstOrThrow(q -> q.where(Post_.AUTHOR_ID.eq(ada.id())));
    User dee = client.users().create(User.of("dee@example.com", "Dee"), c -> c.connect(User_.POSTS, Post_.id(post.id())));

    assertEquals(dee.id(), client.posts().findUniqueOrThrow(Post_.id(post.id())).authorId());
    Post connected = client.posts().create(Post.of("by connect", null), c -> c.connect(Post_.AUTHOR, User_.email("cy@example.com")));
    assertEquals(cy.id(), connected.authorId());
    assertThrows(RecordNotFoundException.class,
        () -> client.posts().create(Post.of("x", null), c -> c.connect(Post_.AUTHOR, User_.email("nobody@example.com"))));
  }

  @Test
  void manyToManyCreateConnectIncludeAndFilter() {
    Tag java = client.tags().create(new Tag(null, "java", null));
    Post post = client.posts().create(new Post(null, "tagged", null, null, null, null, null, null, ada.id(), null,
        List.of(new Tag(null, "sql", null))), c -> c.connect(Post_.TAGS, Tag_.id(java.id())));

    Post loaded = client.posts().findUniqueOrThrow(Post_.id(post.id()), q -> q.include(Post_.TAGS.include(t -> t.orderBy(Tag_.NAME.asc()))));
    assertEquals(List.of("java", "sql"), loaded.tags().stream().map(Tag::name).toList());
    assertEquals(1, client.posts().count(Post_.TAGS.some(Tag_.NAME.eq("java"))));
    Tag withPosts = client.tags().findUniqueOrThrow(Tag_.name("java"), q -> q.include(Tag_.POSTS.include()));
    assertEquals(List.of("tagged"), withPosts.posts().stream().map(Post::title).toList());
  }

  @Test
  void restrictRefusesTheDeleteWithATypedErrorAndCascadeRemovesChildren() {
    client.todos().create(new Todo(null, "keep me", null, null, bob.id()));

    ForeignKeyException refused = assertThrows(ForeignKeyException.class, () -> client.users().delete(User_.id(bob.id())));
    assertEquals("Todo", refused.model());
    assertEquals("user", refused.relation());
    assertTrue(refused.getMessage().startsWith("The row is still referenced through Todo.user"), refused.getMessage());
    assertEquals(3, client.users().count());

    client.users().delete(User_.id(ada.id()));
    assertEquals(0, client.posts().count(Post_.AUTHOR_ID.eq(ada.id())), "posts cascade");
    assertEquals(6, client.comments().count(), "and their comments");
  }

  @Test
  void aForeignKeyToNoRowIsATypedError() {
    ForeignKeyException e = assertThrows(ForeignKeyException.class, () -> client.posts().create(Post.of("orphan", 999)));
    assertEquals("Post", e.model());
    assertTrue(e.getMessage().contains("Post.author points at no row"), e.getMessage());
  }

  private static List<String> names(List<User> users) {
    return users.stream().map(User::name).toList();
  }
}
