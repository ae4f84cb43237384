/**
 * The portal's home page: who is logged in, in which role, for which department or region, and
 * where to go next. The workspaces of issue 7 grow from here.
 */
package cn.budgetperf.portal.home;
