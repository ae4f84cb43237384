/**
 * Goals use cases: a department saves its goals for a year (checked, versioned, audited, announced on
 * {@code indicator.goals.v1} through the outbox in the same transaction), and the department or its
 * region's bureau reads them.
 */
package cn.budgetperf.indicator.goal.application;
