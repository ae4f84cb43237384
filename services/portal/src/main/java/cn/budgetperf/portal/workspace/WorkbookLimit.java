package cn.budgetperf.portal.workspace;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The largest workbook or report the budget service takes ({@code budgetperf.portal.workbook-max-size}, its
 * 1 MB body limit), offered to every workspace page so that the upload form can say it and its
 * script can refuse a larger file before sending it.
 */
@ControllerAdvice(assignableTypes = {WorkspaceController.class, WorkbookPages.class, ReportPages.class})
class WorkbookLimit {

    private final long maxBytes;

    WorkbookLimit(@Value("${budgetperf.portal.workbook-max-size:1MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    @ModelAttribute("workbookMaxBytes")
    long workbookMaxBytes() {
        return maxBytes;
    }

    @ModelAttribute("workbookMaxShown")
    String workbookMaxShown() {
        return Sizes.shown(maxBytes);
    }
}
