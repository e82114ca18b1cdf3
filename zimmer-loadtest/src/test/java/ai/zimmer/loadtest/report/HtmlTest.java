package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "pay &amp; go|pay & go", "&lt;b&gt;|<b>", "&quot;x&quot;|\"x\"",
			"it&#39;s|it's", "&#x41;|A", "a & b|a & b", "&unknown;|&unknown;", "&#xZZ;|&#xZZ;", "tail &amp|tail &amp" })
	void shouldUndoGatlingsEscapes(String escaped, String plain) {
		assertThat(Html.unescape(escaped)).isEqualTo(plain);
	}

}
