package org.cityscore.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/** A radar chart of category percentages drawn with PDF vector operations: sharp at any zoom. */
final class PdfRadar {

    /** One axis: its label and its percentage (null: no score, drawn at the centre). */
    record Axis(String label, Double percent) {}

    private PdfRadar() {}

    static final Color[] SERIES = {
        new Color(37, 99, 235), new Color(11, 110, 79), new Color(194, 65, 12), new Color(124, 58, 237)
    };

    static void draw(
            PdfContentByte canvas, BaseFont font, List<Axis> axes, float centreX, float centreY, float radius) {
        drawSeries(
                canvas,
                font,
                axes.stream().map(Axis::label).toList(),
                List.of(axes.stream().map(Axis::percent).toList()),
                true,
                centreX,
                centreY,
                radius,
                new Color[] {new Color(11, 110, 79)});
        drawLabels(canvas, font, axes, centreX, centreY, radius);
    }

    /** Several outlines on the same axes, one colour each; labels without scores. */
    static void drawOverlay(
            PdfContentByte canvas,
            BaseFont font,
            List<String> labels,
            List<List<Double>> series,
            float centreX,
            float centreY,
            float radius) {
        drawSeries(canvas, font, labels, series, false, centreX, centreY, radius, SERIES);
        drawLabels(
                canvas,
                font,
                labels.stream().map(label -> new Axis(label, null)).toList(),
                centreX,
                centreY,
                radius);
    }

    private static void drawSeries(
            PdfContentByte canvas,
            BaseFont font,
            List<String> labels,
            List<List<Double>> series,
            boolean filled,
            float centreX,
            float centreY,
            float radius,
            Color[] colors) {
        int n = labels.size();
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(new Color(0xC8, 0xD2, 0xDA));
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            for (int i = 0; i <= n; i++) {
                float[] p = point(i % n, n, (float) (radius * ring), centreX, centreY);
                if (i == 0) {
                    canvas.moveTo(p[0], p[1]);
                } else {
                    canvas.lineTo(p[0], p[1]);
                }
            }
            canvas.stroke();
        }
        for (int i = 0; i < n; i++) {
            float[] p = point(i, n, radius, centreX, centreY);
            canvas.moveTo(centreX, centreY);
            canvas.lineTo(p[0], p[1]);
        }
        canvas.stroke();
        for (int s = 0; s < series.size(); s++) {
            Color color = colors[s % colors.length];
            canvas.setColorFill(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
            canvas.setColorStroke(color);
            canvas.setLineWidth(1.8f);
            for (int i = 0; i < n; i++) {
                Double percent = series.get(s).get(i);
                float[] p = point(i, n, (float) (radius * (percent == null ? 0 : percent / 100.0)), centreX, centreY);
                if (i == 0) {
                    canvas.moveTo(p[0], p[1]);
                } else {
                    canvas.lineTo(p[0], p[1]);
                }
            }
            if (filled) {
                canvas.closePathFillStroke();
            } else {
                canvas.closePathStroke();
            }
        }
        canvas.restoreState();
    }

    private static void drawLabels(
            PdfContentByte canvas, BaseFont font, List<Axis> axes, float centreX, float centreY, float radius) {
        int n = axes.size();
        canvas.saveState();
        canvas.beginText();
        canvas.setColorFill(new Color(0x1D, 0x2A, 0x33));
        canvas.setFontAndSize(font, 8.5f);
        for (int i = 0; i < n; i++) {
            Axis axis = axes.get(i);
            float[] p = point(i, n, radius + 14, centreX, centreY);
            double angle = angle(i, n);
            int align = Math.abs(Math.cos(angle)) < 0.2
                    ? PdfContentByte.ALIGN_CENTER
                    : Math.cos(angle) > 0 ? PdfContentByte.ALIGN_LEFT : PdfContentByte.ALIGN_RIGHT;
            String score = axis.percent() == null ? "" : "  " + Math.round(axis.percent()) + " %";
            canvas.showTextAligned(align, axis.label() + score, p[0], p[1] - 3, 0);
        }
        canvas.endText();
        canvas.restoreState();
    }

    private static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    private static float[] point(int i, int n, float distance, float centreX, float centreY) {
        double angle = angle(i, n);
        return new float[] {
            (float) (centreX + distance * Math.cos(angle)), (float) (centreY + distance * Math.sin(angle))
        };
    }
}
