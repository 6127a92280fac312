package dev.backoffice.reporting.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws a {@link BarChart} as inline SVG: grouped bars, a zero line, the largest and smallest values on the
 * axis, category labels and a legend. Coordinates are computed with BigDecimal and rounded to whole pixels.
 */
final class Svg {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 280;
  private static final int LEFT = 90;
  private static final int RIGHT = 10;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private Svg() {}

  static String draw(BarChart chart, RenderOptions o) {
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal min = BigDecimal.ZERO;
    for (BarChart.Series s : chart.series()) {
      for (BigDecimal v : s.values()) {
        max = max.max(v);
        min = min.min(v);
      }
    }
    BigDecimal span = max.subtract(min);
    if (span.signum() == 0) {
      span = BigDecimal.ONE;
    }
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;
    int groups = Math.max(1, chart.categories().size());
    int groupWidth = plotWidth / groups;
    int bars = Math.max(1, chart.series().size());
    int barWidth = Math.min(48, Math.max(2, (groupWidth - 8) / bars));
    int zeroY = TOP + y(BigDecimal.ZERO, max, span, plotHeight);
    String title = chart.title().in(o.language());
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(ESC.escape(title)).append("\">\n");
    sb.append("<title>").append(ESC.escape(title)).append("</title>\n");
    sb.append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"chart-title\">").append(ESC.escape(title)).append("</text>\n");
    sb.append(axisLabel(max, TOP, o)).append(axisLabel(min, TOP + plotHeight, o));
    if (max.signum() != 0 && min.signum() != 0) {
      sb.append(axisLabel(BigDecimal.ZERO, zeroY, o));
    }
    for (int g = 0; g < chart.categories().size(); g++) {
      int gx = LEFT + g * groupWidth + (groupWidth - barWidth * bars) / 2;
      for (int s = 0; s < chart.series().size(); s++) {
        BarChart.Series series = chart.series().get(s);
        BigDecimal v = series.values().get(g);
        int vy = TOP + y(v, max, span, plotHeight);
        int top = Math.min(vy, zeroY);
        int h = Math.max(Math.abs(zeroY - vy), v.signum() == 0 ? 0 : 1);
        sb.append("<rect x=\"").append(gx + s * barWidth).append("\" y=\"").append(top).append("\" width=\"")
            .append(barWidth - 1).append("\" height=\"").append(h).append("\" fill=\"").append(series.colour())
            .append("\"><title>").append(ESC.escape(chart.categories().get(g) + " — " + series.name().in(o.language())
                + ": " + Cells.number(v, o.locale(), false))).append("</title></rect>\n");
      }
      sb.append("<text x=\"").append(LEFT + g * groupWidth + groupWidth / 2).append("\" y=\"").append(TOP + plotHeight + 14)
          .append("\" text-anchor=\"middle\" class=\"category\">").append(ESC.escape(chart.categories().get(g))).append("</text>\n");
    }
    sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(zeroY).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y2=\"").append(zeroY).append("\" stroke=\"#333\" stroke-width=\"1\"/>\n");
    int lx = LEFT;
    for (BarChart.Series s : chart.series()) {
      String name = s.name().in(o.language());
      sb.append("<rect x=\"").append(lx).append("\" y=\"").append(HEIGHT - 18).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(s.colour()).append("\"/>");
      sb.append("<text x=\"").append(lx + 14).append("\" y=\"").append(HEIGHT - 9).append("\" class=\"legend\">")
          .append(ESC.escape(name)).append("</text>\n");
      lx += 30 + 7 * name.length();
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** Pixels below the top of the plot for a value. */
  private static int y(BigDecimal value, BigDecimal max, BigDecimal span, int plotHeight) {
    return max.subtract(value).multiply(BigDecimal.valueOf(plotHeight)).divide(span, 0, RoundingMode.HALF_UP).intValue();
  }

  private static String axisLabel(BigDecimal v, int y, RenderOptions o) {
    return "<text x=\"" + (LEFT - 6) + "\" y=\"" + (y + 4) + "\" text-anchor=\"end\" class=\"axis\">"
        + ESC.escape(Cells.number(v.setScale(0, RoundingMode.HALF_UP), o.locale(), false)) + "</text>\n";
  }

  /** The largest number of categories a chart is drawn for. */
  static boolean drawable(List<String> categories) {
    return !categories.isEmpty() && categories.size() <= 60;
  }
}
