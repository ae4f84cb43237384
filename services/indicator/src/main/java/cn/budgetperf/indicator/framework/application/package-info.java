/**
 * Framework use cases: list the frameworks (all, or those assigned to a region and year), add a new one
 * or a new version (admin), assign one to a region and year, and load the frameworks shipped with the
 * service (the seeds' three and the Ministry of Finance project table) at start-up.
 */
package cn.budgetperf.indicator.framework.application;
