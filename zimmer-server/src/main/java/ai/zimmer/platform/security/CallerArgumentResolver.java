package ai.zimmer.platform.security;

import java.util.UUID;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import ai.zimmer.platform.error.ApiException;

/**
 * Resolves a {@link Caller} controller parameter; a handler that takes one is never
 * reachable anonymously.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			Role role = Role.fromValue(jwt.getClaimAsString(AccessTokens.ROLE_CLAIM))
				.orElseThrow(CallerArgumentResolver::unauthorized);
			return new Caller(Long.parseLong(jwt.getSubject()), role,
					UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM)));
		}
		throw unauthorized();
	}

	private static ApiException unauthorized() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication is required");
	}

}
