package ai.zimmer.readiness.monitoring;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.http.Json;

import static org.assertj.core.api.Assertions.assertThat;

class HealthReportTest {

	@Test
	void shouldReadComponentsGivenAsAnArrayWithNames() {
		HealthReport report = HealthReport.of(Json.parse("""
				{"status":"Degraded","components":[{"name":"postgres-primary","status":"UP","latency_ms":2.5},
				{"name":"redis","status":"down"}]}"""));

		assertThat(report.status()).isEqualTo("degraded");
		assertThat(report.component("database", "postgres")).hasValueSatisfying((component) -> {
			assertThat(component.up()).isTrue();
			assertThat(component.roundTripMillis()).hasValue(2.5);
		});
		assertThat(report.component("cache", "redis")).hasValueSatisfying((component) -> {
			assertThat(component.up()).isFalse();
			assertThat(component.roundTripMillis()).isEmpty();
		});
	}

	@Test
	void shouldReadNestedComponentsUnderDottedNames() {
		HealthReport report = HealthReport.of(Json.parse("""
				{"status":"healthy","components":{"database":{"primary":{"status":"up","round_trip_ms":1},
				"replicas":{"status":"up","round_trip_ms":3}},"cache":"up"}}"""));

		assertThat(report.components()).extracting(HealthReport.Component::name)
			.containsExactly("database.primary", "database.replicas", "cache");
		assertThat(report.component("database"))
			.hasValueSatisfying((component) -> assertThat(component.roundTripMillis()).hasValue(1.0));
	}

	@Test
	void shouldReportNoStatusWhenBodyIsNotJson() {
		HealthReport report = HealthReport.of(Json.parse("<html>oops</html>"));

		assertThat(report.status()).isEmpty();
		assertThat(report.components()).isEmpty();
	}

}
