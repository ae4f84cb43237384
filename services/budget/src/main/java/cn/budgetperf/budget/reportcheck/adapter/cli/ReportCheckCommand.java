package cn.budgetperf.budget.reportcheck.adapter.cli;

import cn.budgetperf.budget.reportcheck.application.CheckedReport;
import cn.budgetperf.budget.reportcheck.application.ReportCheckService;
import cn.budgetperf.budget.reportcheck.application.ReportFormat;
import cn.budgetperf.budget.reportcheck.application.UnreadableReport;
import cn.budgetperf.budget.reportcheck.domain.Severity;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -cp 'budget.jar:lib/*' cn.budgetperf.budget.reportcheck.adapter.cli.ReportCheckCommand [--json] 文件夹或文件…}
 *
 * <p>Exit status: 0 when no report has an ERROR finding, 1 when one has, 2 when the arguments are wrong
 * or a file cannot be read.
 */
public final class ReportCheckCommand {

    private ReportCheckCommand() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        boolean json = List.of(args).contains("--json");
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    listed.filter(ReportCheckCommand::isReport).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                out.println("找不到文件或文件夹：" + arg);
                return 2;
            }
        }
        if (files.isEmpty()) {
            out.println("用法：ReportCheckCommand [--json] <报告文件夹或文件…>（检查其中的.txt和.docx报告）");
            return 2;
        }
        ReportCheckService service = new ReportCheckService();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(check(service, file));
        }
        out.print(json ? JsonSummary.of(results) : TextSummary.of(results));
        boolean unreadable = results.stream().anyMatch(r -> r.error() != null);
        boolean errors = results.stream().anyMatch(r -> r.report() != null
                && r.report().outcome().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
        return unreadable ? 2 : errors ? 1 : 0;
    }

    private static FileResult check(ReportCheckService service, Path file) throws IOException {
        try {
            byte[] content = Files.readAllBytes(file);
            return new FileResult(file.getFileName().toString(), service.check(content, ReportFormat.of(file.toString(), null)), null);
        } catch (UnreadableReport e) {
            return new FileResult(file.getFileName().toString(), null, e.getMessage());
        }
    }

    private static boolean isReport(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && !name.startsWith("~$") && (name.endsWith(".txt") || name.endsWith(".docx"));
    }

    /** One file's outcome: the checked report, or why it could not be read. */
    record FileResult(String file, CheckedReport report, String error) {
    }
}
