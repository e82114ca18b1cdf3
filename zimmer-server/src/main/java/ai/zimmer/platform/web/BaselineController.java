package ai.zimmer.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare endpoint serving fixed bytes from memory, the baseline benchmarks compare real
 * endpoints against on the same server and machine. On in local mode only
 * ({@code zimmer.benchmark.baseline-enabled}).
 */
@RestController
@ConditionalOnBooleanProperty("zimmer.benchmark.baseline-enabled")
class BaselineController {

	private static final byte[] BODY = ("{\"items\":[{\"id\":1,\"name\":\"Baseline\",\"description\":\"Fixed bytes "
			+ "served from memory\",\"pricing_type\":\"token_per_message\",\"price_per_token\":1000,"
			+ "\"health_status\":\"healthy\"}],\"next_cursor\":null}")
		.getBytes(StandardCharsets.UTF_8);

	@GetMapping("/api/baseline")
	ResponseEntity<byte[]> baseline() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BODY);
	}

}
