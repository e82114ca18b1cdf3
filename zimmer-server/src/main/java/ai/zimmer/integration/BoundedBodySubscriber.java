package ai.zimmer.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as UTF-8 text but gives up once it exceeds a limit, so that a
 * misbehaving vendor cannot fill Zimmer's memory.
 */
final class BoundedBodySubscriber implements BodySubscriber<String> {

	private final CompletableFuture<String> body = new CompletableFuture<>();

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private final long limitBytes;

	private Flow.Subscription subscription;

	BoundedBodySubscriber(long limitBytes) {
		this.limitBytes = limitBytes;
	}

	@Override
	public CompletionStage<String> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> items) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer item : items) {
			if (this.buffer.size() + (long) item.remaining() > this.limitBytes) {
				this.subscription.cancel();
				this.body
					.completeExceptionally(new IOException("the answer is larger than " + this.limitBytes + " bytes"));
				return;
			}
			byte[] bytes = new byte[item.remaining()];
			item.get(bytes);
			this.buffer.writeBytes(bytes);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		this.body.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.buffer.toString(StandardCharsets.UTF_8));
	}

}
