/**
 * The government functional classification (政府收支分类科目) as reference data: the codes a
 * submission's functional lines may use, with their names; the admin adds codes.
 */
package cn.budgetperf.budget.classification;
