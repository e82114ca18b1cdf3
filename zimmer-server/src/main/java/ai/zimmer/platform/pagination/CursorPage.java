package ai.zimmer.platform.pagination;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items and the cursor of the next page ({@code null} on the last
 * page).
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

	public <R> CursorPage<R> map(Function<T, R> mapper) {
		return new CursorPage<>(this.items.stream().map(mapper).toList(), this.nextCursor);
	}

}
