package ai.zimmer.platform.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

import ai.zimmer.platform.error.ApiException;

/**
 * A keyset page request: at most {@code limit} rows after the row whose key the opaque
 * cursor carries.
 *
 * @param limit how many items to return (1..100)
 * @param after the key of the last row already seen, or {@code null} for the first page
 */
public record PageQuery(int limit, Long after) {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	private static final String PREFIX = "k:";

	public static PageQuery of(Integer limit, String cursor) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		if (size < 1 || size > MAX_LIMIT) {
			throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return new PageQuery(size, (cursor != null) ? decode(cursor) : null);
	}

	/**
	 * Builds the page from rows fetched with {@code limit + 1}: the extra row only says
	 * that more exist.
	 */
	public <T> CursorPage<T> page(List<T> rowsPlusOne, ToLongFunction<T> key) {
		if (rowsPlusOne.size() <= this.limit) {
			return new CursorPage<>(rowsPlusOne, null);
		}
		List<T> items = rowsPlusOne.subList(0, this.limit);
		return new CursorPage<>(List.copyOf(items), encode(key.applyAsLong(items.get(items.size() - 1))));
	}

	public int fetchSize() {
		return this.limit + 1;
	}

	static String encode(long key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	private static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw ApiException.invalid("cursor", "is not a cursor this API returned");
			}
			return Long.parseLong(text.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("cursor", "is not a cursor this API returned");
		}
	}

}
