package ai.zimmer.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's use cases on accounts: list, create staff, change roles, disable. Every
 * change is audited.
 */
@Service
class UserAdministration {

	private final UserRepository users;

	private final AccountService accounts;

	private final SessionService sessions;

	private final AuditTrail audit;

	private final Clock clock;

	UserAdministration(UserRepository users, AccountService accounts, SessionService sessions, AuditTrail audit,
			Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	UserList list(String role, Integer limit, String cursor) {
		Role filter = (role != null)
				? Role.fromValue(role).orElseThrow(() -> ApiException.invalid("role", "is not a known role")) : null;
		PageQuery page = PageQuery.of(limit, cursor);
		CursorPage<UserView> users = page.page(this.users.page(filter, page.after(), page.fetchSize()), User::id)
			.map(UserView::of);
		return new UserList(users.items(), users.nextCursor(), this.users.count(filter));
	}

	@Transactional(readOnly = true)
	UserView get(long id) {
		return this.accounts.profile(id);
	}

	@Transactional
	UserView create(Caller manager, AdminUserController.CreateUser request) {
		long id = this.accounts.createUser(request.name(), request.email(), request.password(), request.phoneNumber(),
				request.role());
		this.audit.record(manager.userId(), "user.created", "user", id, Map.of("role", request.role().value()));
		return this.accounts.profile(id);
	}

	@Transactional
	UserView update(Caller manager, long id, AdminUserController.UpdateUser request) {
		User user = this.users.findById(id).orElseThrow(() -> ApiException.notFound("User"));
		if (user.id() == manager.userId()) {
			throw ApiException.conflict("cannot_change_self",
					"Managers cannot change their own role or status; ask another manager");
		}
		this.users.updateRoleAndStatus(id, request.role(), request.isActive(), this.clock.instant());
		if (Boolean.FALSE.equals(request.isActive())) {
			this.sessions.revokeAll(id, null);
		}
		Map<String, Object> details = new HashMap<>();
		details.put("role", (request.role() != null) ? request.role().value() : null);
		details.put("is_active", request.isActive());
		this.audit.record(manager.userId(), "user.updated", "user", id, details);
		return this.accounts.profile(id);
	}

	/**
	 * A page of users with the total count for the filter.
	 */
	record UserList(List<UserView> items, String nextCursor, long total) {
	}

}
