package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import ai.zimmer.loadtest.settings.SloThresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {

	@TempDir
	Path results;

	private final ObjectMapper mapper = new ObjectMapper();

	@Test
	void shouldWriteSummaryJsonNextToTheReport() throws IOException {
		Path report = CapturedReports.copyTo(this.results.resolve("profilesimulation-1"), CapturedReports.FAILED_SMOKE);

		SummaryWriter.write(report, Map.of("profile", "smoke", "users", 4), SloThresholds.OPERATIONS);

		JsonNode summary = this.mapper.readTree(report.resolve("summary.json").toFile());
		assertThat(summary.get("report").asText()).isEqualTo("profilesimulation-1");
		assertThat(summary.get("run").toString()).isEqualTo("{\"profile\":\"smoke\",\"users\":4}");
		assertThat(summary.get("passed").asBoolean()).isFalse();
		assertThat(summary.get("knee").isNull()).isTrue();
	}

	@Test
	void shouldGiveTheGlobalFiguresTheSloIsAbout() throws IOException {
		Path report = CapturedReports.copyTo(this.results.resolve("run"), CapturedReports.FAILED_SMOKE);

		SummaryWriter.write(report, Map.of(), SloThresholds.OPERATIONS);

		JsonNode global = this.mapper.readTree(report.resolve("summary.json").toFile()).get("global");
		assertThat(global.toString()).isEqualTo("{\"requests\":59,\"ok\":58,\"ko\":1,\"error_rate_percent\":1.69,"
				+ "\"rps\":2.46,\"min_ms\":1,\"p50_ms\":5,\"p75_ms\":42,\"p95_ms\":81,\"p99_ms\":90,\"max_ms\":90,"
				+ "\"mean_ms\":21}");
	}

	@Test
	void shouldGiveTheFiguresOfEveryRequestTypeAndTheErrors() throws IOException {
		Path report = CapturedReports.copyTo(this.results.resolve("run"), CapturedReports.FAILED_SMOKE);

		SummaryWriter.write(report, Map.of(), SloThresholds.OPERATIONS);

		JsonNode summary = this.mapper.readTree(report.resolve("summary.json").toFile());
		assertThat(summary.get("requests")).hasSize(14);
		JsonNode usage = summary.get("requests")
			.findParents("name")
			.stream()
			.filter((row) -> row.get("name").asText().equals("usage"))
			.findFirst()
			.orElseThrow();
		assertThat(usage.get("kind").asText()).isEqualTo("request");
		assertThat(usage.get("ko").asLong()).isEqualTo(1);
		assertThat(usage.get("error_rate_percent").asDouble()).isEqualTo(33.33);
		assertThat(summary.get("errors").get(0).get("message").asText()).isEqualTo("status.find.is(200), found 500");
		assertThat(summary.get("assertions")).hasSize(45);
	}

	@Test
	void shouldLeaveTheVerdictEmptyWhenTheRunHadNoGates() throws IOException {
		Path report = CapturedReports.copyTo(this.results.resolve("bench"), CapturedReports.BENCHMARK);

		RunSummary summary = SummaryWriter.write(report, Map.of(), SloThresholds.OPERATIONS);

		JsonNode json = this.mapper.readTree(report.resolve("summary.json").toFile());
		assertThat(json.get("passed").isNull()).isTrue();
		assertThat(summary.statistics().row("mixed journey")).isPresent();
	}

	@Test
	void shouldReportTheKneeWhenTheSloStaysBroken() throws IOException {
		Path report = CapturedReports.copyTo(this.results.resolve("run"), CapturedReports.FAILED_SMOKE);

		SummaryWriter.write(report, Map.of(), new SloThresholds(1, 2, 100, 0));

		JsonNode knee = this.mapper.readTree(report.resolve("summary.json").toFile()).get("knee");
		assertThat(knee.get("offset_seconds").isIntegralNumber()).isTrue();
		assertThat(knee.get("p95_ms").asDouble()).isGreaterThanOrEqualTo(1);
	}

}
