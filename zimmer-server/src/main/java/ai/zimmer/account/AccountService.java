package ai.zimmer.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import ai.zimmer.monitoring.BusinessMetrics;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, sign-in and the user's own profile.
 */
@Service
public class AccountService {

	private final UserRepository users;

	private final SessionService sessions;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final BusinessMetrics metrics;

	private final LoginAttempts loginAttempts;

	private final String unknownUserHash;

	AccountService(UserRepository users, SessionService sessions, PasswordEncoder passwordEncoder, Clock clock,
			BusinessMetrics metrics, LoginAttempts loginAttempts) {
		this.users = users;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.metrics = metrics;
		this.loginAttempts = loginAttempts;
		this.unknownUserHash = passwordEncoder.encode("zimmer-unknown-user-placeholder");
	}

	/**
	 * Password hashing costs tens of milliseconds of CPU on purpose, so none of the
	 * methods that hash runs in a transaction: a transaction would hold a pooled
	 * connection for the whole hash. Each statement commits on its own, and the unique
	 * email index guards against a concurrent sign-up.
	 */
	AuthTokens register(AccountRequests.Register request, ClientInfo client) {
		long id = createUser(request.name(), request.email(), request.password(), request.phoneNumber(), Role.CUSTOMER);
		AuthTokens tokens = this.sessions.open(this.users.findById(id).orElseThrow(), client);
		this.metrics.signedUp();
		return tokens;
	}

	/**
	 * Unknown email and wrong password answer alike and take about as long, so that
	 * accounts cannot be probed.
	 */
	AuthTokens login(AccountRequests.Login request, ClientInfo client) {
		this.loginAttempts.checkAllowed(request.email(), client);
		Optional<User> found = this.users.findByEmail(request.email().trim());
		String hash = found.map(User::passwordHash).orElse(this.unknownUserHash);
		boolean matches = this.passwordEncoder.matches(request.password(), hash);
		User user = found.filter((candidate) -> matches).orElse(null);
		if (user == null || !user.active()) {
			this.metrics.loginFailed();
			this.loginAttempts.failed(request.email(), client);
			throw (user == null) ? invalidCredentials() : accountDisabled();
		}
		AuthTokens tokens = this.sessions.open(user, client);
		this.metrics.loginSucceeded();
		return tokens;
	}

	AuthTokens refresh(String refreshToken) {
		return this.sessions.refresh(refreshToken);
	}

	void logout(Caller caller) {
		this.sessions.revoke(caller.sessionId());
	}

	void logoutAll(Caller caller) {
		this.sessions.revokeAll(caller.userId(), null);
	}

	@Transactional(readOnly = true)
	public UserView profile(long userId) {
		return UserView.of(this.users.findById(userId).orElseThrow(() -> ApiException.notFound("User")));
	}

	@Transactional
	UserView updateProfile(Caller caller, AccountRequests.ProfileUpdate update) {
		String name = (update.name() != null) ? update.name().trim() : null;
		this.users.updateProfile(caller.userId(), name, update.phoneNumber(), this.clock.instant());
		return profile(caller.userId());
	}

	void changePassword(Caller caller, AccountRequests.PasswordChange change) {
		User user = this.users.findById(caller.userId()).orElseThrow(() -> ApiException.notFound("User"));
		if (!this.passwordEncoder.matches(change.currentPassword(), user.passwordHash())) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_current_password",
					"The current password is not correct");
		}
		this.users.updatePasswordHash(user.id(), this.passwordEncoder.encode(change.newPassword()),
				this.clock.instant());
		this.sessions.revokeAll(user.id(), caller.sessionId());
	}

	/**
	 * Creates an account with the given role; the email must not be taken
	 * (case-insensitively).
	 */
	public long createUser(String name, String email, String password, String phoneNumber, Role role) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		if (this.users.emailExists(normalized)) {
			throw emailTaken();
		}
		String passwordHash = this.passwordEncoder.encode(password);
		try {
			return this.users.insert(name.trim(), normalized, phoneNumber, passwordHash, role);
		}
		catch (DuplicateKeyException ex) {
			throw emailTaken();
		}
	}

	@Transactional(readOnly = true)
	public Optional<User> findByEmail(String email) {
		return this.users.findByEmail(email);
	}

	@Transactional(readOnly = true)
	public AccountStatistics statistics(Instant since) {
		return new AccountStatistics(this.users.count(null), this.users.count(Role.CUSTOMER),
				this.users.countCreatedSince(since));
	}

	/**
	 * Account counts for the staff dashboard.
	 */
	public record AccountStatistics(long users, long customers, long newUsers) {
	}

	private static ApiException emailTaken() {
		return ApiException.conflict("email_taken", "An account with this email already exists");
	}

	private static ApiException invalidCredentials() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Email or password is not correct");
	}

	static ApiException accountDisabled() {
		return new ApiException(HttpStatus.FORBIDDEN, "account_disabled", "This account has been disabled");
	}

}
