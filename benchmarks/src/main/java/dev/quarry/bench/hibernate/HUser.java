package dev.quarry.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The users table as a JPA entity, for the Hibernate contender. */
@Entity
@Table(name = "users")
public class HUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String email;

  public String name;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @OneToMany(mappedBy = "author")
  public List<HPost> posts = new ArrayList<>();
}
