/**
 * The gateway's cache of public pages: a response of the publication service that says it may be
 * kept by anyone ({@code Cache-Control: public, max-age=N}) is kept in this process's memory for
 * at most that long and answered from here (with {@code Age}, and 304 to a matching conditional
 * request) without a hop to the service. Every record on {@code publication.events.v1} (a report
 * published, corrected or withdrawn) empties it; a request saying {@code no-cache} goes to the
 * service and refreshes the entry. Why: ADR 0020.
 */
package cn.budgetperf.gateway.cache;
