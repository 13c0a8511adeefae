/**
 * Operating the jobs: which process owns a running execution (so a run whose process died can be
 * recovered and resumed), launching with the completed / failed / rerun rules, and the run history.
 */
package dev.mentorlens.runs;
