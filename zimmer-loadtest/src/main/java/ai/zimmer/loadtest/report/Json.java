package ai.zimmer.loadtest.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. The summary
 * is the only JSON this module writes, and a dependency-free writer lets the report tools
 * run from {@code target/classes} alone.
 */
final class Json {

	private static final String INDENT = "  ";

	private Json() {
	}

	static String write(Object value) {
		StringBuilder json = new StringBuilder();
		append(json, value, "");
		return json.append('\n').toString();
	}

	private static void append(StringBuilder json, Object value, String indent) {
		switch (value) {
			case null -> json.append("null");
			case Map<?, ?> map -> appendObject(json, map, indent);
			case List<?> list -> appendArray(json, list, indent);
			case Boolean flag -> json.append(flag);
			case Number number -> appendNumber(json, number);
			default -> appendString(json, value.toString());
		}
	}

	private static void appendObject(StringBuilder json, Map<?, ?> map, String indent) {
		if (map.isEmpty()) {
			json.append("{}");
			return;
		}
		json.append("{\n");
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			json.append(indent).append(INDENT);
			appendString(json, entry.getKey().toString());
			json.append(": ");
			append(json, entry.getValue(), indent + INDENT);
			json.append(entries.hasNext() ? ",\n" : "\n");
		}
		json.append(indent).append('}');
	}

	private static void appendArray(StringBuilder json, List<?> list, String indent) {
		if (list.isEmpty()) {
			json.append("[]");
			return;
		}
		json.append("[\n");
		for (int index = 0; index < list.size(); index++) {
			json.append(indent).append(INDENT);
			append(json, list.get(index), indent + INDENT);
			json.append((index < list.size() - 1) ? ",\n" : "\n");
		}
		json.append(indent).append(']');
	}

	private static void appendNumber(StringBuilder json, Number number) {
		double value = number.doubleValue();
		if (!Double.isFinite(value)) {
			json.append("null");
		}
		else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			json.append((long) value);
		}
		else {
			json.append(Math.round(value * 1000) / 1000.0);
		}
	}

	private static void appendString(StringBuilder json, String text) {
		json.append('"');
		for (char character : text.toCharArray()) {
			switch (character) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (character < 0x20) {
						json.append(String.format("\\u%04x", (int) character));
					}
					else {
						json.append(character);
					}
				}
			}
		}
		json.append('"');
	}

}
