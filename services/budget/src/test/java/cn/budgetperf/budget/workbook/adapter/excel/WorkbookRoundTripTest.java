package cn.budgetperf.budget.workbook.adapter.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkbookRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WorkbookWriter writer = new WorkbookWriter(JSON);
    private final WorkbookReader reader = new WorkbookReader(JSON);

    static Stream<String> seeds() {
        return Stream.of("000-xushui-zgh-2024.json", "001-yanbian-zgh-2024.json", "002-caohe-town-2023.json",
                "003-junshan-zgh-2024.json", "004-xushui-rsj-2023.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void whenASeedIsExportedAndUploadedAgain_thenTheDocumentIsUnchanged(String file) throws Exception {
        SubmissionDocument document = seed(file);

        SubmissionDocument back = reader.read(writer.export(document));

        assertThat(back).isEqualTo(document);
    }

    @Test
    void whenTheTemplateIsReadBlank_thenOnlyTheHeaderIsMissing() {
        byte[] template = writer.template("130609002", "保定市徐水区人力资源和社会保障局", 2023);

        SubmissionDocument read = reader.read(template);

        assertThat(read.departmentCode()).isEqualTo("130609002");
        assertThat(read.income()).isNull();
        assertThat(read.functionalLines()).isEmpty();
    }

    @Test
    void whenCellsHoldTextFormulasNegativeAmountsOrTooManyDecimals_thenEveryBadCellIsReportedBySheetRowAndColumn() throws Exception {
        byte[] bad = edit(writer.export(seed("001-yanbian-zgh-2024.json")), book -> {
            XSSFSheet income = book.getSheet("收入决算表");
            income.getRow(1).getCell(3).setCellValue("两百三十二");
            income.getRow(11).getCell(3).setCellFormula("SUM(D2:D11)");
            XSSFSheet lines = book.getSheet("支出功能分类");
            lines.getRow(2).getCell(4).setCellValue("-89.45");
            lines.getRow(3).getCell(4).setCellValue("38.7412345");
            book.getSheet("项目支出").getRow(1).getCell(2).setCellValue("长期项目");
        });

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOfSatisfying(WorkbookRejected.class, e -> {
            assertThat(e.getMessage()).contains("5个单元格有误");
            assertThat(e.errors()).extracting(c -> c.sheet() + "!" + c.cell()).containsExactly(
                    "收入决算表!D2", "收入决算表!D12", "支出功能分类!E3", "支出功能分类!E4", "项目支出!C2");
            assertThat(e.errors().get(0).message()).contains("不能填文字“两百三十二”");
            assertThat(e.errors().get(1).message()).contains("公式");
            assertThat(e.errors().get(2).message()).contains("负数");
            assertThat(e.errors().get(3).message()).contains("6位小数");
            assertThat(e.errors().get(4).row()).isEqualTo(2);
            assertThat(e.errors().get(4).column()).isEqualTo("C");
        });
    }

    @Test
    void whenTheFileIsNotAWorkbook_thenItIsRejectedWithoutCells() {
        assertThatThrownBy(() -> reader.read("PK\u0003\u0004 this is not a zip".getBytes()))
                .isInstanceOfSatisfying(WorkbookRejected.class, e -> {
                    assertThat(e.getMessage()).contains("不是有效的 .xlsx");
                    assertThat(e.errors()).isEmpty();
                });
    }

    private static SubmissionDocument seed(String file) throws Exception {
        return JSON.treeToValue(JSON.readTree(Files.readString(Path.of("src/test/resources/seeds", file))).get("document"),
                SubmissionDocument.class);
    }

    private static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
