package ai.zimmer.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real port with a real PostgreSQL. Every class
 * carrying it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zimmer.security.jwt-secret=dGVzdC1qd3Qtc2VjcmV0LWZvci16aW1tZXItdGVzdHMtb25seSE=",
				"zimmer.security.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
				"zimmer.web.cors-allowed-origins=https://app.zimmer.test",
				"zimmer.web.return-url-allowed-origins=https://app.zimmer.test",
				"zimmer.integration.health-probe-interval=1h", "zimmer.billing.sandbox-enabled=true",
				"zimmer.rate-limit.login-failures-per-ip=100000", "zimmer.rate-limit.payment-inits-per-user=100000" })
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface IntegrationTest {

}
