package dev.mentorlens.web;

import dev.mentorlens.schedule.AlreadyRunningException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refusal of the API as {@code {"status": 409, "message": "one sentence"}}. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    /** The body of a refusal. */
    record ApiError(int status, String message) {
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler(AlreadyRunningException.class)
    ResponseEntity<ApiError> alreadyRunning(AlreadyRunningException e) {
        return body(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message));
    }
}
