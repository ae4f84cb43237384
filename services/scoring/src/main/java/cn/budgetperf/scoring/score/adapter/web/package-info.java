/** The scores API of DESIGN §3.1 under {@code /api/scores}, scoped by the caller's role. */
package cn.budgetperf.scoring.score.adapter.web;
