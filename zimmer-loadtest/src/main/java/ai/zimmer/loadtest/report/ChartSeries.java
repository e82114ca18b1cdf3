package ai.zimmer.loadtest.report;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one over-time series out of the Highcharts data Gatling embeds in
 * {@code index.html}: the points of series {@code name} in the chart rendered into
 * {@code container}.
 */
public final class ChartSeries {

	private static final Pattern POINT = Pattern.compile("\\[\\s*(\\d+)\\s*,\\s*(-?[\\d.]+)\\s*]");

	private ChartSeries() {
	}

	/**
	 * Returns the points keyed by epoch milliseconds, empty when the report has no such
	 * chart or series.
	 */
	public static NavigableMap<Long, Double> read(String html, String container, String name) {
		NavigableMap<Long, Double> points = new TreeMap<>();
		int chart = html.indexOf("renderTo: '" + container + "'");
		if (chart < 0) {
			chart = html.indexOf("renderTo:'" + container + "'");
		}
		if (chart < 0) {
			return points;
		}
		int chartEnd = html.indexOf("new Highcharts", chart);
		String chartHtml = html.substring(chart, (chartEnd < 0) ? html.length() : chartEnd);
		int series = chartHtml.indexOf("name: '" + name + "'");
		int data = (series < 0) ? -1 : chartHtml.indexOf("data:", series);
		if (data < 0) {
			return points;
		}
		Matcher point = POINT.matcher(balancedBrackets(chartHtml, chartHtml.indexOf('[', data)));
		while (point.find()) {
			points.put(Long.parseLong(point.group(1)), Double.parseDouble(point.group(2)));
		}
		return points;
	}

	private static String balancedBrackets(String text, int open) {
		int depth = 0;
		for (int index = open; index < text.length(); index++) {
			char character = text.charAt(index);
			if (character == '[') {
				depth++;
			}
			else if (character == ']' && --depth == 0) {
				return text.substring(open, index + 1);
			}
		}
		throw new ReportFormatException("A chart series in the report is not closed; is index.html complete?");
	}

}
