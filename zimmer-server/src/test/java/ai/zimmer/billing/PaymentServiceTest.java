package ai.zimmer.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;
import ai.zimmer.platform.web.WebProperties;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * What happens when a remote gateway misbehaves, which the sandbox never does.
 */
class PaymentServiceTest {

	private static final Caller CUSTOMER = new Caller(7, Role.CUSTOMER, UUID.randomUUID());

	private final PaymentCheckout checkout = mock(PaymentCheckout.class);

	private final PaymentSettlement settlement = mock(PaymentSettlement.class);

	private final PaymentRepository repository = mock(PaymentRepository.class);

	private final FakeGateway gateway = new FakeGateway();

	private final PaymentService payments = new PaymentService(this.checkout, this.settlement, this.repository,
			new PaymentGateways(List.of(this.gateway), new BillingProperties("fake")),
			new ReturnUrls(new WebProperties(List.of(), null, List.of())));

	@Test
	void aGatewayThatCannotOpenThePaymentShouldFailItAndAnswer502() {
		Payment pending = payment(PaymentStatus.PENDING, null);
		given(this.checkout.open(7, order(), "fake")).willReturn(pending);
		this.gateway.failing = true;

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.payments.init(CUSTOMER, order()))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_GATEWAY))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("payment_gateway_unavailable"));
		then(this.settlement).should().close(pending, PaymentStatus.FAILED);
		then(this.settlement).should(never()).attachAuthority(any(), anyString());
	}

	@Test
	void aGatewayThatCannotVerifyShouldLeaveThePaymentPendingAndAnswer502() {
		Payment pending = payment(PaymentStatus.PENDING, "issued");
		given(this.repository.findById(1)).willReturn(Optional.of(pending));
		this.gateway.failing = true;

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.payments.callback("fake", new PaymentGateway.GatewayReturn(1L, "issued", true)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("payment_gateway_unavailable"));
		then(this.settlement).shouldHaveNoInteractions();
	}

	@Test
	void aPaymentTheGatewayDoesNotConfirmShouldFailWithoutCredit() {
		Payment pending = payment(PaymentStatus.PENDING, "issued");
		given(this.repository.findById(1)).willReturn(Optional.of(pending));
		given(this.settlement.close(pending, PaymentStatus.FAILED)).willReturn(payment(PaymentStatus.FAILED, "issued"));
		this.gateway.verified = false;

		Payment settled = this.payments.callback("fake", new PaymentGateway.GatewayReturn(1L, "issued", true));

		assertThat(settled.status()).isEqualTo(PaymentStatus.FAILED);
		then(this.settlement).should(never()).succeed(any(), any());
	}

	private static PaymentRequests.Init order() {
		return new PaymentRequests.Init(3L, 10L, null, null);
	}

	private static Payment payment(PaymentStatus status, String authority) {
		return new Payment(1, 7, 3, "Bot", 11, 10, 100, null, null, 0, "fake", authority, null, null, status,
				Instant.EPOCH, null);
	}

	private static final class FakeGateway implements PaymentGateway {

		boolean failing;

		boolean verified = true;

		@Override
		public String name() {
			return "fake";
		}

		@Override
		public GatewayRedirect request(Payment payment) {
			if (this.failing) {
				throw new PaymentGatewayException("connection refused", null);
			}
			return new GatewayRedirect("issued", "https://gateway.example/pay/issued");
		}

		@Override
		public Verification verify(Payment payment, GatewayReturn callback) {
			if (this.failing) {
				throw new PaymentGatewayException("read timed out", null);
			}
			return this.verified ? Verification.paid("REF-1") : Verification.notPaid();
		}

	}

}
