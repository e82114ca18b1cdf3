package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTest {

	private final ObjectMapper mapper = new ObjectMapper();

	@Test
	void shouldWriteWholeNumbersWithoutAFractionAndRoundTheRest() throws Exception {
		JsonNode json = this.mapper.readTree(Json.write(List.of(3L, 3.0, 2.4567, 0.1)));

		assertThat(json.toString()).isEqualTo("[3,3,2.457,0.1]");
	}

	@Test
	void shouldWriteMissingFiguresAsNull() throws Exception {
		JsonNode json = this.mapper.readTree(Json.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, null)));

		assertThat(json.toString()).isEqualTo("[null,null,null]");
	}

	@Test
	void shouldEscapeWhatJsonCannotHoldVerbatim() throws Exception {
		String text = "quote \" backslash \\ newline \n tab \t bell \u0007";

		JsonNode json = this.mapper.readTree(Json.write(Map.of("text", text)));

		assertThat(json.get("text").asText()).isEqualTo(text);
	}

	@Test
	void shouldKeepTheOrderOfKeysAndNestStructures() {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("b", true);
		object.put("a", Map.of());
		object.put("c", List.of(Map.of("d", "e")));

		assertThat(Json.write(object)).isEqualTo("""
				{
				  "b": true,
				  "a": {},
				  "c": [
				    {
				      "d": "e"
				    }
				  ]
				}
				""");
	}

}
