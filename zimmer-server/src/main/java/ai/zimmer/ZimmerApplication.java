package ai.zimmer;

import ai.zimmer.platform.local.LocalMode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the Zimmer platform. Started without a database URL it runs in local
 * mode.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZimmerApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ZimmerApplication.class);
		LocalMode.install(application);
		application.run(args);
	}

}
