package dev.quarry.samples.todos;

import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.UniqueConstraintException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Quarry's typed errors as RFC 9457 problem details. */
@RestControllerAdvice
public class Problems {

  @ExceptionHandler({ForeignKeyException.class, UniqueConstraintException.class})
  ProblemDetail conflict(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(InvalidValueException.class)
  ProblemDetail invalid(InvalidValueException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
