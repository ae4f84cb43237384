/**
 * Value types with their invariants: money in 万元 kept to the fen, department and region codes,
 * fiscal years. Each serialises to a single JSON scalar.
 */
package cn.budgetperf.contracts.values;
