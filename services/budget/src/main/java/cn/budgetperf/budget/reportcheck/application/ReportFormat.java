package cn.budgetperf.budget.reportcheck.application;

import java.util.Locale;

/** The two forms a report arrives in. */
public enum ReportFormat {
    TEXT, DOCX;

    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The format a file name (or, without one, a media type) says; refuses .doc, .pdf and the like. */
    public static ReportFormat of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        if (name.endsWith(".doc") || name.endsWith(".wps")) {
            throw new UnreadableReport(UnreadableReport.Reason.UNSUPPORTED_FORMAT,
                    "不支持旧版Word（.doc/.wps）文件，请在Word中另存为.docx后再上传。");
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith(DOCX_MEDIA_TYPE)) {
            return DOCX;
        }
        if (name.isEmpty() || type.startsWith("text/plain")) {
            return TEXT;
        }
        throw new UnreadableReport(UnreadableReport.Reason.UNSUPPORTED_FORMAT,
                "不支持的文件类型“" + fileName + "”：请上传.docx或UTF-8编码的.txt文件。");
    }
}
