package ai.zimmer.billing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox gateway's payment page: what a real gateway's page would show, with a Pay
 * and a Cancel link that return the browser exactly as a gateway does.
 */
@RestController
@ConditionalOnBooleanProperty("zimmer.billing.sandbox-enabled")
class SandboxPayPageController {

	private static final String CALLBACK = "/api/payments/sandbox/callback";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final PaymentService payments;

	SandboxPayPageController(PaymentService payments) {
		this.payments = payments;
	}

	@GetMapping(SandboxGateway.PAY_PAGE + "{authority}")
	ResponseEntity<String> page(@PathVariable String authority) {
		Payment payment = this.payments.findByAuthority(SandboxGateway.NAME, authority);
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(render(payment));
	}

	static String render(Payment payment) {
		String actions = payment.isPending()
				? "<p><a id=\"pay\" href=\"" + callback(payment, "OK") + "\">Pay</a>\n<a id=\"cancel\" href=\""
						+ callback(payment, "NOK") + "\">Cancel</a></p>\n"
				: "<p id=\"status\">This payment is " + html(payment.status().value()) + ".</p>\n";
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Zimmer sandbox payment"
				+ "</title></head>\n<body>\n<h1>Sandbox payment</h1>\n<dl>\n<dt>Automation</dt><dd id=\"automation\">"
				+ html(payment.automationName()) + "</dd>\n<dt>Tokens</dt><dd id=\"tokens\">" + payment.tokens()
				+ "</dd>\n<dt>Amount</dt><dd id=\"amount\">" + payment.amount() + " Rial</dd>\n</dl>\n" + actions
				+ "</body>\n</html>\n";
	}

	/**
	 * Every value is URL-encoded and then HTML-escaped. The {@code &} between parameters
	 * stays literal, as the contract shows it: followed by a name and {@code =}, it is
	 * not a character reference, so HTML parsers keep it as it is.
	 */
	private static String callback(Payment payment, String status) {
		return CALLBACK + "?payment_id=" + payment.id() + "&authority=" + html(url(payment.authority())) + "&status="
				+ status;
	}

	private static String url(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String html(String value) {
		return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
	}

}
