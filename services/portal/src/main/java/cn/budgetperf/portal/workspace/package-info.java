/**
 * The department workspace: its department-years and their states, the core figures posted to
 * the budget service with the findings shown beside the fields, explanations for warnings,
 * submission and the bureau's return comment. The department comes from the token, never from
 * the browser.
 */
package cn.budgetperf.portal.workspace;
