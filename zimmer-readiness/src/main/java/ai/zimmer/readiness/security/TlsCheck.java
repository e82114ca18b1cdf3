package ai.zimmer.readiness.security;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/**
 * TLS of an https target: a handshake the JDK trusts (chain and host name), a current
 * protocol, and a certificate that does not expire soon. A plain-http loopback target is
 * an instance behind its proxy, where TLS does not apply.
 */
public final class TlsCheck implements Check {

	static final Duration MIN_REMAINING_VALIDITY = Duration.ofDays(14);

	private static final Set<String> CURRENT_PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

	private static final CheckDefinition DEFINITION = new CheckDefinition("security.tls", "TLS", 5, false,
			"https URL: handshake trusted by the JDK (chain and host name), TLSv1.2 or TLSv1.3, certificate valid "
					+ "for >= 14 more days; plain http only on loopback (not applicable there)",
			"Customers' passwords and tokens cross the network; without valid TLS they can be read or altered.",
			"Serve the public URL over https with a certificate from a trusted CA for this host name, renew it "
					+ "automatically, and disable protocols older than TLSv1.2.");

	private final Clock clock;

	public TlsCheck(Clock clock) {
		this.clock = clock;
	}

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		String host = context.settings().baseUrl().getHost();
		if (!context.settings().https()) {
			if (loopback(host)) {
				return Outcome.notApplicable(
						"plain http on loopback host " + host + "; run against the public https URL to check TLS");
			}
			return Outcome.fail("plain http to non-loopback host " + host, List.of());
		}
		Reply reply = context.http().get("/livez").send();
		if (reply.sslSession().isEmpty()) {
			return Outcome.fail("no TLS session: " + reply.describe(), List.of());
		}
		return judge(reply.sslSession().get());
	}

	private Outcome judge(SSLSession session) {
		String protocol = session.getProtocol();
		Instant notAfter = notAfter(session);
		Duration remaining = Duration.between(this.clock.instant(), notAfter);
		String observed = String.format(Locale.ROOT, "%s, %s, certificate valid until %s (%d days left)", protocol,
				session.getCipherSuite(), notAfter, remaining.toDays());
		boolean pass = CURRENT_PROTOCOLS.contains(protocol) && remaining.compareTo(MIN_REMAINING_VALIDITY) >= 0;
		return pass ? Outcome.pass(observed, List.of()) : Outcome.fail(observed, List.of());
	}

	private static Instant notAfter(SSLSession session) {
		try {
			Certificate[] chain = session.getPeerCertificates();
			if (chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
				return certificate.getNotAfter().toInstant();
			}
			return Instant.EPOCH;
		}
		catch (SSLPeerUnverifiedException ex) {
			return Instant.EPOCH;
		}
	}

	static boolean loopback(String host) {
		String name = (host != null) ? host.toLowerCase(Locale.ROOT) : "";
		return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]") || name.equals("::1");
	}

}
