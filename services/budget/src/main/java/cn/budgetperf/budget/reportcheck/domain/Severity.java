package cn.budgetperf.budget.reportcheck.domain;

/** DESIGN §3.1: ERROR blocks submission, WARNING needs an explanation before submission, INFO informs. */
public enum Severity { ERROR, WARNING, INFO }
