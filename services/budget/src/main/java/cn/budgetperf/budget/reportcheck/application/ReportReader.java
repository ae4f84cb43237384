package cn.budgetperf.budget.reportcheck.application;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an upload into report text, or says in Chinese why they are no report. */
final class ReportReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ReportReader() {
    }

    static String read(byte[] bytes, ReportFormat format) {
        if (bytes.length == 0) {
            throw bad("报告内容为空，请提交报告正文或上传报告文件。");
        }
        String text = format == ReportFormat.DOCX ? docx(bytes) : text(bytes);
        if (text.isBlank()) {
            throw bad("报告中没有文字内容，请检查是否提交了正确的文件。");
        }
        return text;
    }

    private static String text(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            throw bad("提交的内容是压缩文件或.docx文件，不是纯文本：请以.docx文件上传（multipart/form-data，字段名file）。");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad("报告不是有效的UTF-8文本（可能是GBK等其他编码），请另存为UTF-8编码后重新提交。");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (text.indexOf('\0') >= 0 || control * 100 > text.length()) {
            throw bad("提交的内容含有二进制数据，不是文本报告，请检查后重新提交。");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String docx(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableReport(UnreadableReport.Reason.UNSUPPORTED_FORMAT,
                    "这是旧版Word（.doc）文件，不是.docx：请在Word中另存为.docx后再上传。");
        }
        if (!startsWith(bytes, ZIP)) {
            throw bad("上传的文件不是有效的.docx文件（.docx是Word 2007及以上版本的格式），请检查文件后重新上传。");
        }
        try {
            return DocxText.of(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableReport(UnreadableReport.Reason.BAD_CONTENT,
                    "无法读取该.docx文件：文件可能已损坏，或不是Word文档。请在Word中打开并重新保存后再上传。", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableReport bad(String message) {
        return new UnreadableReport(UnreadableReport.Reason.BAD_CONTENT, message);
    }
}
