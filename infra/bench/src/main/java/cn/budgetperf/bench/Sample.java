package cn.budgetperf.bench;

/**
 * What happened to one submission. Times are {@link System#nanoTime()} values; a duration that was
 * not measured is -1.
 *
 * @param draftNanos     the draft POST, request to response
 * @param submitNanos    the submit POST, request to response
 * @param firstGetNanos  from the submit request to the sending of the first page GET (shows the wait for a
 *                       slot under {@code --page-rate})
 * @param pageNanos      from the submit request to the response of the first page GET showing the score
 * @param lowerNanos     from the submit request to the sending of the last page GET that did not show
 *                       it (0 when the first GET showed it): the page became visible in between
 * @param submitStart    when the submit request was sent
 * @param submitEpochMillis the same as wall-clock time, to compare with the services' own timestamps
 * @param pageSeen       when the page with the score was received
 * @param pageGets       page GETs sent
 * @param throttled      of which answered 429
 * @param pollErrors     of which failed otherwise (5xx other than 404, I/O errors)
 * @param outcome        OK or what went wrong
 * @param detail         for a failure, the HTTP status or message
 */
record Sample(int index, String departmentCode, int year, long draftNanos, long submitNanos, long firstGetNanos,
              long pageNanos, long lowerNanos, long submitStart, long submitEpochMillis, long pageSeen, int pageGets, int throttled, int pollErrors,
              Outcome outcome, String detail) {

    enum Outcome {
        OK("ok"),
        DRAFT_FAILED("draft POST failed"),
        SUBMIT_FAILED("submit POST failed"),
        TIMEOUT("page without score at timeout"),
        WRONG_SCORE("page shows another rate"),
        ERROR("client error");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }
}
