package ai.zimmer.readiness.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.http.ZimmerHttp;
import tools.jackson.databind.JsonNode;

/**
 * A short closed-loop load: a fixed number of connections each sending the mix of read
 * endpoints back to back for a bounded time. Runs once per readiness run; the latency,
 * error and throughput checks share its result.
 */
public final class LoadProbe {

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

	private ProbeResult result;

	public synchronized ProbeResult result(CheckContext context) {
		if (this.result == null) {
			this.result = measure(context);
		}
		return this.result;
	}

	private static ProbeResult measure(CheckContext context) {
		List<ProbeTarget> targets = targets(context);
		int connections = context.settings().connections();
		Duration duration = context.settings().probeDuration();
		context.progress(String.format("probe: %d connections for %d s over %d endpoints", connections,
				duration.toSeconds(), targets.size()));
		ExecutorService workers = Executors.newFixedThreadPool(connections);
		AtomicLong sent = new AtomicLong();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		try {
			List<Future<List<Sample>>> runs = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				int offset = i;
				runs.add(workers.submit(() -> loop(targets, offset, deadline, sent)));
			}
			workers.shutdown();
			reportUntilDone(context, workers, sent, started);
			Duration wallClock = Duration.ofNanos(System.nanoTime() - started);
			return new ProbeResult(collect(runs), wallClock, connections,
					targets.stream().map(ProbeTarget::label).toList());
		}
		finally {
			workers.shutdownNow();
		}
	}

	private static List<Sample> loop(List<ProbeTarget> targets, int offset, long deadline, AtomicLong sent) {
		List<Sample> samples = new ArrayList<>();
		int next = offset;
		while (System.nanoTime() < deadline) {
			ProbeTarget target = targets.get(next++ % targets.size());
			samples.add(Sample.of(target.request().get()));
			sent.incrementAndGet();
		}
		return samples;
	}

	private static void reportUntilDone(CheckContext context, ExecutorService workers, AtomicLong sent, long started) {
		try {
			while (!workers.awaitTermination(PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
				long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
				context.progress("probe: " + seconds + " s, " + sent.get() + " requests sent");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<Sample> collect(List<Future<List<Sample>>> runs) {
		List<Sample> samples = new ArrayList<>();
		for (Future<List<Sample>> run : runs) {
			try {
				samples.addAll(run.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while collecting probe results", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A probe connection failed unexpectedly", ex.getCause());
			}
		}
		return samples;
	}

	private static List<ProbeTarget> targets(CheckContext context) {
		ZimmerHttp http = context.http();
		List<ProbeTarget> targets = new ArrayList<>();
		targets.add(new ProbeTarget("GET /api/automations/marketplace",
				() -> http.get("/api/automations/marketplace").send()));
		JsonNode listed = http.get("/api/automations/marketplace").send().json().path("items").path(0).path("id");
		if (!listed.isMissingNode() && !listed.asString().isBlank()) {
			String path = "/api/automations/" + listed.asString();
			targets.add(new ProbeTarget("GET " + path, () -> http.get(path).send()));
		}
		context.customer().accessToken().ifPresent((token) -> {
			for (String path : List.of("/api/user/dashboard", "/api/user/usage?range=7d", "/api/user/automations",
					"/api/me")) {
				targets.add(new ProbeTarget("GET " + path, () -> http.get(path).bearer(token).send()));
			}
		});
		return targets;
	}

}
