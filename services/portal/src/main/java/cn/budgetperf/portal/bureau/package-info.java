/**
 * The finance bureau's pages for its region and a year: every department's state with counts,
 * scores, grades, ranks, execution rates and '三公' change; the distribution of scores by grade band
 * (an SVG chart drawn on the server beside its table); findings by rule and by department with the
 * drill-down to the submissions; the drill-down into a submission with accept or return, re-scoring
 * an item with a reason beside the self-score, publish, correct and withdraw; the consolidated table
 * as .xlsx. The region comes from the token; every successful action redirects with a fixed notice.
 */
package cn.budgetperf.portal.bureau;
