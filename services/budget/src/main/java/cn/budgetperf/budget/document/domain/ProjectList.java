package cn.budgetperf.budget.document.domain;

import java.util.List;

/**
 * The projects.
 *
 * @param items    the projects
 * @param complete {@code false} when only some projects are listed; otherwise their amounts must add up
 *                 to 项目支出
 */
public record ProjectList(List<Project> items, Boolean complete) {

    public ProjectList {
        items = Checks.list(items, "项目");
    }

    public boolean exhaustive() {
        return complete == null || complete;
    }
}
