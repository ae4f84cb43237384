/**
 * The finance bureau's dashboard for its region and a year: every department's state with counts,
 * scores, grades, ranks and execution rates from scoring, the drill-down into a submission, accept
 * or return with a comment, and publish, correct or withdraw. The region comes from the token.
 */
package cn.budgetperf.portal.bureau;
