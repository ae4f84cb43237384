/**
 * The department workspace: its department-years and their states; the core figures and the forms
 * for the rest of the document (one page per section) posted to the budget service with the
 * findings shown beside the fields; explanations for warnings; the Excel workbook (template, upload
 * with a progress bar and every bad cell listed, export); the narrative report with the report
 * checker's findings; the version history with a diff between versions; a preview of the public
 * page; submission and the bureau's return comment. The department comes from the token, never from
 * the browser; a successful action redirects to the page to show with a notice code.
 */
package cn.budgetperf.portal.workspace;
