package ai.zimmer.billing;

import java.util.List;

import ai.zimmer.platform.error.RetryableApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PaymentGatewaysTest {

	@Test
	void withoutTheConfiguredGatewayPaymentsShouldAnswer503WhileStartUpSucceeds() {
		PaymentGateways gateways = new PaymentGateways(List.of(), new BillingProperties("sandbox"));

		assertThatExceptionOfType(RetryableApiException.class).isThrownBy(gateways::current).satisfies((ex) -> {
			assertThat(ex.status().value()).isEqualTo(503);
			assertThat(ex.code()).isEqualTo("payment_gateway_unavailable");
		});
	}

	@Test
	void theConfiguredGatewayShouldBeCurrent() {
		SandboxGateway sandbox = new SandboxGateway();

		PaymentGateways gateways = new PaymentGateways(List.of(sandbox), new BillingProperties("sandbox"));

		assertThat(gateways.current()).isSameAs(sandbox);
	}

}
