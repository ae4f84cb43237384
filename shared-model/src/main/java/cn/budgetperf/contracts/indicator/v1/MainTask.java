package cn.budgetperf.contracts.indicator.v1;

/**
 * One of a project's 主要任务.
 *
 * @param name    任务名称
 * @param content 主要内容
 */
public record MainTask(String name, String content) {
}
