package ai.zimmer.integration;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.integration.VendorOutcome.Answered;
import ai.zimmer.integration.VendorOutcome.Unreachable;
import ai.zimmer.marketplace.HealthStatus;
import ai.zimmer.platform.error.RetryableApiException;

import org.springframework.stereotype.Component;

/**
 * Zimmer's calls to automation (vendor) services over the JDK HTTP client: every call
 * carries the service token and is bounded by a connect timeout, a request timeout and a
 * response size limit. Idempotent calls are retried with exponential backoff and jitter;
 * every call but the health probe goes through the automation's circuit breaker. A vendor
 * failure is returned as an outcome, never thrown.
 */
@Component
class VendorClient {

	static final String SERVICE_TOKEN_HEADER = "X-Zimmer-Service-Token";

	private final HttpClient http;

	private final JsonMapper json;

	private final IntegrationProperties properties;

	private final VendorCircuits circuits;

	private final Retry retry;

	private final HealthClassifier health;

	VendorClient(IntegrationProperties properties, JsonMapper json, VendorCircuits circuits) {
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.json = json;
		this.properties = properties;
		this.circuits = circuits;
		this.retry = Retry.of("vendor-idempotent-calls", retryConfig(properties.retry()));
		this.health = new HealthClassifier(json);
	}

	/**
	 * Probes {@code GET health_check_url}. The probe is not held back by an open circuit,
	 * since it is how Zimmer learns that the vendor is back; a healthy answer closes the
	 * circuit.
	 */
	HealthProbe probeHealth(VendorEndpoint endpoint) {
		HealthProbe probe = this.health.classify(retried(() -> get(endpoint)));
		if (probe.status() == HealthStatus.HEALTHY) {
			this.circuits.closeAfterHealthyProbe(endpoint.automationId());
		}
		return probe;
	}

	/**
	 * @throws RetryableApiException 503 when the automation's circuit is open
	 */
	VendorOutcome provision(VendorEndpoint endpoint, ProvisionRequest request) {
		return this.circuits.call(endpoint.automationId(), () -> post(endpoint, request));
	}

	/**
	 * @throws RetryableApiException 503 when the automation's circuit is open
	 */
	VendorOutcome knowledgeBaseStatus(VendorEndpoint endpoint, long userId, long subscriptionId) {
		Map<String, Long> body = Map.of("user_id", userId, "user_automation_id", subscriptionId);
		return retried(() -> this.circuits.call(endpoint.automationId(), () -> post(endpoint, body)));
	}

	/**
	 * @throws RetryableApiException 503 when the automation's circuit is open
	 */
	VendorOutcome knowledgeBaseReset(VendorEndpoint endpoint, long subscriptionId) {
		Map<String, Long> body = Map.of("user_automation_id", subscriptionId);
		return this.circuits.call(endpoint.automationId(), () -> post(endpoint, body));
	}

	private VendorOutcome retried(Supplier<VendorOutcome> call) {
		return Retry.decorateSupplier(this.retry, call).get();
	}

	private VendorOutcome get(VendorEndpoint endpoint) {
		return exchange(request(endpoint).GET().build());
	}

	private VendorOutcome post(VendorEndpoint endpoint, Object body) {
		return exchange(request(endpoint).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build());
	}

	private HttpRequest.Builder request(VendorEndpoint endpoint) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url()))
			.timeout(this.properties.requestTimeout())
			.header("Accept", "application/json")
			.header("User-Agent", "Zimmer");
		if (endpoint.serviceToken() != null) {
			request.header(SERVICE_TOKEN_HEADER, endpoint.serviceToken());
		}
		return request;
	}

	/**
	 * The request timeout of the JDK client ends when the headers arrive; waiting on the
	 * future bounds the body too.
	 */
	private VendorOutcome exchange(HttpRequest request) {
		long started = System.nanoTime();
		long limit = this.properties.maxResponseSize().toBytes();
		CompletableFuture<HttpResponse<String>> response = this.http.sendAsync(request,
				(info) -> new BoundedBodySubscriber(limit));
		try {
			HttpResponse<String> answer = response.get(this.properties.requestTimeout().toNanos(),
					TimeUnit.NANOSECONDS);
			return new Answered(answer.statusCode(), answer.body(), since(started));
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			return new Unreachable(timedOut(), since(started));
		}
		catch (ExecutionException ex) {
			return new Unreachable(reason(ex.getCause()), since(started));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.cancel(true);
			return new Unreachable("interrupted while waiting for the answer", since(started));
		}
	}

	private String timedOut() {
		return "no answer within " + this.properties.requestTimeout().toMillis() + " ms";
	}

	private String reason(Throwable failure) {
		if (failure instanceof HttpConnectTimeoutException) {
			return "no connection within " + this.properties.connectTimeout().toMillis() + " ms";
		}
		if (failure instanceof HttpTimeoutException) {
			return timedOut();
		}
		if (failure instanceof ConnectException) {
			return "connection refused";
		}
		if (failure instanceof IOException && failure.getMessage() != null) {
			return failure.getMessage();
		}
		return failure.getClass().getSimpleName();
	}

	private static Duration since(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos);
	}

	private static RetryConfig retryConfig(IntegrationProperties.Retry retry) {
		return RetryConfig.<VendorOutcome>custom()
			.maxAttempts(retry.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retry.initialBackoff(), retry.multiplier(),
					retry.jitter()))
			.retryOnResult(VendorOutcome::isFailure)
			.retryOnException((ex) -> false)
			.build();
	}

}
