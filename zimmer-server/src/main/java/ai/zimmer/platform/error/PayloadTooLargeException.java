package ai.zimmer.platform.error;

/**
 * Raised while reading a request body that exceeds the configured limit.
 */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(long limitBytes) {
		super("The request body exceeds the limit of " + limitBytes + " bytes");
	}

}
