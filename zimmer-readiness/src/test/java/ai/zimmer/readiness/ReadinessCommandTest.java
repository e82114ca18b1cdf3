package ai.zimmer.readiness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;
import ai.zimmer.readiness.http.Json;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessCommandTest {

	@TempDir
	Path out;

	private final StringWriter console = new StringWriter();

	private final StringWriter errors = new StringWriter();

	@Test
	void shouldExitZeroAndWriteReportsWhenTheDeploymentIsReady() throws IOException {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			int exitCode = run(fullArguments(zimmer));

			assertThat(exitCode).as(this.console.toString()).isZero();
			JsonNode json = Json.parse(Files.readString(this.out.resolve("readiness.json")));
			assertThat(json.path("verdict").asString()).isEqualTo("ready");
			assertThat(json.path("score").asInt()).isEqualTo(100);
			assertThat(json.path("checks")).hasSize(16);
			assertThat(json.path("settings").path("vendor_token_given").asString()).isEqualTo("true");
			assertThat(json.toString()).doesNotContain(FakeZimmer.SERVICE_TOKEN)
				.doesNotContain(FakeZimmer.CUSTOMER.password());
			assertThat(Files.readString(this.out.resolve("readiness.md"))).contains("**Verdict: READY**");
			assertThat(this.console.toString()).contains("[ 1/16] Public endpoints (endpoints.public)")
				.contains("... probe: 4 connections for 1 s")
				.contains("Verdict: READY");
		}
	}

	@Test
	void shouldExitOneWhenABlockingCheckFails() throws IOException {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.WILDCARD_CORS)) {
			int exitCode = run(fullArguments(zimmer));

			assertThat(exitCode).isEqualTo(1);
			JsonNode json = Json.parse(Files.readString(this.out.resolve("readiness.json")));
			assertThat(json.path("verdict").asString()).isEqualTo("not_ready");
			assertThat(json.path("blocking_not_passed").toString()).contains("cors.foreign-origin");
			assertThat(this.console.toString()).contains("Verdict: NOT READY");
		}
	}

	@Test
	void shouldExitOneWhenABlockingCheckIsSkippedForWantOfAnOption() throws IOException {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			List<String> arguments = new ArrayList<>(fullArguments(zimmer));
			int vendor = arguments.indexOf("--vendor-token");
			arguments.subList(vendor, vendor + 2).clear();

			int exitCode = run(arguments);

			assertThat(exitCode).isEqualTo(1);
			assertThat(this.console.toString()).contains("Blocking check not passed: endpoints.vendor (SKIPPED)");
		}
	}

	@Test
	void shouldExitTwoOnUsageErrors() {
		assertThat(run(List.of("--email", "a@b.c"))).isEqualTo(2);
		assertThat(run(List.of("--url", "ftp://127.0.0.1"))).isEqualTo(2);
		assertThat(run(List.of("--url", "http://127.0.0.1:1", "--connections", "0"))).isEqualTo(2);
		assertThat(run(List.of("--url", "http://127.0.0.1:1", "--duration", "soon"))).isEqualTo(2);
		assertThat(run(List.of("--url", "http://127.0.0.1:1", "--email", "a@b.c"))).isEqualTo(2);
		assertThat(this.errors.toString()).contains("--connections must be between 1 and 500, got 0")
			.contains("'soon' is not a duration")
			.contains("--email needs --password (or the environment variable ZIMMER_READINESS_PASSWORD)");
	}

	private List<String> fullArguments(FakeZimmer zimmer) {
		return List.of("--url", zimmer.url().toString(), "--email", FakeZimmer.CUSTOMER.email(), "--password",
				FakeZimmer.CUSTOMER.password(), "--staff-email", FakeZimmer.STAFF.email(), "--staff-password",
				FakeZimmer.STAFF.password(), "--vendor-token", FakeZimmer.SERVICE_TOKEN, "--subscription-id",
				FakeZimmer.SUBSCRIPTION_ID, "--allowed-origin", FakeZimmer.ALLOWED_ORIGIN, "--out", this.out.toString(),
				"--duration", "1s", "--connections", "4", "--request-timeout", "5s", "--rate-limit-attempts", "10");
	}

	private int run(List<String> arguments) {
		CommandLine commandLine = ReadinessCommand.commandLine(new ReadinessCommand());
		commandLine.setOut(new PrintWriter(this.console, true));
		commandLine.setErr(new PrintWriter(this.errors, true));
		return commandLine.execute(arguments.toArray(String[]::new));
	}

}
