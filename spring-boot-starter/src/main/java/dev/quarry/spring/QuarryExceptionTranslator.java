package dev.quarry.spring;

import dev.quarry.runtime.error.CheckConstraintException;
import dev.quarry.runtime.error.ConnectionFailedException;
import dev.quarry.runtime.error.ConnectionLostException;
import dev.quarry.runtime.error.ConnectionTimeoutException;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.NotNullException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.SerializationFailureException;
import dev.quarry.runtime.error.UniqueConstraintException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Quarry's exceptions as Spring's {@link DataAccessException}s, Quarry's (with its model and
 * fields) kept as the cause. Spring applies it to {@code @Repository} beans.
 */
public final class QuarryExceptionTranslator implements PersistenceExceptionTranslator {

  @Override
  public DataAccessException translateExceptionIfPossible(RuntimeException e) {
    String message = e.getMessage();
    if (e instanceof UniqueConstraintException) {
      return new DuplicateKeyException(message, e);
    }
    if (e instanceof ForeignKeyException || e instanceof NotNullException || e instanceof CheckConstraintException
        || e instanceof InvalidValueException) {
      return new DataIntegrityViolationException(message, e);
    }
    if (e instanceof RecordNotFoundException) {
      return new EmptyResultDataAccessException(message, 1, e);
    }
    if (e instanceof SerializationFailureException failure) {
      return "40P01".equals(failure.sqlState()) ? new CannotAcquireLockException(message, e)
          : new PessimisticLockingFailureException(message, e);
    }
    if (e instanceof ConnectionTimeoutException || e instanceof ConnectionFailedException) {
      return new CannotGetJdbcConnectionException(message, e.getCause() instanceof java.sql.SQLException sql ? sql : null);
    }
    if (e instanceof ConnectionLostException) {
      return new DataAccessResourceFailureException(message, e);
    }
    if (e instanceof dev.quarry.runtime.error.QueryTimeoutException) {
      return new QueryTimeoutException(message, e);
    }
    if (e instanceof InvalidQueryException) {
      return new InvalidDataAccessApiUsageException(message, e);
    }
    return null;
  }
}
