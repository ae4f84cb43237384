/** The goals API under {@code /api/indicators/goals}: a department writes its own; it and its region's bureau read. */
package cn.budgetperf.indicator.goal.adapter.web;
