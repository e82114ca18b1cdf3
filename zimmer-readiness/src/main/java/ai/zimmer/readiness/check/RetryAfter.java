package ai.zimmer.readiness.check;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import ai.zimmer.readiness.http.Reply;

/**
 * Waits once when the deployment answers 429 with a short {@code Retry-After}, so that a
 * run started soon after another one (whose rate-limit check used up the login budget)
 * still signs in.
 */
public final class RetryAfter {

	static final Duration LONGEST_WAIT = Duration.ofSeconds(65);

	private RetryAfter() {
	}

	public static Reply honouredOnce(String what, Supplier<Reply> call, Consumer<String> progress) {
		Reply reply = call.get();
		Optional<Duration> wait = waitFor(reply);
		if (wait.isEmpty()) {
			return reply;
		}
		progress.accept(what + " answered 429; waiting " + wait.get().toSeconds() + " s as Retry-After asks");
		try {
			Thread.sleep(wait.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return reply;
		}
		return call.get();
	}

	private static Optional<Duration> waitFor(Reply reply) {
		if (reply.status() != 429) {
			return Optional.empty();
		}
		return reply.header("Retry-After")
			.flatMap(RetryAfter::seconds)
			.map(Duration::ofSeconds)
			.filter((wait) -> wait.compareTo(LONGEST_WAIT) <= 0);
	}

	static Optional<Long> seconds(String value) {
		try {
			return Optional.of(Long.parseLong(value.trim())).filter((seconds) -> seconds >= 0);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
