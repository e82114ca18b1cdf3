package ai.zimmer.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the status it is asked for, so that tests can send known server errors.
 */
@RestController
class StatusTestController {

	@GetMapping("/api/test/monitoring/status")
	ResponseEntity<String> status(@RequestParam int code) {
		return ResponseEntity.status(HttpStatus.valueOf(code)).body("{}");
	}

}
