/**
 * Scoring use cases: recompute a department-year's score when its submission changes (idempotent,
 * ignoring out-of-date versions), and read scores with the caller's scope.
 */
package cn.budgetperf.scoring.score.application;
