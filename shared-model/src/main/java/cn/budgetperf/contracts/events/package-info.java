/**
 * The envelope every event travels in (DESIGN §2.1). Its type is a logical, versioned name, never
 * a Java class name; its key orders all events of one department-year on one partition.
 */
package cn.budgetperf.contracts.events;
