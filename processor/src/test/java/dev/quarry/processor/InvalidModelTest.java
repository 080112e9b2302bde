package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.Sources.lineOf;
import static dev.quarry.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.quarry.processor.validate.Message;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid model is a compile error on the offending element, with a message that says how
 * to fix it. Each case names the file and the line the error must point at.
 */
class InvalidModelTest {

  /** A user model that other cases relate to. */
  private static final String USER =
      """
      @Model
      record User(
          @Id Integer id,
          @Unique String email,
          String name,
          List<Post> posts) {}
      """;

  private record Case(List<JavaFileObject> files, String message, int file, String snippet) {}

  private static Arguments bad(String title, String message, String snippet, JavaFileObject... files) {
    return bad(title, message, 0, snippet, files);
  }

  private static Arguments bad(String title, String message, int file, String snippet, JavaFileObject... files) {
    return Arguments.of(title, new Case(List.of(files), message, file, snippet));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        bad("two models with one name in two packages",
            Message.DUPLICATE_MODEL_NAME.format("Note", "other.Note", "test.Note"),
            "record Note(",
            source("Note", "@Model\nrecord Note(@Id int id) {}"),
            com.google.testing.compile.JavaFileObjects.forSourceString("other.Note",
                "package other;\nimport dev.quarry.annotations.*;\n@Model\n@Map(\"other_notes\")\nrecord Note(@Id int id) {}")),
        bad("a join table on a one-to-many relation",
            Message.JOIN_TABLE_NOT_MANY_TO_MANY.format("Post", "author"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"id\", joinTable = \"_x\")\n"
                + "    User author,\n    int authorId) {}")),
        bad("a join table named on both sides",
            Message.JOIN_TABLE_CONFLICT.format("Post", "tags", "Tag", "posts"),
            1, "List<Post> posts",
            source("Post", "@Model\nrecord Post(@Id int id, @Relation(joinTable = \"_PostToTag\") List<Tag> tags) {}"),
            source("Tag", "@Model\nrecord Tag(\n    @Id int id,\n    @Relation(joinTable = \"_PostToTag\") List<Post> posts) {}")),
        bad("one join column",
            Message.JOIN_COLUMNS_COUNT.format("Post", "tags", 1, "Post", "Tag"),
            "List<Tag> tags",
            source("Post", "@Model\nrecord Post(\n    @Id int id,\n    @Relation(joinColumns = {\"A\"}) List<Tag> tags) {}"),
            source("Tag", "@Model\nrecord Tag(@Id int id, List<Post> posts) {}")),
        bad("a lookup name that is not a Java name",
            Message.UNIQUE_LOOKUP_INVALID.format("by slug", "Note", "it is not a Java method name"),
            "@Unique(fields",
            source("Note", "@Model\n@Unique(fields = {\"id\", \"slug\"}, lookup = \"by slug\")\nrecord Note(@Id int id, String slug) {}")),
        bad("a lookup named like a component",
            Message.UNIQUE_LOOKUP_INVALID.format("slug", "Note", "another lookup of Note has that name"),
            "@Unique(fields",
            source("Note", "@Model\n@Unique(fields = {\"id\", \"slug\"}, lookup = \"slug\")\nrecord Note(@Id int id, String slug) {}")),
        bad("an autoincrement that is optional",
            Message.AUTOINCREMENT_NULLABLE.format("Note", "seq"),
            "Integer seq",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Nullable @Default(function = DefaultFunction.AUTOINCREMENT) Integer seq) {}")),
        bad("an enum without constants",
            Message.ENUM_EMPTY.format("Mood"),
            "enum Mood",
            source("Mood", "enum Mood {}"),
            source("Note", "@Model\nrecord Note(@Id int id, Mood mood) {}")),
        bad("two enums stored under one type name",
            Message.DUPLICATE_ENUM_NAME.format("mood", "test.Feeling", "test.Mood"),
            1, "enum Mood",
            source("Feeling", "@Map(\"mood\")\nenum Feeling { HAPPY }"),
            source("Mood", "enum Mood { SAD }"),
            source("Note", "@Model\nrecord Note(@Id int id, Mood mood, Feeling feeling) {}")),
        bad("@Id with fields on a component",
            Message.ID_FIELDS_ON_COMPONENT.format("id"),
            "int id",
            source("Note", "@Model\nrecord Note(\n    @Id(fields = {\"id\"}) int id) {}")),
        bad("a list as the id",
            Message.ID_LIST.format("ids", "Note"),
            "List<Integer> ids",
            source("Note", "@Model\nrecord Note(\n    @Id List<Integer> ids) {}")),
        bad("a composite unique naming a field twice",
            Message.KEY_DUPLICATE_FIELD.format("Unique", "Note", "code"),
            "@Unique(fields",
            source("Note", "@Model\n@Unique(fields = {\"code\", \"code\"})\nrecord Note(@Id int id, String code) {}")),
        bad("a composite unique naming a relation",
            Message.KEY_ON_RELATION.format("Unique", "Post", "author", " (authorId)"),
            1, "@Unique(fields",
            source("User", USER),
            source("Post", "@Model\n@Unique(fields = {\"author\", \"title\"})\nrecord Post(\n    @Id Integer id,\n    String title,\n"
                + "    @Relation(fields = \"authorId\", references = \"id\") User author,\n    int authorId) {}")),
        bad("a record-level unique without fields",
            Message.KEY_WITHOUT_FIELDS.format("Unique", "Note"),
            "@Unique",
            source("Note", "@Model\n@Unique\nrecord Note(@Id int id, String code) {}")),
        bad("a record that is a model and a view",
            Message.MODEL_AND_VIEW.format("Note"),
            "record Note(",
            source("Note", "@Model\n@View\nrecord Note(@Id int id) {}")),
        bad("two onDelete actions",
            Message.RELATION_ACTION_COUNT.format("Post", "author", 2, "onDelete"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"id\", "
                + "onDelete = {ReferentialAction.CASCADE, ReferentialAction.RESTRICT})\n    User author,\n    int authorId) {}")),
        bad("SET_DEFAULT without a default",
            Message.RELATION_SET_DEFAULT_WITHOUT_DEFAULT.format("Post", "author", "onDelete", "authorId"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"id\", "
                + "onDelete = ReferentialAction.SET_DEFAULT)\n    User author,\n    int authorId) {}")),
        bad("a many-to-many relation to a model with a composite id",
            Message.RELATION_MANY_TO_MANY_ID.format("Note", "pairs", "Pair", "the composite id [a, b]"),
            1, "List<Pair> pairs",
            source("Pair", "@Model\n@Id(fields = {\"a\", \"b\"})\nrecord Pair(int a, int b, List<Note> notes) {}"),
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    List<Pair> pairs) {}")),
        bad("a relation to a view",
            Message.RELATION_TARGET_IS_VIEW.format("Note", "stats", "Stats"),
            1, "Stats stats",
            source("Stats", "@View\nrecord Stats(int total) {}"),
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    Stats stats) {}")),
        bad("an empty @RenamedFrom",
            Message.RENAMED_FROM_INVALID.format("", "Note.title", "give the previous Java name"),
            "String title",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @RenamedFrom(\"\") String title) {}")),
        bad("@Unique with fields on a component",
            Message.UNIQUE_FIELDS_ON_COMPONENT.format("code"),
            "String code",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Unique(fields = {\"code\"}) String code) {}")),
        bad("a list of lists",
            Message.UNSUPPORTED_TYPE.format("Note", "grid", "java.util.List<java.util.List<java.lang.String>>"),
            "List<List<String>> grid",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    List<List<String>> grid) {}")),
        bad("a record without an id",
            Message.NO_ID.format("Note"),
            "record Note(",
            source("Note", "@Model\nrecord Note(String text) {}")),
        bad("a record whose only unique is optional",
            Message.NO_ID.format("Note"),
            "record Note(",
            source("Note", "@Model\nrecord Note(@Unique @Nullable String code, String text) {}")),
        bad("two ids",
            Message.MULTIPLE_IDS.format("Note", "id, code", "\"id\", \"code\""),
            "@Id String code",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Id String code) {}")),
        bad("an id on a component and on the record",
            Message.MULTIPLE_IDS.format("Note", "id, @Id on the record", "\"id\""),
            "@Id(fields",
            source("Note", "@Model\n@Id(fields = {\"id\"})\nrecord Note(\n    @Id int id) {}")),
        bad("an unsupported component type",
            Message.TYPE_NEAR_MISS.format("Note", "tags", "java.util.Map<java.lang.String, java.lang.String>",
                "Store it as JSON: @Json String, or Jackson's JsonNode."),
            "java.util.Map<String, String> tags",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    java.util.Map<String, String> tags) {}")),
        bad("a char component",
            Message.TYPE_NEAR_MISS.format("Note", "initial", "char", "Use String."),
            "char initial",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    char initial) {}")),
        bad("a java.util.Date component",
            Message.TYPE_NEAR_MISS.format("Note", "createdAt", "java.util.Date", "Use Instant for a point in time (timestamptz), "
                + "or LocalDateTime for a wall-clock date and time (timestamp)."),
            "java.util.Date createdAt",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    java.util.Date createdAt) {}")),
        bad("a java.util.Calendar component",
            Message.TYPE_NEAR_MISS.format("Note", "due", "java.util.Calendar", "Use Instant for a point in time (timestamptz), "
                + "or LocalDateTime for a wall-clock date and time (timestamp)."),
            "java.util.Calendar due",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    java.util.Calendar due) {}")),
        bad("an Optional component",
            Message.TYPE_NEAR_MISS.format("Note", "title", "java.util.Optional<java.lang.String>",
                "An optional column is its value type with @Nullable: write @Nullable String instead of Optional<String>."),
            "java.util.Optional<String> title",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    java.util.Optional<String> title) {}")),
        bad("a list of java.util.Date",
            Message.TYPE_NEAR_MISS.format("Note", "dates", "java.util.List<java.util.Date>", "Use Instant for a point in time "
                + "(timestamptz), or LocalDateTime for a wall-clock date and time (timestamp)."),
            "java.util.List<java.util.Date> dates",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    java.util.List<java.util.Date> dates) {}")),
        bad("a record component that is not a model",
            Message.NOT_A_MODEL.format("Note", "address", "test.Address", "Address", "Address"),
            "Address address",
            source("Note", "record Address(String street) {}\n@Model\nrecord Note(\n    @Id int id,\n    Address address) {}")),
        bad("@Relation on a String",
            Message.RELATION_ON_SCALAR.format("Note", "owner", "java.lang.String"),
            "String owner",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Relation(fields = \"id\", references = \"id\") String owner) {}")),
        bad("fields naming a missing component",
            Message.RELATION_UNKNOWN_FIELD.format("Post", "author", "authorID", "Post", " Did you mean \"authorId\"?"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorID\", references = \"id\") User author,\n    int authorId) {}")),
        bad("references naming a missing component",
            Message.RELATION_UNKNOWN_REFERENCE.format("Post", "author", "userKey", "User", " Its components are: id, email, name."),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"userKey\") User author,\n    int authorId) {}")),
        bad("references that are neither id nor unique",
            Message.RELATION_REFERENCE_NOT_UNIQUE.format("Post", "author", "name", "User", "name"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorName\", references = \"name\") User author,\n    String authorName) {}")),
        bad("fields whose type differs from references",
            Message.RELATION_TYPE_MISMATCH.format("Post", "author", "authorId", "String", "User", "id", "Integer"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"id\") User author,\n    String authorId) {}")),
        bad("fields and references of different lengths",
            Message.RELATION_FIELDS_WITHOUT_REFERENCES.format("Post", "author", 1, 0),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\") User author,\n    int authorId) {}")),
        bad("two relations between the same models without names",
            Message.RELATION_AMBIGUOUS.format("Post", 2, "User", "author, editor"),
            1, "User editor",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Relation(fields = \"authorId\", references = \"id\") User author,\n    int authorId,\n"
                + "    @Relation(fields = \"editorId\", references = \"id\") User editor,\n    int editorId) {}")),
        bad("a relation name used by three fields",
            Message.RELATION_NAME_OVERUSED.format("Writes", "Post", "User", 3, "Post.author, Post.editor, User.posts"),
            1, "User editor",
            source("User", "@Model\nrecord User(\n    @Id Integer id,\n    @Relation(name = \"Writes\") List<Post> posts) {}"),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Relation(name = \"Writes\", fields = \"authorId\", references = \"id\") User author,\n    int authorId,\n"
                + "    @Relation(name = \"Writes\", fields = \"editorId\", references = \"id\") User editor,\n    int editorId) {}")),
        bad("a relation list without its owning side",
            Message.RELATION_MISSING_OWNER.format("User", "posts", "Post", "Post", "User", "Post", "user", "User", "user", "user"),
            0, "List<Post> posts",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    String title) {}")),
        bad("a single relation where no side holds the key",
            Message.RELATION_MISSING_KEY.format("Post", "author", "User"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    User author) {}")),
        bad("fields on the list side",
            Message.RELATION_LIST_HOLDS_KEY.format("User", "posts", "Post", "author"),
            0, "List<Post> posts",
            source("User", "@Model\nrecord User(\n    @Id Integer id,\n    int postId,\n    @Relation(fields = \"postId\", references = \"id\") List<Post> posts) {}"),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    @Relation(fields = \"authorId\", references = \"id\") User author,\n    int authorId) {}")),
        bad("a one-to-one whose both sides hold the key",
            Message.RELATION_BOTH_HOLD_KEY.format("Profile", "user", "User", "profile"),
            0, "Profile profile",
            source("User", "@Model\nrecord User(\n    @Id Integer id,\n    @Unique int profileId,\n"
                + "    @Relation(fields = \"profileId\", references = \"id\") Profile profile) {}"),
            source("Profile", "@Model\nrecord Profile(\n    @Id Integer id,\n"
                + "    @Relation(fields = \"userId\", references = \"id\") User user,\n    @Unique int userId) {}")),
        bad("a one-to-one whose key is not unique",
            Message.ONE_TO_ONE_NOT_UNIQUE.format("Profile", "user", "userId", "userId", ""),
            1, "User user",
            source("User", "@Model\nrecord User(\n    @Id Integer id,\n    @Nullable Profile profile) {}"),
            source("Profile", "@Model\nrecord Profile(\n    @Id Integer id,\n"
                + "    @Relation(fields = \"userId\", references = \"id\") User user,\n    int userId) {}")),
        bad("a required relation over an optional key",
            Message.RELATION_NULLABILITY_MISMATCH.format("Post", "author", "required", "", "authorId", "is optional"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Relation(fields = \"authorId\", references = \"id\") User author,\n    @Nullable Integer authorId) {}")),
        bad("SET_NULL on a required key",
            Message.RELATION_SET_NULL_REQUIRED.format("Post", "author", "onDelete", "authorId"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Relation(fields = \"authorId\", references = \"id\", onDelete = ReferentialAction.SET_NULL) User author,\n"
                + "    int authorId) {}")),
        bad("a many-to-many relation with fields",
            Message.RELATION_MANY_TO_MANY_KEY.format("Post", "tags", "Tag", "posts"),
            0, "List<Tag> tags",
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n    int tagId,\n"
                + "    @Relation(fields = \"tagId\", references = \"id\") List<Tag> tags) {}"),
            source("Tag", "@Model\nrecord Tag(\n    @Id Integer id,\n    List<Post> posts) {}")),
        bad("two models on the same table",
            Message.DUPLICATE_TABLE.format("Memo", "Note", "notes"),
            0, "record Note",
            source("Note", "@Model\nrecord Note(@Id int id) {}"),
            source("Memo", "@Model\n@Map(\"notes\")\nrecord Memo(@Id int id) {}")),
        bad("two components on the same column",
            Message.DUPLICATE_COLUMN.format("authorId", "author", "Note", "author_id"),
            "@Map(\"author_id\") String author",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    int authorId,\n    @Map(\"author_id\") String author) {}")),
        bad("a default literal that does not parse",
            Message.DEFAULT_LITERAL_INVALID.format("yes", "Note", "published", "boolean", "write \"true\" or \"false\""),
            "boolean published",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Default(\"yes\") boolean published) {}")),
        bad("a default number out of range",
            Message.DEFAULT_LITERAL_INVALID.format("40000", "Note", "rank", "short", "it must lie between -32768 and 32767"),
            "short rank",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Default(\"40000\") short rank) {}")),
        bad("a default enum constant that does not exist",
            Message.DEFAULT_LITERAL_INVALID.format("ARCHIVED", "Note", "status", "test.Status", "name one of its constants: DRAFT, PUBLISHED"),
            "Status status",
            source("Note", "enum Status { DRAFT, PUBLISHED }\n@Model\nrecord Note(\n    @Id int id,\n    @Default(\"ARCHIVED\") Status status) {}")),
        bad("autoincrement on a String",
            Message.DEFAULT_FUNCTION_TYPE.format("AUTOINCREMENT", "Note", "id", "a short, int or long", "java.lang.String",
                " For generated text ids use function = UUID, CUID, ULID or NANOID."),
            "String id",
            source("Note", "@Model\nrecord Note(\n    @Id @Default(function = DefaultFunction.AUTOINCREMENT) String id) {}")),
        bad("a default with two forms",
            Message.DEFAULT_FORMS.format("Note", "createdAt", "value and function"),
            "Instant createdAt",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n"
                + "    @Default(value = \"2024-01-01T00:00:00Z\", function = DefaultFunction.NOW) Instant createdAt) {}")),
        bad("a literal default on a list",
            Message.DEFAULT_ON_LIST.format("Note", "tags"),
            "List<String> tags",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Default(\"a\") List<String> tags) {}")),
        bad("@UpdatedAt on a non-temporal field",
            Message.UPDATED_AT_TYPE.format("Note", "changed", "java.lang.String"),
            "String changed",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @UpdatedAt String changed) {}")),
        bad("a class annotated @Model",
            Message.MODEL_NOT_RECORD.format("Model", "Note", "a class", "Note"),
            "@Model",
            source("Note", "@Model\nclass Note {}")),
        bad("an interface annotated @Model",
            Message.MODEL_NOT_RECORD.format("Model", "Note", "an interface", "Note"),
            "@Model",
            source("Note", "@Model\ninterface Note {}")),
        bad("a private model",
            Message.MODEL_PRIVATE.format("Note"),
            "private record Note",
            source("Outer", "class Outer {\n  @Model\n  private record Note(@Id int id) {}\n}")),
        bad("a generic model",
            Message.MODEL_GENERIC.format("Note", "T"),
            "record Note<T>",
            source("Note", "@Model\nrecord Note<T>(@Id int id, String text) {}")),
        bad("a primitive marked @Nullable",
            Message.NULLABLE_PRIMITIVE.format("Note", "age", "int", "Integer"),
            "int age",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Nullable int age) {}")),
        bad("a list of related rows marked @Nullable",
            Message.NULLABLE_LIST.format("User", "posts"),
            "List<Post> posts",
            source("User", "@Model\nrecord User(\n    @Id Integer id,\n    @Nullable List<Post> posts) {}"),
            source("Post", "@Model\nrecord Post(@Id Integer id, @Relation(fields = \"authorId\", references = \"id\") User author, "
                + "int authorId) {}")),
        bad("an optional id",
            Message.ID_NULLABLE.format("id", "Note"),
            "Integer id",
            source("Note", "@Model\nrecord Note(\n    @Id @Nullable Integer id) {}")),
        bad("a composite id naming a missing component",
            Message.KEY_UNKNOWN_FIELD.format("Id", "PostTag", "tag", "PostTag", " Did you mean \"tagId\"?"),
            // The error points at the value at fault, on its own line here.
            "    \"tag\"})",
            source("PostTag", "@Model\n@Id(fields = {\n    \"postId\",\n    \"tag\"})\nrecord PostTag(int postId, int tagId) {}")),
        bad("an index entry with a bad sort order",
            Message.INDEX_ENTRY_INVALID.format("createdAt descending", "Note"),
            "    \"createdAt descending\"",
            source("Note", "@Model\n@Index({\n    \"id\",\n    \"createdAt descending\"})\nrecord Note(@Id int id, Instant createdAt) {}")),
        bad("an index of both an expression and fields",
            Message.INDEX_EXPRESSION_AND_FIELDS.format("Note"),
            "    expression = \"lower(title)\")",
            source("Note", "@Model\n@Index(value = \"title\",\n    expression = \"lower(title)\")\nrecord Note(@Id int id, String title) {}")),
        bad("a unique index of a method that cannot be unique",
            Message.INDEX_METHOD_UNIQUE.format("Note", "gin"),
            "    using = IndexMethod.GIN)",
            source("Note", "@Model\n@Index(value = \"tags\", unique = true,\n    using = IndexMethod.GIN)\nrecord Note(@Id int id, List<String> tags) {}")),
        bad("a sort order on an index that keeps none",
            Message.INDEX_ORDER_METHOD.format("tags desc", "Note", "gin"),
            "    \"tags desc\"",
            source("Note", "@Model\n@Index(using = IndexMethod.GIN, value = {\n    \"tags desc\"})\nrecord Note(@Id int id, List<String> tags) {}")),
        bad("a check with no condition",
            Message.CHECK_EMPTY.format("Product.price"),
            "    @Check(\" \") java.math.BigDecimal price) {}",
            source("Product", "@Model\nrecord Product(\n    @Id int id,\n    @Check(\" \") java.math.BigDecimal price) {}")),
        bad("a check on a view",
            Message.CHECK_ON_VIEW.format("Totals"),
            "@Check(\"total > 0\")",
            source("Totals", "@View\n@Check(\"total > 0\")\nrecord Totals(int total) {}")),
        bad("a check on a relation",
            Message.CHECK_ON_RELATION.format("Post.author"),
            // javac places errors on a record component at its line, so the annotation shares it.
            1, "@Check(\"author_id > 0\") @Relation",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Check(\"author_id > 0\") @Relation(fields = \"authorId\", references = \"id\") User author,\n    int authorId) {}")),
        bad("two unnamed checks on one record",
            Message.DUPLICATE_CONSTRAINT_NAME.format("notes_check", "check (id < 100) of Note", "check (id > 0) of Note"),
            "record Note",
            source("Note", "@Model\n@Check(\"id > 0\")\n@Check(\"id < 100\")\nrecord Note(@Id int id) {}")),
        bad("two constraints with one name",
            Message.DUPLICATE_CONSTRAINT_NAME.format("notes_code_key", "index [slug] of Note", "unique [code] of Note"),
            "record Note",
            source("Note", "@Model\n@Index(value = \"slug\", name = \"notes_code_key\")\nrecord Note(@Id int id, @Unique String code, String slug) {}")),
        bad("a native type that cannot hold the field",
            Message.DB_TYPE_INVALID.format("varchar(20)", "Note", "rank", "it cannot hold a int value"),
            "int rank",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @DbType(\"varchar(20)\") int rank) {}")),
        bad("@Json on an int",
            Message.JSON_NOT_STRING.format("Note", "data", "int"),
            "int data",
            source("Note", "@Model\nrecord Note(\n    @Id int id,\n    @Json int data) {}")),
        bad("@Unique on a relation field",
            Message.SCALAR_ANNOTATION_ON_RELATION.format("Unique", "Post", "author"),
            1, "User author",
            source("User", USER),
            source("Post", "@Model\nrecord Post(\n    @Id Integer id,\n"
                + "    @Unique @Relation(fields = \"authorId\", references = \"id\") User author,\n    int authorId) {}")),
        bad("a table name longer than PostgreSQL allows",
            Message.NAME_INVALID.format("Note", "n".repeat(64), "PostgreSQL names are at most 63 bytes"),
            "record Note",
            source("Note", "@Model\n@Map(\"" + "n".repeat(64) + "\")\nrecord Note(@Id int id) {}")),
        bad("two enum constants stored under one label",
            Message.ENUM_DUPLICATE_LABEL.format("DRAFT", "NEW", "Status", "draft"),
            "@Map(\"draft\") NEW",
            source("Note", "enum Status {\n  @Map(\"draft\") DRAFT,\n  @Map(\"draft\") NEW }\n@Model\nrecord Note(\n    @Id int id,\n    Status status) {}")),
        bad("a view with a relation",
            Message.VIEW_WITH_RELATION.format("UserStats", "user"),
            1, "User user",
            source("User", "@Model\nrecord User(@Id Integer id) {}"),
            source("UserStats", "@View\nrecord UserStats(\n    int userId,\n"
                + "    @Relation(fields = \"userId\", references = \"id\") User user) {}")));
  }

  /**
   * Messages a bad model cannot produce: a crash of Quarry itself, models split across
   * compilations, and a model another processor generates late (DeferredTypeTest).
   */
  private static final java.util.Set<Message> NOT_FROM_A_MODEL = java.util.EnumSet.of(Message.PROCESSOR_ERROR,
      Message.MODEL_NOT_IN_COMPILATION, Message.LATE_MODEL);

  @org.junit.jupiter.api.Test
  void everyMessageHasABadModelCase() {
    java.util.Set<String> covered = new java.util.TreeSet<>();
    cases().forEach(arguments -> {
      String message = ((Case) arguments.get()[1]).message();
      covered.add(message.substring(message.indexOf('-') + 1, message.indexOf(']')));
    });
    List<String> missing = java.util.Arrays.stream(Message.values()).filter(m -> !NOT_FROM_A_MODEL.contains(m))
        .map(Message::name).filter(name -> !covered.contains(name)).toList();
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing, "messages without a bad-model case");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheErrorOnTheOffendingElement(String title, Case c) {
    Compilation compilation = Sources.compile(c.files());

    JavaFileObject file = c.files().get(c.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(c.message()).inFile(file).onLine(lineOf(file, c.snippet()));
  }
}
