package ai.zimmer.loadtest.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics and assertions tables of a Gatling {@code index.html}. Gatling
 * stopped writing JSON statistics in 3.10, and its {@code simulation.log} is an
 * undocumented binary format, so the HTML table, whose columns are located by their
 * headers, is the stable source.
 */
public final class StatisticsTable {

	private static final String ROOT = "ROOT";

	private static final Pattern HEADER = Pattern
		.compile("<th id=\"col-(\\d+)\"[^>]*>\\s*<span>(?:<abbr[^>]*>)?([^<]+)");

	private static final Pattern ROW = Pattern
		.compile("<tr id=\"([^\"]+)\"(?:\\s+data-parent=\"([^\"]+)\")?\\s*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private static final Pattern ASSERTION = Pattern
		.compile("<td class=\"error-col-1 (ok|ko) total\">\\s*(.*?)\\s*<span class=\"value\"", Pattern.DOTALL);

	private static final Pattern ERROR = Pattern.compile("<td class=\"error-col-1 total ko\">(.*?)<span class=\"value\""
			+ "[^>]*>\\d+</span></td>\\s*<td class=\"value error-col-2 total ko\">(\\d+)</td>\\s*"
			+ "<td class=\"value error-col-3 total ko\">([\\d.]+)\\s*%</td>", Pattern.DOTALL);

	private StatisticsTable() {
	}

	public static ReportStatistics parse(String html) {
		Map<String, Integer> columns = columns(section(html, "<table id=\"container_statistics_head\"", "</thead>"));
		String rowsHtml = section(html, "<table id=\"container_statistics_head\"", "<dialog");
		Map<String, RawRow> rows = rows(rowsHtml);
		RawRow root = rows.remove(ROOT);
		if (root == null) {
			throw new ReportFormatException("The report has no 'All Requests' row in its statistics table");
		}
		List<RequestStatistics> statistics = new ArrayList<>();
		for (RawRow row : rows.values()) {
			statistics.add(row.toStatistics(columns, path(row, rows), isParent(row.id(), rows)));
		}
		return new ReportStatistics(root.toStatistics(columns, List.of(), true), statistics, assertions(html),
				errors(html));
	}

	private static String section(String html, String startMarker, String endMarker) {
		int start = html.indexOf(startMarker);
		int end = (start < 0) ? -1 : html.indexOf(endMarker, start);
		if (end < 0) {
			throw new ReportFormatException("The report has no statistics table (" + startMarker + ")");
		}
		return html.substring(start, end);
	}

	private static Map<String, Integer> columns(String head) {
		Map<String, Integer> columns = new HashMap<>();
		Matcher header = HEADER.matcher(head);
		while (header.find()) {
			columns.put(header.group(2).trim(), Integer.parseInt(header.group(1)));
		}
		return columns;
	}

	private static Map<String, RawRow> rows(String html) {
		Map<String, RawRow> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(3));
			if (name.find()) {
				String parent = (row.group(2) != null) ? row.group(2) : "";
				rows.put(row.group(1),
						new RawRow(row.group(1), parent, Html.unescape(name.group(1).trim()), cells(row.group(3))));
			}
		}
		return rows;
	}

	private static Map<Integer, String> cells(String rowHtml) {
		Map<Integer, String> cells = new HashMap<>();
		Matcher cell = CELL.matcher(rowHtml);
		while (cell.find()) {
			cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
		}
		return cells;
	}

	private static List<String> path(RawRow row, Map<String, RawRow> rows) {
		List<String> path = new ArrayList<>();
		RawRow parent = rows.get(row.parent());
		while (parent != null) {
			path.addFirst(parent.name());
			parent = rows.get(parent.parent());
		}
		return path;
	}

	private static boolean isParent(String id, Map<String, RawRow> rows) {
		return rows.values().stream().anyMatch((row) -> row.parent().equals(id));
	}

	private static List<AssertionResult> assertions(String html) {
		List<AssertionResult> assertions = new ArrayList<>();
		Matcher assertion = ASSERTION.matcher(table(html, "container_assertions"));
		while (assertion.find()) {
			assertions
				.add(new AssertionResult(Html.unescape(assertion.group(2).trim()), assertion.group(1).equals("ok")));
		}
		return assertions;
	}

	private static List<ErrorCount> errors(String html) {
		List<ErrorCount> errors = new ArrayList<>();
		Matcher error = ERROR.matcher(table(html, "container_errors"));
		while (error.find()) {
			errors.add(new ErrorCount(Html.unescape(error.group(1).trim()), Long.parseLong(error.group(2)),
					Double.parseDouble(error.group(3))));
		}
		return errors;
	}

	/**
	 * The HTML of an optional table; Gatling leaves out the tables that would be empty.
	 */
	private static String table(String html, String id) {
		int start = html.indexOf("<table id=\"" + id + "\"");
		int end = (start < 0) ? -1 : html.indexOf("</table>", start);
		return (end < 0) ? "" : html.substring(start, end);
	}

	private record RawRow(String id, String parent, String name, Map<Integer, String> cells) {

		RequestStatistics toStatistics(Map<String, Integer> columns, List<String> path, boolean group) {
			return new RequestStatistics(this.name, path, group, count(columns, "Total"), count(columns, "OK"),
					count(columns, "KO"), value(columns, "% KO"), value(columns, "Cnt/s"), value(columns, "Min"),
					value(columns, "50th pct"), value(columns, "75th pct"), value(columns, "95th pct"),
					value(columns, "99th pct"), value(columns, "Max"), value(columns, "Mean"));
		}

		private long count(Map<String, Integer> columns, String header) {
			double value = value(columns, header);
			return Double.isNaN(value) ? 0 : Math.round(value);
		}

		private double value(Map<String, Integer> columns, String header) {
			Integer column = columns.get(header);
			if (column == null) {
				throw new ReportFormatException("The statistics table has no '" + header + "' column; the"
						+ " summary needs the percentiles 50, 75, 95 and 99 (gatling.charting.indicators)");
			}
			String text = this.cells.getOrDefault(column, "-").replace(",", "");
			try {
				return Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}

	}

}
