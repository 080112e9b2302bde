package everything;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Json;
import dev.quarry.annotations.Map;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.RenamedFrom;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.UpdatedAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every scalar type, default form and relation shape that a user can hold. */
@Model
@Map("app_user")
public record User(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    @Unique @DbType("varchar(320)") String email,
    @Nullable String name,
    @Nullable @RenamedFrom("nickname") String handle,
    @Default("USER") Role role,
    List<Role> extraRoles,
    List<String> tags,
    @Default(dbGenerated = "'{}'") List<Integer> luckyNumbers,
    @Json @Nullable String settings,
    @Nullable JsonNode profileData,
    boolean active,
    short level,
    @Default("1.5") float ratio,
    @Map("e_score") @Default("0") double score,
    @DbType("decimal(12,2)") @Default("0.00") BigDecimal balance,
    @Default(function = DefaultFunction.UUID) UUID externalId,
    @Nullable byte[] avatar,
    @Nullable LocalDate birthday,
    @Default("07:30") LocalTime wakeUp,
    @Nullable @DbType("timestamp(3)") LocalDateTime lastSeen,
    @Nullable OffsetDateTime lastLogin,
    @Default(function = DefaultFunction.NOW) Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @Nullable Long mentorId,
    @Relation(name = "Mentorship", fields = "mentorId", references = "id", onDelete = ReferentialAction.SET_NULL)
        @Nullable User mentor,
    @Relation(name = "Mentorship") List<User> mentees,
    @Relation(name = "Author") List<Post> posts,
    @Relation(name = "Editor") List<Post> edited,
    @Nullable Profile profile,
    List<User> following,
    List<User> followers) {}
