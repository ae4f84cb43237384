/** The frameworks API under {@code /api/indicators/frameworks}: anyone signed in reads, an admin adds and assigns. */
package cn.budgetperf.indicator.framework.adapter.web;
