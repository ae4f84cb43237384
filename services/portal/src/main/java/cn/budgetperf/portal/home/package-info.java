/**
 * The portal's home page: who is logged in, in which role, for which department or region, and
 * where to go next; the role's Chinese name every page header shows; and the directory of regions
 * and departments that the tokens' claims refer to.
 */
package cn.budgetperf.portal.home;
