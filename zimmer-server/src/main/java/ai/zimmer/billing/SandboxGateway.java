package ai.zimmer.billing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The built-in gateway for local mode, tests and load tests: its "payment page" is a
 * Zimmer page with a Pay and a Cancel link, and its verification checks that the returned
 * authority is the one issued for that still pending payment.
 */
@Component
@ConditionalOnBooleanProperty("zimmer.billing.sandbox-enabled")
class SandboxGateway implements PaymentGateway {

	static final String NAME = "sandbox";

	static final String PAY_PAGE = "/api/payments/sandbox/pay/";

	private final SecureRandom random = new SecureRandom();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public GatewayRedirect request(Payment payment) {
		String authority = randomText(32);
		return new GatewayRedirect(authority, PAY_PAGE + authority);
	}

	@Override
	public Verification verify(Payment payment, GatewayReturn callback) {
		if (!payment.isPending() || !payment.wasIssued(callback.authority())) {
			return Verification.notPaid();
		}
		return Verification.paid("SANDBOX-" + HexFormat.of().withUpperCase().formatHex(randomBytes(8)));
	}

	private String randomText(int bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
	}

	private byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
