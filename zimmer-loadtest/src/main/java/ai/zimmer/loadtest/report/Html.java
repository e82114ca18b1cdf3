package ai.zimmer.loadtest.report;

/**
 * Undoes the entity escaping Gatling applies to names in its report.
 */
final class Html {

	private Html() {
	}

	static String unescape(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		int index = 0;
		while (index < text.length()) {
			int end = text.indexOf(';', index);
			if (text.charAt(index) == '&' && end > index) {
				String entity = text.substring(index + 1, end);
				String character = character(entity);
				if (character != null) {
					plain.append(character);
					index = end + 1;
					continue;
				}
			}
			plain.append(text.charAt(index));
			index++;
		}
		return plain.toString();
	}

	private static String character(String entity) {
		return switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			default -> numeric(entity);
		};
	}

	private static String numeric(String entity) {
		if (!entity.startsWith("#") || entity.length() < 2) {
			return null;
		}
		try {
			boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
			int codePoint = hex ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
			return Character.toString(codePoint);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
