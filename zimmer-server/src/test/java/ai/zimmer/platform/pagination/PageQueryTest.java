package ai.zimmer.platform.pagination;

import java.util.List;

import ai.zimmer.platform.error.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTest {

	@Test
	void aFullFetchShouldYieldACursorToTheLastItemShown() {
		PageQuery query = PageQuery.of(2, null);

		CursorPage<Long> page = query.page(List.of(10L, 11L, 12L), Long::longValue);

		assertThat(page.items()).containsExactly(10L, 11L);
		assertThat(PageQuery.of(2, page.nextCursor()).after()).isEqualTo(11L);
	}

	@Test
	void theLastPageShouldHaveNoCursor() {
		CursorPage<Long> page = PageQuery.of(5, null).page(List.of(1L, 2L), Long::longValue);

		assertThat(page.nextCursor()).isNull();
		assertThat(PageQuery.of(null, null).limit()).isEqualTo(PageQuery.DEFAULT_LIMIT);
	}

	@Test
	void limitsOutOfRangeAndForeignCursorsShouldBeValidationProblems() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PageQuery.of(0, null))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("limit"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PageQuery.of(101, null));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PageQuery.of(10, "bm9wZQ"))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("cursor"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PageQuery.of(10, "k:%%"));
	}

}
