package ai.zimmer.loadtest.report;

/**
 * A Gatling report whose statistics could not be read, usually because Gatling changed
 * its HTML.
 */
public class ReportFormatException extends RuntimeException {

	public ReportFormatException(String message) {
		super(message);
	}

}
