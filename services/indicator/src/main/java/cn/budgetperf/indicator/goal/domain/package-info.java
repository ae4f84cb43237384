/**
 * Performance goals in plain Java: the draft a department enters (text as typed) and the checks that
 * turn it into an accepted goals document — the payload of {@code indicator.goals.v1} — or refuse it
 * with the exact reason: every quantitative indicator has target, unit and actual; a project's weights
 * sum to 90; third-level names are unique within a project; an actual at or above the threshold
 * (130% of target unless configured) carries a deviation reason; a 定性 indicator carries one of the
 * three grade labels; self-scores fit the framework's items and maxima.
 */
package cn.budgetperf.indicator.goal.domain;
