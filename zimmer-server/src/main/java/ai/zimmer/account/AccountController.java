package ai.zimmer.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.SecurityProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

	static final String REFRESH_COOKIE = "zimmer_refresh";

	private final AccountService accounts;

	private final SecurityProperties properties;

	AccountController(AccountService accounts, SecurityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@PostMapping("/api/auth/register")
	ResponseEntity<AuthTokens> register(@Valid @RequestBody AccountRequests.Register request, HttpServletRequest http) {
		return withRefreshCookie(HttpStatus.CREATED, this.accounts.register(request, client(http)));
	}

	@PostMapping("/api/auth/login")
	ResponseEntity<AuthTokens> login(@Valid @RequestBody AccountRequests.Login request, HttpServletRequest http) {
		return withRefreshCookie(HttpStatus.OK, this.accounts.login(request, client(http)));
	}

	@PostMapping("/api/auth/refresh")
	ResponseEntity<AuthTokens> refresh(@Valid @RequestBody(required = false) AccountRequests.Refresh request,
			@CookieValue(name = REFRESH_COOKIE, required = false) String cookie) {
		String presented = (request != null && request.refreshToken() != null) ? request.refreshToken() : cookie;
		if (presented == null) {
			throw SessionService.invalidRefreshToken();
		}
		return withRefreshCookie(HttpStatus.OK, this.accounts.refresh(presented));
	}

	@PostMapping("/api/auth/logout")
	ResponseEntity<Void> logout(Caller caller) {
		this.accounts.logout(caller);
		return clearedRefreshCookie();
	}

	@PostMapping("/api/auth/logout-all")
	ResponseEntity<Void> logoutAll(Caller caller) {
		this.accounts.logoutAll(caller);
		return clearedRefreshCookie();
	}

	@GetMapping({ "/api/me", "/api/auth/me" })
	UserView me(Caller caller) {
		return this.accounts.profile(caller.userId());
	}

	@PutMapping("/api/user/profile")
	UserView updateProfile(Caller caller, @Valid @RequestBody AccountRequests.ProfileUpdate update) {
		return this.accounts.updateProfile(caller, update);
	}

	@PostMapping("/api/user/change-password")
	ResponseEntity<Void> changePassword(Caller caller, @Valid @RequestBody AccountRequests.PasswordChange change) {
		this.accounts.changePassword(caller, change);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<AuthTokens> withRefreshCookie(HttpStatus status, AuthTokens tokens) {
		ResponseCookie cookie = refreshCookie(tokens.refreshToken(), this.properties.refreshTokenTtl().toSeconds());
		return ResponseEntity.status(status).header(HttpHeaders.SET_COOKIE, cookie.toString()).body(tokens);
	}

	private ResponseEntity<Void> clearedRefreshCookie() {
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, refreshCookie("", 0).toString()).build();
	}

	private ResponseCookie refreshCookie(String value, long maxAgeSeconds) {
		return ResponseCookie.from(REFRESH_COOKIE, value)
			.httpOnly(true)
			.secure(this.properties.secureCookies())
			.sameSite("Strict")
			.path("/api/auth")
			.maxAge(maxAgeSeconds)
			.build();
	}

	private static ClientInfo client(HttpServletRequest http) {
		return new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), http.getRemoteAddr());
	}

}
