package cn.budgetperf.portal.workspace;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a successful action says on the page it redirects to (post/redirect/get): the redirect
 * carries only the code ({@code ?notice=saved}), the page shows the Chinese text, so nothing a user
 * types travels in the address and a reload repeats no action.
 */
enum Notice {
    CREATED("created", "已新建年度填报草稿，校验结果见下方。"),
    SAVED("saved", "已保存，校验结果见下方。"),
    EXPLAINED("explained", "说明已保存。"),
    SUBMITTED("submitted", "已报送财政部门，等待审核。"),
    UPLOADED("uploaded", "工作簿已导入草稿，校验结果见下方。"),
    REPORT("report", "报告已上传，报告检查结果见下方。"),
    GOALS("goals", "绩效目标和指标已保存到指标服务。");

    private final String code;
    private final String text;

    Notice(String code, String text) {
        this.code = code;
        this.text = text;
    }

    String code() {
        return code;
    }

    String text() {
        return text;
    }

    static Optional<Notice> of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }

    /** The address of the submission's page with this notice. */
    String on(Object submissionId) {
        return "redirect:/portal/workspace/" + submissionId + "?notice=" + code;
    }
}
