package ai.zimmer.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;

/**
 * The running build: version from {@code META-INF/build-info.properties}, commit from
 * {@code git.properties}, both written by the Maven build.
 *
 * @param version the project version, {@code unknown} when run from an IDE without a
 * build
 * @param commit the abbreviated commit, {@code unknown} outside a Git checkout
 */
record BuildInfo(String version, String commit) {

	static BuildInfo of(BuildProperties build, GitProperties git) {
		return new BuildInfo((build != null) ? build.getVersion() : "unknown",
				(git != null && git.getShortCommitId() != null) ? git.getShortCommitId() : "unknown");
	}

	/**
	 * Publishes {@code zimmer_build_info{version,commit} 1}, the usual way to show a
	 * build on dashboards.
	 */
	void register(MeterRegistry registry) {
		Gauge.builder("zimmer.build.info", () -> 1)
			.description("The running build")
			.tag("version", this.version)
			.tag("commit", this.commit)
			.register(registry);
	}

}
