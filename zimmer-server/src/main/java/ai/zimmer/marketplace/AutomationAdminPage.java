package ai.zimmer.marketplace;

import java.util.List;

import ai.zimmer.platform.pagination.CursorPage;

/**
 * One page of the staff automation list, with the number of automations matching the
 * filters.
 */
record AutomationAdminPage(List<AutomationAdminView> items, String nextCursor, long total) {

	static AutomationAdminPage of(CursorPage<Automation> page, long total) {
		return new AutomationAdminPage(page.items().stream().map(AutomationAdminView::of).toList(), page.nextCursor(),
				total);
	}

}
