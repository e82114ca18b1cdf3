package ai.zimmer.billing;

/**
 * A payment provider behind one contract, shaped after the request / redirect / verify
 * flow of Iranian gateways such as Zarinpal: Zimmer requests an authority for the amount
 * and sends the browser to the gateway; the gateway sends the browser back to
 * {@code /api/payments/{name}/callback}; Zimmer then verifies the payment with the
 * gateway, server to server, before crediting anything. Calls are made outside database
 * transactions.
 */
interface PaymentGateway {

	/**
	 * The name in the callback path and stored with each payment.
	 */
	String name();

	/**
	 * Asks the gateway to open a payment for {@code payment.amount()} Rial.
	 * @throws PaymentGatewayException when the gateway cannot be reached or refuses
	 */
	GatewayRedirect request(Payment payment);

	/**
	 * Confirms with the gateway that a returned payment was really paid, and for that
	 * amount.
	 * @throws PaymentGatewayException when the gateway cannot be reached
	 */
	Verification verify(Payment payment, GatewayReturn callback);

	/**
	 * What the gateway issued for a payment: its handle and where to send the browser.
	 */
	record GatewayRedirect(String authority, String redirectUrl) {
	}

	/**
	 * What the browser brought back from the gateway.
	 *
	 * @param paymentId the payment id Zimmer put in the callback URL, when present
	 * @param authority the gateway's handle on the payment
	 * @param ok whether the gateway says the customer paid ({@code OK}) or gave up
	 * ({@code NOK})
	 */
	record GatewayReturn(Long paymentId, String authority, boolean ok) {
	}

	/**
	 * The gateway's verdict on a returned payment, with its reference when paid.
	 */
	record Verification(boolean verified, String refId) {

		static Verification paid(String refId) {
			return new Verification(true, refId);
		}

		static Verification notPaid() {
			return new Verification(false, null);
		}

	}

}
