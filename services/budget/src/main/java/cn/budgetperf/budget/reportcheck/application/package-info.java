/**
 * The report check as a use case: turns what a clerk sends (UTF-8 text, a .docx with its tables) into
 * report text, refusing with a Chinese message what is not a readable report, and runs the engine.
 * Stores nothing.
 */
package cn.budgetperf.budget.reportcheck.application;
