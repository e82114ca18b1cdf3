package ai.zimmer.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.platform.local.LocalMode;
import ai.zimmer.sample.SampleAutomationServer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started local mode where Zimmer is and how to sign in.
 */
@Component
@Profile(LocalMode.PROFILE)
class LocalModeBanner {

	private static final Logger logger = LoggerFactory.getLogger(LocalModeBanner.class);

	private final SampleAutomationServer sample;

	private final String managerEmail;

	private final String managerPassword;

	private final String dataDir;

	LocalModeBanner(SampleAutomationServer sample, @Value("${zimmer.admin.email}") String managerEmail,
			@Value("${zimmer.admin.password}") String managerPassword, DemoProperties properties) {
		this.sample = sample;
		this.managerEmail = managerEmail;
		this.managerPassword = managerPassword;
		this.dataDir = properties.dataDir();
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
		String base = "http://127.0.0.1:" + port;
		logger.info("""

				  Zimmer is running in local mode (data in '{}')
				    Base URL:               {}
				    API documentation:      {}/swagger-ui/index.html  (OpenAPI: {}/v3/api-docs)
				    Manager:                {} / {}
				    Demo customer:          {} / {}
				    Reference automation:   {}
				""", this.dataDir, base, base, base, this.managerEmail, this.managerPassword, DemoData.CUSTOMER_EMAIL,
				DemoData.CUSTOMER_PASSWORD, this.sample.baseUrl());
	}

}
