package ai.zimmer.demo;

import java.io.UncheckedIOException;
import java.net.URI;

import ai.zimmer.platform.local.LocalMode;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.sample.SampleAutomationSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Runs the reference automation service in-process in local mode, so that the demo
 * automations have a real vendor to probe, provision and report usage from.
 */
@Configuration(proxyBeanMethods = false)
@Profile(LocalMode.PROFILE)
class SampleAutomationConfiguration {

	@Bean(destroyMethod = "close")
	SampleAutomationServer sampleAutomationServer(DemoProperties properties,
			@Value("${server.port:8000}") int serverPort) {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults()
			.withPort(properties.samplePort())
			.withZimmerBaseUrl(URI.create("http://127.0.0.1:" + serverPort));
		try {
			return SampleAutomationServer.start(settings);
		}
		catch (UncheckedIOException ex) {
			throw new IllegalStateException("The reference automation service could not listen on port "
					+ properties.samplePort() + ": set ZIMMER_SAMPLE_PORT to a free port", ex);
		}
	}

}
