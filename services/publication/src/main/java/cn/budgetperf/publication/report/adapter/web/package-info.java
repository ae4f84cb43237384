/** The public pages under {@code /public}: no login, server-rendered Chinese HTML, cached with ETags. */
package cn.budgetperf.publication.report.adapter.web;
