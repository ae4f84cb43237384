/**
 * The contracts shared by every service: the event envelope, one package of payload records per
 * producer and major version, and value types whose invariants hold wherever they travel. Nothing
 * here depends on a framework, and nothing here is a utility.
 */
package cn.budgetperf.contracts;
