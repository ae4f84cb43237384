package cn.budgetperf.publication.report.adapter.render;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font embedded (as a subset) in every PDF: the file named by
 * {@code budgetperf.publication.pdf-font} if set, else the first usable one of the usual places on
 * Debian, macOS and Windows. A font must have TrueType outlines (a {@code .ttf}, or a {@code .ttc} such
 * as Debian's {@code fonts-wqy-microhei}); CFF-based OpenType fonts such as Noto CJK cannot be
 * embedded by PDFBox. Without a usable font the service still runs, and PDF downloads answer that
 * they are unavailable, naming what to install (ADR 0010).
 */
@Component
class CjkFont {

    static final List<Path> WELL_KNOWN = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/System/Library/Fonts/STHeiti Medium.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"));

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    private final Optional<Path> path;
    private final byte[] bytes;
    private final String problem;

    CjkFont(@Value("${budgetperf.publication.pdf-font:}") String configured) {
        List<Path> candidates = configured.isBlank() ? WELL_KNOWN : List.of(Path.of(configured));
        List<String> tried = new ArrayList<>();
        Path found = null;
        byte[] data = null;
        for (Path candidate : candidates) {
            try {
                if (!Files.isRegularFile(candidate)) {
                    tried.add(candidate + "（不存在）");
                    continue;
                }
                byte[] read = Files.readAllBytes(candidate);
                parse(read).close();
                found = candidate;
                data = read;
                break;
            } catch (IOException | IllegalArgumentException e) {
                tried.add(candidate + "（不可用：" + e.getMessage() + "）");
            }
        }
        this.path = Optional.ofNullable(found);
        this.bytes = data;
        this.problem = found != null ? null
                : "服务器未找到可嵌入PDF的中文字体。请安装 Debian 软件包 fonts-wqy-microhei，或以 budgetperf.publication.pdf-font 指定一个 TrueType 中文字体文件。已查找："
                + String.join("；", tried);
        if (found != null) {
            log.info("PDF font: {}", found);
        } else {
            log.warn("PDF downloads are unavailable: {}", problem);
        }
    }

    Optional<Path> path() {
        return path;
    }

    /** Why PDFs cannot be made, in Chinese, when no font was found. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The font for one document, embedded as a subset; the caller closes the returned font file after saving. */
    Loaded load(PDDocument document) throws IOException {
        if (bytes == null) {
            throw new IllegalStateException(problem);
        }
        Parsed parsed = parse(bytes);
        return new Loaded(PDType0Font.load(document, parsed.font(), true), parsed);
    }

    /** A font loaded into a document, and the font file to close after the document is saved. */
    record Loaded(PDFont font, Closeable file) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** A parsed face and what owns its data (the collection it came from, or the face itself). */
    private record Parsed(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    /** The regular face with TrueType outlines: the whole file, or the first such face of a collection. */
    private static Parsed parse(byte[] data) throws IOException {
        if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (chosen[0] == null && usable(f) && !f.getName().toLowerCase(Locale.ROOT).contains("mono")) {
                    chosen[0] = f;
                }
            });
            if (chosen[0] == null) {
                collection.close();
                throw new IllegalArgumentException("字体集中没有 TrueType 轮廓的字体");
            }
            return new Parsed(chosen[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        if (!usable(font)) {
            font.close();
            throw new IllegalArgumentException("不是 TrueType 轮廓的字体（CFF 轮廓无法嵌入）");
        }
        return new Parsed(font, font);
    }

    private static boolean usable(TrueTypeFont font) {
        return !(font instanceof OpenTypeFont otf && otf.isPostScript());
    }
}
