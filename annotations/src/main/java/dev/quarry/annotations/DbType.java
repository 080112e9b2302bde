package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The native column type, when the one Quarry picks for the Java type is not the one you want.
 *
 * <p>Accepted hints, each for the Java types it can hold: {@code text}, {@code varchar(n)},
 * {@code varchar}, {@code char(n)} (String); {@code inet}, {@code cidr}, {@code macaddr},
 * {@code xml}, {@code bit(n)}, {@code varbit(n)} (String: its text, which PostgreSQL reads and
 * compares as that type); {@code smallint}, {@code integer}, {@code bigint} (integers, widening
 * only); {@code serial}, {@code bigserial}, {@code smallserial} (an auto-increment by a sequence of
 * its own); {@code real}, {@code double precision} (floating point); {@code decimal(p,s)} /
 * {@code numeric(p,s)} (BigDecimal); {@code date} (LocalDate); {@code time(p)} (LocalTime);
 * {@code timestamp(p)} (LocalDateTime, or an Instant kept as its UTC wall time);
 * {@code timestamptz(p)} (Instant, OffsetDateTime); {@code json}, {@code jsonb} (JSON);
 * {@code uuid} (UUID).
 *
 * <pre>{@code
 * @DbType("varchar(320)") String email
 * @DbType("decimal(12,2)") BigDecimal price
 * @DbType("timestamptz(3)") Instant createdAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface DbType {

  /** The native type, for example {@code varchar(255)}. */
  String value();
}
