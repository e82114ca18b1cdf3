package ai.zimmer.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version, written into a resource at build time so it is known outside a jar
 * too.
 */
final class BuildVersion {

	static final String UNKNOWN = "dev";

	private static final String RESOURCE = "sample-automation.properties";

	private BuildVersion() {
	}

	static String current() {
		try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return UNKNOWN;
			}
			Properties properties = new Properties();
			properties.load(in);
			String version = properties.getProperty("version", "");
			return (version.isBlank() || version.startsWith("@")) ? UNKNOWN : version;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE + " from the class path", ex);
		}
	}

}
