/** The scoring service: the score of each department-year (score), its projection, history and the bureau's re-scores. */
package cn.budgetperf.scoring;
