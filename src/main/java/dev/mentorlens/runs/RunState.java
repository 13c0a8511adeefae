package dev.mentorlens.runs;

/**
 * The state of a run. {@link #DIED}: recorded as running, but the process that ran it is gone (its
 * lease expired, or its process is not alive on this host); {@code restart} resumes it.
 */
public enum RunState {
    STARTING, STARTED, STOPPING, STOPPED, COMPLETED, FAILED, ABANDONED, DIED, UNKNOWN
}
