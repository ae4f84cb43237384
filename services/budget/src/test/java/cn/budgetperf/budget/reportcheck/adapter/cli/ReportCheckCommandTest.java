package cn.budgetperf.budget.reportcheck.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCheckCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return ReportCheckCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whenAFolderHoldsAWrongAndARightReport_thenEachGetsItsSummaryAndTheStatusIsOne() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "本年支出合计100万元，其中：人员经费70万元，公用经费40万元。");
        Files.writeString(folder.resolve("b.txt"), "本年支出合计100万元，其中：人员经费60万元，公用经费40万元。");
        Files.writeString(folder.resolve("notes.md"), "不是报告");

        int status = run(folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("a.txt：发现1处问题（错误1，警告0；核对了1处数字关系）")
                .contains("[错误] 第1行 分项之和超过合计（RC-SUM-01）")
                .contains("应为：100万元；报告：110万元（70 + 40）")
                .contains("b.txt：未发现问题（核对了1处数字关系）")
                .contains("共检查2份报告，1份发现问题。")
                .doesNotContain("notes.md");
    }

    @Test
    void whenJsonIsAsked_thenEachFileIsAnObjectWithItsFindings() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "本年支出合计100万元，其中：人员经费70万元，公用经费40万元。");

        run("--json", folder.toString());

        assertThat(output()).contains("\"file\" : \"a.txt\"").contains("\"ruleId\" : \"RC-SUM-01\"").contains("\"excerpt\" :");
    }

    @Test
    void whenAFileCannotBeRead_thenItSaysWhyAndTheStatusIsTwo() throws IOException {
        Files.write(folder.resolve("broken.docx"), "not a zip".getBytes(StandardCharsets.UTF_8));

        int status = run(folder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(output()).contains("broken.docx：无法读取。上传的文件不是有效的.docx文件");
    }

    @Test
    void whenNoPathIsGiven_thenTheUsageIsPrinted() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(output()).contains("用法");
    }
}
