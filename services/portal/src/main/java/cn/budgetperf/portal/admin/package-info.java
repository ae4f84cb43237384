/**
 * The admin's pages under {@code /portal/admin}: the directory of regions and departments with the
 * platform's record of which Keycloak user fills in for which department (the portal's own data;
 * nothing is written to Keycloak), the indicator service's evaluation frameworks with their
 * assignment to a region and year, and the budget service's classification codes, which the admin
 * extends. Every change goes through the owning service's API with the admin's token.
 */
package cn.budgetperf.portal.admin;
