/**
 * The HTTP side of {@code serve}: the REST API under {@code /api} (runs, job definitions, launches and
 * the actions on them, a run's progress), its errors as one sentence with a status, the run metrics, the
 * login (HTTP Basic, bearer tokens, the console's form), the roles and the programmes a viewer is limited
 * to, and the audit log of who did what. Every action goes through the scheduler's launches and the runs
 * service; nothing here touches a job directly. The console (server-rendered pages and forms, with a login
 * form and CSRF tokens) calls the same API methods; the downloads of a run's files stay inside its folder.
 */
package dev.mentorlens.web;
