/**
 * The rule registry of DESIGN §6.1: every structured rule with its id, category, severity, Chinese
 * message template and the fields it reads, and the engine that runs them over a submission document.
 * An ERROR blocks submission until fixed; a WARNING until the department explains it; an INFO never
 * blocks. Sums are checked with a tolerance of 0.005 万元 per (non-zero) addend, so that figures
 * rounded to the fen each are not flagged. Plain Java: no framework.
 */
package cn.budgetperf.budget.validation.domain;
