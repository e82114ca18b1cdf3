package ai.zimmer.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.OpaqueToken;
import ai.zimmer.platform.security.SecretCipher;
import ai.zimmer.platform.security.SecurityProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared secret of each automation: checked on every vendor call to Zimmer by id
 * lookup and a constant-time hash comparison, kept encrypted for Zimmer's own calls to
 * the vendor, and rotated with a grace period.
 */
@Service
public class ServiceTokenService {

	private final AutomationRepository automations;

	private final SecretCipher cipher;

	private final SecurityProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	ServiceTokenService(AutomationRepository automations, SecretCipher cipher, SecurityProperties properties,
			AuditTrail audit, Clock clock) {
		this.automations = automations;
		this.cipher = cipher;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Returns the id of the automation a presented {@code X-Zimmer-Service-Token} belongs
	 * to.
	 * @throws ApiException 401 when the token is missing, malformed, wrong, expired or of
	 * an inactive automation
	 */
	@Transactional(readOnly = true)
	public long authenticate(String presented) {
		OpaqueToken token = OpaqueToken.parse(presented).orElseThrow(ServiceTokenService::invalidServiceToken);
		StoredServiceToken stored = this.automations.findServiceToken(token.id())
			.orElseThrow(ServiceTokenService::invalidServiceToken);
		if (!stored.automationActive() || !stored.accepts(token, this.clock.instant())) {
			throw invalidServiceToken();
		}
		return stored.automationId();
	}

	/**
	 * Issues a new token; the previous one keeps working for the configured grace period.
	 * The answer's {@code previousTokenValidUntil} is {@code null} for a first token,
	 * since there is no previous one.
	 */
	@Transactional
	public RotatedServiceToken rotate(long automationId, long actorId) {
		OpaqueToken token = OpaqueToken.generate();
		Instant now = this.clock.instant();
		Instant previousValidUntil = now.plus(this.properties.serviceTokenGracePeriod());
		boolean replaced = this.automations
			.rotateServiceToken(automationId, token.id(), token.hash(), this.cipher.encrypt(token.value()),
					previousValidUntil, now)
			.orElseThrow(() -> ApiException.notFound("Automation"));
		this.audit.record(actorId, "service_token.rotated", "automation", automationId,
				Map.of("token_id", token.id().toString()));
		return new RotatedServiceToken(token.value(), token.masked(), replaced ? previousValidUntil : null);
	}

	/**
	 * The current token in plain text, for Zimmer's calls to the vendor.
	 */
	@Transactional(readOnly = true)
	public Optional<String> currentToken(long automationId) {
		return this.automations.findServiceTokenCipher(automationId).map(this.cipher::decrypt);
	}

	private static ApiException invalidServiceToken() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_service_token",
				"The X-Zimmer-Service-Token header is missing or not valid for an active automation");
	}

	/**
	 * A freshly issued service token: shown once, never stored in plain text.
	 */
	public record RotatedServiceToken(String serviceToken, String maskedToken, Instant previousTokenValidUntil) {
	}

}
