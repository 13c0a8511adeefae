package dev.mentorlens.batch;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;

/** The pre-flight found a problem in the input files: the run fails before it is recorded. */
public final class InvalidInputFilesException extends InvalidJobParametersException {

    InvalidInputFilesException(String message) {
        super(message);
    }
}
