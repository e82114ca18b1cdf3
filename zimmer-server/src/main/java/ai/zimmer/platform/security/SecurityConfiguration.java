package ai.zimmer.platform.security;

import java.time.Clock;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import ai.zimmer.platform.error.ProblemWriter;
import ai.zimmer.platform.web.WebProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stateless API security: JWT bearer tokens, a CORS allow-list, security headers and
 * problem-detail refusals. Routes that need a user are listed here; every handler that
 * takes a {@link Caller} is protected as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'none'";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems,
			@Value("${management.server.port:-1}") int managementPort) throws Exception {
		http.csrf((csrf) -> csrf.disable()).cors((cors) -> {
		})
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.authorizeHttpRequests((routes) -> routes.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasAnyRole("SUPPORT_STAFF", "TECHNICAL_TEAM", "MANAGER")
				.requestMatchers(onManagementPort(managementPort))
				.permitAll()
				.requestMatchers("/api/monitoring/health")
				.permitAll()
				.requestMatchers("/api/monitoring/**", "/actuator/monitoring/**")
				.hasAnyRole("SUPPORT_STAFF", "TECHNICAL_TEAM", "MANAGER")
				.requestMatchers("/api/me", "/api/auth/me", "/api/auth/logout", "/api/auth/logout-all", "/api/user/**",
						"/api/discounts/**", "/api/tickets/**", "/api/notifications/**", "/api/knowledge/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/payments/init")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(
					(resource) -> resource.jwt((jwt) -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
						.authenticationEntryPoint((request, response, ex) -> {
							response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
							problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
									"A valid access token is required");
						})
						.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
								HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
						"A valid access token is required");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"forbidden", "Your role does not allow this")));
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(WebProperties web) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(web.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "X-Zimmer-Service-Token"));
		cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
		cors.setAllowCredentials(true);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		return NimbusJwtDecoder.withSecretKey(jwtKey(properties)).macAlgorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	AccessTokens accessTokens(SecurityProperties properties, Clock clock) {
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey(properties)));
		return new AccessTokens(encoder, clock, properties.accessTokenTtl());
	}

	@Bean
	SecretCipher secretCipher(SecurityProperties properties) {
		return new SecretCipher(properties.requiredKey(properties.encryptionKey(), "ZIMMER_ENCRYPTION_KEY", 32));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	WebMvcConfigurer callerResolver() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

	/**
	 * Actuator requests that arrived on a separate management port, which only operators
	 * can reach; never matches when actuator shares the main port.
	 */
	private static RequestMatcher onManagementPort(int managementPort) {
		return (request) -> managementPort > 0 && request.getLocalPort() == managementPort
				&& request.getRequestURI().startsWith("/actuator/");
	}

	private static JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter
			.setJwtGrantedAuthoritiesConverter((jwt) -> Role.fromValue(jwt.getClaimAsString(AccessTokens.ROLE_CLAIM))
				.map((role) -> List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + role.name())))
				.orElse(List.of()));
		return converter;
	}

	private static SecretKey jwtKey(SecurityProperties properties) {
		return new SecretKeySpec(properties.requiredKey(properties.jwtSecret(), "ZIMMER_JWT_SECRET", 32), "HmacSHA256");
	}

}
