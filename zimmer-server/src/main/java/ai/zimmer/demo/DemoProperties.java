package ai.zimmer.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local-mode settings.
 *
 * @param samplePort port of the in-process reference automation service (env
 * {@code ZIMMER_SAMPLE_PORT})
 * @param dataDir folder that keeps local-mode data (env {@code ZIMMER_DATA_DIR})
 */
@ConfigurationProperties("zimmer.local")
record DemoProperties(Integer samplePort, String dataDir) {

	DemoProperties {
		samplePort = (samplePort != null) ? samplePort : 8001;
	}

}
