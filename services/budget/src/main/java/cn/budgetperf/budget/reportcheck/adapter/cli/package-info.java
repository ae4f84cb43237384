/**
 * The report check for a bureau clerk with a folder of reports: checks every .txt and .docx file and
 * prints a readable summary per file, or JSON with {@code --json}. Runs without the service (no
 * database, no Spring context).
 */
package cn.budgetperf.budget.reportcheck.adapter.cli;
