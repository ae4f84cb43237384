/** The indicator service: performance goals (goal) and evaluation frameworks (framework), each by aggregate. */
package cn.budgetperf.indicator;
