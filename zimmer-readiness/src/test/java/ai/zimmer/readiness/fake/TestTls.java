package ai.zimmer.readiness.fake;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS material for tests: a self-signed certificate for 127.0.0.1 and localhost (valid
 * until 2126), and a client context that trusts exactly that certificate.
 */
public final class TestTls {

	private static final char[] PASSWORD = "test-only-password".toCharArray();

	private TestTls() {
	}

	public static SSLContext serverContext() {
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(keyStore(), PASSWORD);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Test TLS server context cannot be built", ex);
		}
	}

	public static SSLContext trustingClientContext() {
		try {
			KeyStore trusted = KeyStore.getInstance("PKCS12");
			trusted.load(null, null);
			trusted.setCertificateEntry("localhost", keyStore().getCertificate("localhost"));
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Test TLS client context cannot be built", ex);
		}
	}

	private static KeyStore keyStore() {
		try (InputStream in = TestTls.class.getResourceAsStream("/tls/localhost.p12")) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, PASSWORD);
			return store;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Test key store /tls/localhost.p12 cannot be read", ex);
		}
	}

}
