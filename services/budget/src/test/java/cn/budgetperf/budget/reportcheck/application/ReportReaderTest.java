package cn.budgetperf.budget.reportcheck.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class ReportReaderTest {

    @Test
    void whenADocxHasParagraphsAndATable_thenTheTableIsLaidOutLikeTheSeeds() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("一、基本情况");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("分值");
            table.getRow(1).getCell(0).setText("预算编制");
            table.getRow(1).getCell(1).setText("10");
            document.createParagraph().createRun().setText("二、结论");
            document.write(out);
            docx = out.toByteArray();
        }

        assertThat(ReportReader.read(docx, ReportFormat.DOCX)).isEqualTo("一、基本情况\n\t指标\n\t分值\n\n\t预算编制\n\t10\n\n二、结论\n");
    }

    @Test
    void whenTextStartsWithAByteOrderMark_thenItIsDropped() {
        assertThat(ReportReader.read("\uFEFF支出100万元".getBytes(StandardCharsets.UTF_8), ReportFormat.TEXT)).isEqualTo("支出100万元");
    }

    @Test
    void whenAZipIsSentAsText_thenTheMessageSaysToUploadItAsDocx() {
        assertThatThrownBy(() -> ReportReader.read(new byte[] {'P', 'K', 3, 4, 1}, ReportFormat.TEXT))
                .isInstanceOf(UnreadableReport.class).hasMessageContaining("以.docx文件上传");
    }

    @Test
    void whenAnOldWordFileIsSentAsDocx_thenItIsAnUnsupportedFormat() {
        assertThatThrownBy(() -> ReportReader.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, ReportFormat.DOCX))
                .isInstanceOfSatisfying(UnreadableReport.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableReport.Reason.UNSUPPORTED_FORMAT));
    }

    @Test
    void whenTheTextIsOnlyWhitespace_thenItIsRefusedAsEmpty() {
        assertThatThrownBy(() -> ReportReader.read(" \n\t ".getBytes(StandardCharsets.UTF_8), ReportFormat.TEXT))
                .isInstanceOf(UnreadableReport.class).hasMessageContaining("没有文字内容");
    }

    @Test
    void whenTheFileNameSaysPdf_thenTheFormatIsRefused() {
        assertThatThrownBy(() -> ReportFormat.of("报告.pdf", "application/pdf"))
                .isInstanceOf(UnreadableReport.class).hasMessageContaining(".docx");
    }
}
