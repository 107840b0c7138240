package id.tata.documents.render.docx;

import id.tata.documents.model.Run;
import id.tata.documents.model.RunStyle;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Text runs: character styles as direct formatting, "\n" as line breaks and "\t" as tabs, never spaces. */
final class DocxRuns {
    private DocxRuns() {
    }

    static XWPFRun append(XWPFParagraph paragraph, Run run) {
        return append(paragraph, run, false);
    }

    /**
     * With {@code boldStyle} (a heading, whose style is bold) bold runs carry no bold of their own, so the
     * secretariat can restyle all headings at once; a non-bold run in a heading is explicitly not bold.
     */
    static XWPFRun append(XWPFParagraph paragraph, Run run, boolean boldStyle) {
        XWPFRun out = append(paragraph, run.text());
        if (run.has(RunStyle.BOLD) != boldStyle) {
            out.setBold(!boldStyle);
        }
        if (run.has(RunStyle.ITALIC)) {
            out.setItalic(true);
        }
        if (run.has(RunStyle.UNDERLINE)) {
            out.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (run.has(RunStyle.SUPERSCRIPT)) {
            out.setSubscript(VerticalAlign.SUPERSCRIPT);
        }
        return out;
    }

    /** One run holding {@code text}; its line breaks and tabs become break and tab elements. */
    static XWPFRun append(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run.addBreak();
            }
            String[] pieces = lines[l].split("\t", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (p > 0) {
                    run.addTab();
                }
                if (!pieces[p].isEmpty()) {
                    run.setText(pieces[p], run.getCTR().sizeOfTArray());
                }
            }
        }
        return run;
    }
}
