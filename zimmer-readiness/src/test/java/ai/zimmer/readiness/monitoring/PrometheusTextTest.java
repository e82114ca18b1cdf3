package ai.zimmer.readiness.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

	private static final String EXPOSITION = """
			# HELP http_server_requests_seconds
			# TYPE http_server_requests_seconds histogram
			http_server_requests_seconds_bucket{uri="/a",le="0.2"} 3
			http_server_requests_seconds_bucket{uri="/a",le="0.5"} 4
			http_server_requests_seconds_count{uri="/a",status="200"} 4.0
			http_server_requests_seconds_count{uri="/b {x}",status="500"} 6 1700000000000
			http_server_requests_seconds_count_other 100
			http_server_requests_seconds_sum{uri="/a"} 0.4
			""";

	@Test
	void shouldSumEverySeriesOfTheNamedSampleOnly() {
		assertThat(PrometheusText.sum(EXPOSITION, "http_server_requests_seconds_count")).hasValue(10.0);
	}

	@Test
	void shouldFindNoSumForAnAbsentMetric() {
		assertThat(PrometheusText.sum(EXPOSITION, "jvm_threads_live_threads")).isEmpty();
	}

	@Test
	void shouldFindBucketsByUpperBound() {
		assertThat(PrometheusText.hasBucket(EXPOSITION, "http_server_requests_seconds", "0.2")).isTrue();
		assertThat(PrometheusText.hasBucket(EXPOSITION, "http_server_requests_seconds", "1.0")).isFalse();
	}

}
